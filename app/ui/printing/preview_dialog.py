"""Preview of a print job's pages, then print (QPrintDialog) or save the PDF.

The pages are painted by the same code that writes the PDF. A notice is recorded as
delivered (`on_delivered`) once, after the first successful save or print; a cancelled or
failed job records nothing.
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
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.printing.document import PrintCancelled, PrintJob
from app.ui.printing.pdf_export import PdfExport
from app.ui.printing.qt_surface import page_image, print_pages
from app.workflows.notices import write_pdf_then

PREVIEW_DPI = 96


def _button(text: str, keys: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(f"{text} ({keys})")
    button.setShortcut(QKeySequence(keys))
    button.clicked.connect(lambda _checked=False: slot())
    return button


class PreviewDialog(QDialog):
    job_done = Signal(str)   # the status line after a save, a print or a cancel

    def __init__(self, job: PrintJob, parent: QWidget | None = None, *,
                 on_delivered: Callable[[], str] | None = None,
                 file_name: str = "notice.pdf") -> None:
        super().__init__(parent)
        self.job, self.on_delivered, self.file_name = job, on_delivered, file_name
        self.index = 0
        self.recorded = False
        self.export: PdfExport | None = None
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
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
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
        self.resize(900, 980)
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
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.file_name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, path: Path) -> PdfExport:
        """Render in the background; write and record when complete."""
        self._busy(True)
        self.status.setText(self.tr("Writing %1 …").replace("%1", str(path)))
        export = PdfExport(self.job, self)
        export.progress.connect(lambda done, _total: self.progress.setValue(done))
        export.finished.connect(lambda data: self._write(path, data))
        export.cancelled.connect(lambda: self._stopped(self.tr("Cancelled; no file written.")))
        export.failed.connect(lambda text: self._stopped(
            self.tr("The PDF could not be made: %1").replace("%1", text)))
        self.export = export
        export.start()
        return export

    def _write(self, path: Path, data: bytes) -> None:
        try:
            note = write_pdf_then(path, data, self._record)
        except OSError as exc:
            self._stopped(self.tr("Cannot write %1: %2").replace("%1", str(path))
                          .replace("%2", exc.strerror or str(exc)))
            return
        except Exception as exc:  # the database refused: no file was moved into place
            self._stopped(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self._stopped(self.tr("Saved %1.").replace("%1", str(path)) + note)

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
        self._stopped(self.tr("Sent %1 page(s) to the printer.")
                      .replace("%1", str(self.job.page_count)) + self._record())
        return True

    # shared ---------------------------------------------------------------------------
    def _record(self) -> str:
        if self.on_delivered is None or self.recorded:
            return ""
        note = self.on_delivered()
        self.recorded = True
        return " " + note if note else ""

    def cancel(self) -> None:
        if self.export is not None and self.export.running:
            self.export.cancel()
        self._cancel_print = True

    def reject(self) -> None:
        """Closing while a PDF is being written cancels it (and writes no file)."""
        if self.export is not None and self.export.running:
            self.export.cancel()
            self.export.wait()
        super().reject()

    def _busy(self, busy: bool) -> None:
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _stopped(self, text: str) -> None:
        self._busy(False)
        self.status.setText(text)
        self.job_done.emit(text)
