"""Preview of a print job's pages, then print (QPrintDialog) or save the PDF.

The pages are painted by the same code that writes the PDF. A notice is recorded as
delivered (`on_delivered`) once, after the first successful save or print; a cancelled or
failed job records nothing. The PDF is written and the delivery recorded by the operation
runner in the background, so `on_delivered` must not touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.document import PrintCancelled, PrintJob
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.file_dialogs import save_file_name
from app.ui.ops import Op, OpRunner
from app.ui.printing.pdf_job import PdfProgress, PdfWritten, prepare_fonts, write_pdf
from app.ui.printing.qt_surface import page_image, print_pages
from app.ui.screen_fit import fit_to_screen
from app.workflows.desk import Desk

PREVIEW_DPI = 96
Delivered = Callable[[], str]  # records the delivery; returns the sentence to add


def _button(text: str, keys: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(f"{text} ({keys})")
    button.setShortcut(QKeySequence(keys))
    button.clicked.connect(lambda _checked=False: slot())
    return button


class PreviewDialog(QDialog):
    job_done = Signal(str)   # the status line after a save, a print or a cancel

    def __init__(self, job: PrintJob, parent: QWidget | None = None, *,
                 on_delivered: Delivered | None = None,
                 file_name: str = "notice.pdf", desk: Desk | None = None) -> None:
        super().__init__(parent)
        self.job, self.on_delivered, self.file_name = job, on_delivered, file_name
        self.ops = OpRunner(self, desk)
        self.index = 0
        self.recorded = False  # claimed when a save or print starts, released if it fails
        self.pdf: PdfProgress | None = None
        self._cancel_print = False
        self.setWindowTitle(self.tr("Print preview: %1").replace("%1", job.title))
        self.page = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.page.setObjectName("previewPage")
        scroll = QScrollArea()
        scroll.setWidget(self.page)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_label = QLabel()
        self.previous = _button(self.tr("Previous page"), "PgUp", lambda: self.show_page(-1))
        self.next = _button(self.tr("Next page"), "PgDown", lambda: self.show_page(+1))
        nav = QHBoxLayout()
        nav.addWidget(self.previous)
        nav.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.next)
        self.progress = QProgressBar()
        self.progress.setRange(0, job.page_count)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = FieldError()  # the last save or print; the runner says why one failed
        self.status.setObjectName("printStatus")
        self.errors = FieldErrors(general=self.status)
        self.print_button = _button(self.tr("Print…"), "Ctrl+P", self.choose_printer)
        self.save_button = _button(self.tr("Save PDF…"), "Ctrl+S", self.choose_file)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Home"), self, lambda: self.show_page(-self.index))
        QShortcut(QKeySequence("End"), self, lambda: self.show_page(job.page_count))
        fit_to_screen(self, 900, 980)  # never larger than a 1366×768 screen
        self.show_page(0)

    def show_page(self, step: int) -> None:
        if not self.job.page_count:
            self.page_label.setText(self.tr("No pages"))
            return
        self.index = max(0, min(self.job.page_count - 1, self.index + step))
        self.page.setPixmap(QPixmap.fromImage(page_image(self.job.pages[self.index],
                                                         PREVIEW_DPI)))
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.index + 1))
                                .replace("%2", str(self.job.page_count)))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < self.job.page_count - 1)

    # saving ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = save_file_name(self, self.tr("Save PDF"), self.file_name,
                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> bool:
        """Render and write in the background; record the delivery before the file
        appears. False while a save is still running."""
        if self.ops.is_running("preview.pdf"):
            return False
        claimed = self._claim()
        progress = PdfProgress(self)
        progress.advanced.connect(self.progress.setValue)
        prepare_fonts()
        job = self.job
        self.pdf = progress
        self._busy(True)
        self.status.show_text(self.tr("Writing %1 …").replace("%1", str(path)))
        return self.ops.run(Op(lambda: write_pdf(job, path, progress, claimed),
                               done=lambda written: self._saved(written, claimed),
                               errors=self.errors,
                               failed=lambda _exc: self._failed(claimed), long=True,
                               key="preview.pdf", label=self.tr("Writing %1 …")
                               .replace("%1", str(path))))

    def _saved(self, written: PdfWritten, claimed: Delivered | None) -> None:
        if not written.ok:
            self._release(claimed)
        if written.cancelled:
            self._stopped(self.tr("Cancelled; no file written."))
        elif written.render_error:
            self._stopped(self.tr("The PDF could not be made: %1")
                          .replace("%1", written.render_error))
        elif written.disk_error:
            self._stopped(self.tr("Cannot write %1: %2").replace("%1", str(written.path))
                          .replace("%2", written.disk_error))
        else:
            self._stopped(self.tr("Saved %1.").replace("%1", str(written.path))
                          + _note(written.delivered))

    # printing -------------------------------------------------------------------------
    def choose_printer(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print %1").replace("%1", self.job.title))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page on the printer; Cancel stops between pages."""
        self._busy(True)
        self._cancel_print = False

        def step(done: int, _total: int) -> None:
            self.progress.setValue(done)
            QApplication.processEvents()

        try:
            print_pages(list(self.job.pages), printer, step, lambda: self._cancel_print)
        except PrintCancelled:
            self._stopped(self.tr("Printing cancelled."))
            return False
        except OSError as exc:
            self._stopped(str(exc))
            return False
        sent = self.tr("Sent %1 page(s) to the printer.").replace(
            "%1", str(self.job.page_count))
        claimed = self._claim()
        if claimed is None:
            self._stopped(sent)
            return True
        self.ops.run(Op(claimed, done=lambda note: self._stopped(sent + _note(note)),
                        errors=self.errors, failed=lambda _exc: self._failed(claimed),
                        key="preview.record"))
        return True

    # shared ---------------------------------------------------------------------------
    def _claim(self) -> Delivered | None:
        """The delivery to record with this job, unless one is already recorded."""
        if self.on_delivered is None or self.recorded:
            return None
        self.recorded = True
        return self.on_delivered

    def _release(self, claimed: Delivered | None) -> None:
        if claimed is not None:
            self.recorded = False

    def _failed(self, claimed: Delivered | None) -> None:
        """The runner has said why in the status line; the delivery is not recorded."""
        self._release(claimed)
        self._busy(False)
        self.job_done.emit(self.status.text())

    def cancel(self) -> None:
        if self.pdf is not None and self.ops.is_running("preview.pdf"):
            self.pdf.cancel()
        self._cancel_print = True

    def reject(self) -> None:
        """Closing while a PDF is being written cancels it (and writes no file)."""
        self.cancel()
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _stopped(self, text: str) -> None:
        self._busy(False)
        self.status.show_text(text)
        self.job_done.emit(text)


def _note(delivered: object) -> str:
    return f" {delivered}" if delivered else ""
