"""Preview, print or save a document that is made as a finished PDF (the handover sheet).

The notices and work-order sheets are painted page by page, so their preview dialog
shows the pages itself (preview_dialog.py). A flowing document (handover sheet) comes as
PDF bytes, and PySide6-Essentials has no PDF renderer: "Preview and print" writes it to
the data folder and opens it in the PDF viewer, where it is read and printed; "Save PDF…"
asks where (app/ui/file_dialogs.py). When no program opens the file, the dialog says so
and where the file is, instead of doing nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.paths import data_dir
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.file_dialogs import save_file_name
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.notices import write_pdf_then


def open_pdf(path: Path) -> str:
    """Open a written PDF in the user's viewer; "" when it opened, else what to tell."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return ""
    return QCoreApplication.translate(
        "PdfChoice", "%1 was saved, but no program opened it. Open it from its folder, "
        "or ask for a PDF viewer to be set up.").replace("%1", str(path))


def preview_folder() -> Path:
    folder = data_dir() / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class PdfChoiceDialog(QDialog):
    """Preview and print (in the PDF viewer), or save the PDF; `job_done` is the status."""

    def __init__(self, title: str, file_name: str, make: Callable[[], bytes],
                 parent: QWidget | None = None, desk: Desk | None = None) -> None:
        super().__init__(parent)
        self.make, self.file_name = make, file_name
        self.ops = OpRunner(self, desk)
        self.opener: Callable[[Path], str] = open_pdf  # tests replace it
        self.last_written: Path | None = None
        self.setWindowTitle(title)
        self.setObjectName("pdfChoice")
        intro = QLabel(self.tr("%1: preview and print it in the PDF viewer, or save the "
                               "PDF.").replace("%1", title))
        intro.setWordWrap(True)
        self.status = FieldError()
        self.status.setObjectName("pdfChoiceStatus")
        self.errors = FieldErrors(general=self.status)
        self.preview_button = QPushButton(self.tr("Preview and print… (Ctrl+P)"))
        self.preview_button.setShortcut(QKeySequence("Ctrl+P"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(lambda _=False: self.preview())
        self.save_button = QPushButton(self.tr("Save PDF… (Ctrl+S)"))
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.save_button.clicked.connect(lambda _=False: self.choose_file())
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for button in (self.preview_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def preview(self) -> bool:
        """Write the PDF beside the other printouts and open it in the viewer."""
        return self.write_to(preview_folder() / self.file_name, open_after=True)

    def choose_file(self) -> bool:
        path = save_file_name(self, self.tr("Save PDF"), self.file_name,
                              self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        return self.write_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"),
                             open_after=False)

    def write_to(self, path: Path, open_after: bool) -> bool:
        """Make and write the PDF off the GUI thread; False while one is being written."""
        make = self.make

        def write() -> Path:
            write_pdf_then(path, make(), lambda: None)
            return path

        return self.ops.run(Op(write, done=lambda p: self._written(p, open_after),
                               errors=self.errors, long=True, key="pdf.choice",
                               disable=(self.preview_button, self.save_button),
                               label=self.tr("Writing %1 …").replace("%1", str(path))))

    def _written(self, path: Path, open_after: bool) -> None:
        self.last_written = path
        problem = self.opener(path) if open_after else ""
        self.status.show_text(problem or self.tr("Saved %1.").replace("%1", str(path)))
