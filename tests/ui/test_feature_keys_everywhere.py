"""The Features keys work in every HeatDesk window, not only on the desk (issue 12).

Seen on the demo: with the F6 queue window (or the reports, the quality window, the roster
...) in front, F8, F9, F6, Ctrl+F8 did nothing, because the Features menu's actions were
window shortcuts of the desk window alone. Each of the desk's non-modal windows now gets
the same actions when it becomes active; a key the window binds itself stays its own, a
modal dialog keeps the keyboard, and a text field keeps a key it uses.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.desk_window import DeskWindow
from app.ui.quality.install import QUALITY_WINDOW
from app.ui.reports.install import REPORTS_WINDOW
from app.ui.shifts.install import HANDOVER_HISTORY, ROSTER_WINDOW
from app.ui.tickets.install import INCIDENTS_WINDOW, QUEUE_PREPARER, QUEUE_WINDOW
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # key routing only; the windows' data layer is tested elsewhere


def _press(qtbot: QtBot, window: QWidget, key: Qt.Key,
           modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Bring `window` to the front and press `key` where its focus is, as a user would."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifiers)
    settle(qtbot)
    qtbot.waitUntil(lambda: not _queues_coming())


def _queues_coming() -> bool:
    """F6 before the desk finished preparing its queues window shows it some event-loop
    turns later (app/ui/tickets/install.py QueuePreparer.hurry)."""
    preparers = (getattr(w, "slots", None) for w in QApplication.topLevelWidgets())
    return any(p.hurrying and not p.done for p in (
        s.get(QUEUE_PREPARER) for s in preparers if s is not None) if p is not None)


def _shown(window: DeskWindow, slot) -> QWidget:
    opened = window.slots.get(slot)
    assert opened is not None and opened.isVisible(), slot
    return opened


def test_feature_keys_open_features_from_every_feature_window(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics) -> None:
    window = open_window(desk.signed_in(basics.leader))
    _press(qtbot, window, Qt.Key.Key_F6)
    queue = _shown(window, QUEUE_WINDOW)
    _press(qtbot, queue, Qt.Key.Key_F8)  # from the queue window
    reports = _shown(window, REPORTS_WINDOW)
    _press(qtbot, reports, Qt.Key.Key_F9)  # from the reports
    quality = _shown(window, QUALITY_WINDOW)
    _press(qtbot, quality, Qt.Key.Key_F7)  # from the quality window
    incidents = _shown(window, INCIDENTS_WINDOW)
    _press(qtbot, incidents, Qt.Key.Key_L, CTRL_SHIFT)  # handover history
    history = _shown(window, HANDOVER_HISTORY)
    _press(qtbot, history, Qt.Key.Key_R, CTRL_SHIFT)  # roster
    roster = _shown(window, ROSTER_WINDOW)
    _press(qtbot, roster, Qt.Key.Key_F6)  # back to the queue: brought to the front
    qtbot.waitUntil(queue.isActiveWindow)
    for opened in (roster, history, incidents, quality, reports, queue):
        opened.close()


def test_a_feature_window_keeps_its_own_keys(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    own = QWidget(window, Qt.WindowType.Window)  # a feature window binding F8 itself
    qtbot.addWidget(own)
    QVBoxLayout(own).addWidget(QLineEdit())
    pressed: list[str] = []
    QShortcut(QKeySequence("F8"), own, lambda: pressed.append("own F8"))
    own.show()
    _press(qtbot, own, Qt.Key.Key_F8)
    assert pressed == ["own F8"]  # its own F8 won: not ambiguous, not the reports
    assert window.slots.get(REPORTS_WINDOW) is None
    _press(qtbot, own, Qt.Key.Key_F6)  # a key it does not bind opens the feature
    _shown(window, QUEUE_WINDOW).close()
    own.close()


def test_a_modal_dialog_keeps_the_keyboard(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _press(qtbot, window, Qt.Key.Key_F6)
    queue = _shown(window, QUEUE_WINDOW)
    dialog = QDialog(queue)
    QVBoxLayout(dialog).addWidget(QLineEdit())
    dialog.open()  # window-modal, as the workstation's dialogs are
    _press(qtbot, dialog, Qt.Key.Key_F8)
    _press(qtbot, dialog, Qt.Key.Key_F8, CTRL)
    assert window.slots.get(REPORTS_WINDOW) is None
    assert dialog.isVisible()
    dialog.reject()
    queue.close()


class _KeyField(QLineEdit):
    """A text field for which F8 means something (it asks for the key first)."""

    def __init__(self) -> None:
        super().__init__()
        self.typed: list[int] = []

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_F8:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        self.typed.append(event.key())
        super().keyPressEvent(event)


def test_a_text_field_that_uses_the_key_keeps_it(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    own = QWidget(window, Qt.WindowType.Window)
    qtbot.addWidget(own)
    field = _KeyField()
    QVBoxLayout(own).addWidget(field)
    own.show()
    field.setFocus()
    _press(qtbot, own, Qt.Key.Key_F8)
    assert field.typed == [Qt.Key.Key_F8]
    assert window.slots.get(REPORTS_WINDOW) is None
    own.close()


def test_the_call_keys_stay_on_the_desk(qtbot: QtBot, open_window: WindowFactory) -> None:
    """Esc, F2, Ctrl+S are the call's: a feature window does not get them."""
    window = open_window()
    _press(qtbot, window, Qt.Key.Key_F6)
    queue = _shown(window, QUEUE_WINDOW)
    # the keys are given when the window takes the focus, a turn or more after it shows
    # (on a loaded machine the read came first and found none)
    qtbot.waitUntil(lambda: bool(queue.actions()))
    given = {k.toString() for a in queue.actions() for k in a.shortcuts()}
    assert "F8" in given and "Ctrl+F8" in given and "F9" in given
    assert not given & {"Esc", "F2", "F3", "Ctrl+S", "Ctrl+N"}
    assert "F5" not in given  # the queue's own reload, not the desk's refresh
    queue.close()
