"""The operation runner one window owns: threads, busy hint, double submission, errors.

A call runs on a worker thread when it may take long: every call when the database is a
server reached over the network, and every `Op(long=True)` (reports, exports, bulk print,
imports, searches) whatever the database. A call on the desk's own SQLite file takes a few
milliseconds and runs inline, so the result is on screen within the same event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from app.ui import first_paint
from app.ui.ops import worker
from app.ui.ops.failure import FailurePresenter
from app.ui.ops.op import Op

if TYPE_CHECKING:  # the login window loads this before the data layer is imported
    from app.workflows.desk import Desk

BUSY_DELAY_MS = 250  # below this a hint would only flicker

_ACTIVE: dict[int, int] = {}  # id(runner) -> ops running; read by active_operations()


def active_operations() -> int:
    """Ops running in any window, and those held until a widget has painted (tests and
    benches wait for 0 before they look)."""
    return sum(_ACTIVE.values()) + first_paint.waiting()


class OpRunner(QObject):
    """`run(op)` starts an op unless one with its key is running; `busy` tells whether any is.

    `offline` is the host's offline sink (the desk window's banner); without it the
    message goes to the op's form or a message box on the host.
    """

    started = Signal(str)
    finished = Signal(str)

    def __init__(self, host: QWidget, desk: Desk | None = None, *,
                 offline: Callable[[], Any] | None = None,
                 background: bool | None = None) -> None:
        super().__init__(host)
        self.host = host
        self.background = (desk is not None and desk.is_remote) if background is None \
            else background
        self.failures = FailurePresenter(host, offline)
        self._running: dict[str, Op[Any]] = {}
        self._calls: dict[str, int] = {}  # calls in flight per key (a superseded one too)
        self._generation: dict[str, int] = {}  # the newest run per key; older answers drop
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._busy_shown = False
        self._busy_text = ""  # what the hint put in the status bar, if anything
        if isinstance(host, QMainWindow):
            # the busy hint's status bar exists from the start: made by the first hint, it
            # laid the window out again while a report was being built, and the page of a
            # large table was painted afresh with every cell's data() waiting for the GIL
            # the build held (a 130-220 ms GUI stall on choosing a past season in F8)
            host.statusBar()
        ident = id(self)
        self.destroyed.connect(lambda *_args: _ACTIVE.pop(ident, None))

    # ---- asking ----------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._running)

    def is_running(self, key: str) -> bool:
        return key in self._running

    def explain_with(self, explain: Callable[[BaseException], str | None]) -> None:
        """A feature's own sentences for its errors (falls back to the common ones)."""
        self.failures.explain = explain

    @property
    def prompt(self) -> Any:
        return self.failures.prompt

    def run(self, op: Op[Any]) -> bool:
        """Start `op`; False (and nothing happens) while an op with its key still runs,
        unless the op is `latest`, which supersedes the running one."""
        key = op.run_key()
        if key in self._running and not op.latest:
            return False
        self._generation[key] = generation = self._generation.get(key, 0) + 1
        if not (self.background or op.long):
            return self._run_inline(op)
        self._begin(key, op)
        worker.submit(op.call, lambda result, error: self._arrived(
            key, generation, op, result, error), long=op.long)
        return True

    # ---- running ---------------------------------------------------------------------
    def _run_inline(self, op: Op[Any]) -> bool:
        key = op.run_key()
        self._running[key] = op
        try:
            result = op.call()
        except BaseException as exc:  # mapped below, on this (the GUI) thread
            del self._running[key]
            self._fail(op, exc)
            return True
        del self._running[key]
        if op.done is not None:
            op.done(result)
        return True

    def _begin(self, key: str, op: Op[Any]) -> None:
        self._running[key] = op
        self._calls[key] = self._calls.get(key, 0) + 1
        _ACTIVE[id(self)] = sum(self._calls.values())
        for widget in op.disable:
            widget.setEnabled(False)
        if not op.quiet and not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        self.started.emit(key)

    def _arrived(self, key: str, generation: int, op: Op[Any], result: Any,
                 error: BaseException | None) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.host):
            return  # the window closed while the call ran; nobody is left to tell
        self._calls[key] -= 1
        if not self._calls[key]:
            del self._calls[key]
            self._running.pop(key, None)
        _ACTIVE[id(self)] = sum(self._calls.values())
        if generation != self._generation.get(key):
            if all(running.quiet for running in self._running.values()):
                self._hide_busy()
            return  # superseded by a newer run with this key: its answer is stale
        for widget in op.disable:
            if shiboken6.isValid(widget):
                widget.setEnabled(True)
        if all(running.quiet for running in self._running.values()):
            self._hide_busy()
        self.finished.emit(key)
        if error is not None:
            self._fail(op, error)
        elif op.done is not None:
            op.done(result)

    def _fail(self, op: Op[Any], exc: BaseException) -> None:
        if not self.failures.show(op, exc):
            raise exc

    # ---- the busy hint ---------------------------------------------------------------
    def _label(self) -> str:
        labels = [op.label for op in self._running.values() if op.label and not op.quiet]
        return labels[-1] if labels else self.tr("Working…")

    def _show_busy(self) -> None:
        if all(op.quiet for op in self._running.values()):
            return
        self._busy_shown = True
        self.host.setCursor(Qt.CursorShape.BusyCursor)
        # a message of the window's own ("the caller hung up before ...") is not covered,
        # nor cleared with the hint after: the busy cursor says enough meanwhile
        if isinstance(self.host, QMainWindow) and not self.host.statusBar().currentMessage():
            self._busy_text = self._label()
            self.host.statusBar().showMessage(self._busy_text)

    def _hide_busy(self) -> None:
        self._busy_timer.stop()
        if not self._busy_shown:
            return
        self._busy_shown = False
        self.host.unsetCursor()
        if (isinstance(self.host, QMainWindow) and self._busy_text
                and self.host.statusBar().currentMessage() == self._busy_text):
            self.host.statusBar().clearMessage()
        self._busy_text = ""
