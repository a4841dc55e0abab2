"""Work held until a widget is on screen (app/ui/first_paint.py): called once, on the turn
after the widget's paint, or after the fallback delay for a widget never painted, and
never for a widget that is gone."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.ui.first_paint import after_first_paint


class _Paints(QObject):
    """Counts the paints a widget has received (an event filter sees them first)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_called_once_after_the_widget_has_painted(qtbot: QtBot) -> None:
    label = QLabel("暖气不热")
    qtbot.addWidget(label)
    paints = _Paints(label)
    seen: list[int] = []
    after_first_paint(label, lambda: seen.append(paints.count), fallback_ms=60_000)
    label.show()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [1]  # after the first paint, not before it
    label.update()
    qtbot.waitUntil(lambda: paints.count >= 2)
    qtbot.wait(20)
    assert seen == [1]  # and only once


def test_a_widget_never_painted_gets_it_after_the_fallback(qtbot: QtBot) -> None:
    label = QLabel("暖气不热")  # never shown
    qtbot.addWidget(label)
    seen: list[str] = []
    after_first_paint(label, lambda: seen.append("done"), fallback_ms=30)
    qtbot.waitUntil(lambda: seen == ["done"], timeout=2000)
    label.show()
    qtbot.waitExposed(label)
    qtbot.wait(20)
    assert seen == ["done"]


def test_nothing_is_called_for_a_widget_that_is_gone(qtbot: QtBot) -> None:
    label = QLabel("暖气不热")
    seen: list[str] = []
    after_first_paint(label, lambda: seen.append("done"), fallback_ms=30)
    label.deleteLater()
    qtbot.wait(100)
    assert seen == []


def test_a_widget_gone_keeps_nothing_of_the_work_alive(qtbot: QtBot) -> None:
    """What `then` holds (a closed window's rows, say) is freed with the widget."""
    class Held:
        pass

    held = Held()
    gone = weakref.ref(held)
    label = QLabel("暖气不热")
    after_first_paint(label, lambda held=held: held, fallback_ms=60_000)
    del held
    label.deleteLater()
    qtbot.wait(20)
    gc.collect()
    assert gone() is None
