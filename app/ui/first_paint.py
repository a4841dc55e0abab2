"""Work that waits until a widget is on screen: what the user opened is painted first.

A window that shows a list reads more than the list: the selected row's detail, the
choices of a filter. Started before the list is painted, that work shares the GUI thread
(and the interpreter lock, from a worker thread) with the first paint and delays it: the
queues window's first paint at 1,000,000 customers took 8.6 ms while its estates were
being read on a worker, 4.5 ms after. `after_first_paint` starts it on the turn after the
widget's next paint instead, or after a short while if the widget is not painted (hidden,
minimised, never shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 250  # a widget not painted by then gets the work all the same

_WAITING: set[int] = set()  # ids of the holds not run yet (their widget still exists)


def waiting() -> int:
    """Work held for a paint and not started yet: it counts as an operation to come
    (`app.ui.ops.active_operations`), so whoever waits for a window to be complete does
    not look before it has begun."""
    return len(_WAITING)


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget: QWidget | None = widget
        self._then: Callable[[], object] | None = then
        self._key = key = id(self)
        _WAITING.add(key)
        self.destroyed.connect(lambda *_args: _WAITING.discard(key))
        widget.installEventFilter(self)
        # a timer of its own, not QTimer.singleShot with a Python callable, which PySide
        # keeps after its context is deleted (and with it `then` and all it holds)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        self._timer.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and watched is self._widget:
            self._timer.start(0)  # after this paint, not inside it
            watched.removeEventFilter(self)
            self._widget = None
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            if self._widget is not None:
                self._widget.removeEventFilter(self)
                self._widget = None
            try:
                then()
            finally:
                _WAITING.discard(self._key)  # after `then` began its operations, if any
                self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], object],
                      fallback_ms: int = FALLBACK_MS) -> None:
    """Call `then` once, on the event-loop turn after `widget` next paints (or after
    `fallback_ms` if it has not painted by then). Nothing is called once `widget` is
    destroyed."""
    _AfterPaint(widget, then, fallback_ms)
