"""Writing a print job's PDF as a background operation, with progress and Cancel.

ReportLab is plain Python and needs no Qt, so the render runs in the operation runner's
worker thread and the desk stays responsive during a thousand-page bulk job. Progress
crosses back to the GUI thread as a queued Qt signal; Cancel sets a flag the render checks
between pages. A cancelled job writes no file, and `then` (recording the notice) runs
before the file is moved into place, so a refused record leaves no file either.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.printing.document import PrintCancelled, PrintJob
from app.printing.fonts import register_cjk_font
from app.workflows.notices import write_pdf_then

PROGRESS_EVERY = 10  # pages between two progress reports


class PdfProgress(QObject):
    """Lives on the GUI thread; the worker reports through it and asks it whether to stop."""

    advanced = Signal(int)  # pages rendered so far

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def report(self, done: int, _total: int) -> None:
        """Called on the worker thread: the signal is queued to the GUI thread."""
        self.advanced.emit(done)

    def cancel(self) -> None:
        self._stop.set()

    def cancelled(self) -> bool:
        return self._stop.is_set()


@dataclass(frozen=True)
class PdfWritten:
    """How a background PDF job ended; exactly one of its outcomes holds."""

    path: Path
    cancelled: bool = False
    render_error: str = ""   # the PDF could not be made; nothing written
    disk_error: str = ""     # the file could not be written; nothing recorded
    delivered: Any = None    # what `then` returned (e.g. the notice record)

    @property
    def ok(self) -> bool:
        return not (self.cancelled or self.render_error or self.disk_error)


def prepare_fonts() -> None:
    """Register the CJK font once, on the GUI thread, before a worker needs it."""
    register_cjk_font()


def write_pdf(job: PrintJob, path: Path, progress: PdfProgress,
              then: Callable[[], Any] | None = None) -> PdfWritten:
    """Render, write beside `path`, run `then`, move into place. Runs on the worker thread;
    a domain error from `then` (offline, refused) propagates to the runner."""
    try:
        data = job.render_pdf(progress.report, progress.cancelled, every=PROGRESS_EVERY)
    except PrintCancelled:
        return PdfWritten(path, cancelled=True)
    except Exception as exc:  # a page that cannot be drawn: said to the user, desk keeps going
        return PdfWritten(path, render_error=str(exc))
    try:
        delivered = write_pdf_then(path, data, then or (lambda: None))
    except OSError as exc:
        return PdfWritten(path, disk_error=exc.strerror or str(exc))
    return PdfWritten(path, delivered=delivered)
