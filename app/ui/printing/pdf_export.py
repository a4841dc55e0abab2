"""Writing a PDF in the background with a progress bar and a cancel button.

The render runs on a worker thread (ReportLab is plain Python and needs no Qt), so the
desk stays responsive during a thousand-page bulk job; a cancelled job writes no file.
When the PDF is complete, `finished` fires on the GUI thread with the bytes; the caller
writes and records them (see `app.workflows.notices.write_pdf_then`).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.printing.document import PrintCancelled, PrintJob
from app.printing.fonts import register_cjk_font


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: PrintJob, stop: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.stop = stop

    @Slot()
    def run(self) -> None:
        try:
            data = self.job.render_pdf(lambda d, t: self.progress.emit(d, t), self.stop.is_set,
                                       every=10)
        except PrintCancelled:
            self.cancelled.emit()
        except Exception as exc:  # shown to the user; the desk keeps running
            self.failed.emit(str(exc))
        else:
            self.done.emit(data)


class PdfExport(QObject):
    """One background render. Connect the signals, then `start()`; `cancel()` any time."""

    progress = Signal(int, int)
    finished = Signal(object)  # the PDF bytes
    cancelled = Signal()
    failed = Signal(str)

    def __init__(self, job: PrintJob, parent: QObject | None = None) -> None:
        super().__init__(parent)
        register_cjk_font()  # once, on the GUI thread, before the worker needs it
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(job, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        # slots of this object (GUI thread): queued across threads, never run on the worker
        self._worker.done.connect(self._on_done)
        self._worker.cancelled.connect(self._on_cancelled)
        self._worker.failed.connect(self._on_failed)

    def _join(self) -> None:
        self._thread.quit()
        self._thread.wait()

    @Slot(object)
    def _on_done(self, data: bytes) -> None:
        self._join()
        self.finished.emit(data)

    @Slot()
    def _on_cancelled(self) -> None:
        self._join()
        self.cancelled.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._join()
        self.failed.emit(message)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        """Block until the worker has stopped (after `cancel()`, within one page)."""
        self._thread.wait()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()
