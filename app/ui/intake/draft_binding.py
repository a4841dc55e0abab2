"""Autosave of the half-typed intake form into the agent's draft file.

A moment after each edit (debounced, so typing is not slowed by disk writes) the form's
fields go to `DraftStore`; a saved intake deletes the draft; a new window for the same
agent restores it. This is what makes a crash or a power cut lose nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.workflows.drafts import DraftStore

AUTOSAVE_MS = 800


class DraftBinding(QObject):
    written = Signal()

    def __init__(self, store: DraftStore, job_number: str,
                 snapshot: Callable[[], dict[str, Any] | None],
                 parent: QObject | None = None, delay_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self.store = store
        self.job_number = job_number
        self._snapshot = snapshot
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    def touch(self) -> None:
        """The form changed: write a moment later."""
        self.timer.start()

    def flush(self) -> None:
        """Write now; a form with nothing worth keeping removes the draft instead."""
        self.timer.stop()
        fields = self._snapshot()
        try:
            if fields is None:
                self.store.delete(self.job_number)
            else:
                self.store.save(self.job_number, fields)
        except OSError:
            return  # a full disk must not break the call; the form still holds the text
        self.written.emit()

    def load(self) -> dict[str, Any] | None:
        return self.store.load(self.job_number)

    def discard(self) -> None:
        self.timer.stop()
        self.store.delete(self.job_number)
