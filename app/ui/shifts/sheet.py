"""The handover sheet (the paper record): preview and print it, or save it as PDF.

It offers the same choice as the other documents (app/ui/printing/pdf_choice.py); a
given path (tests, scripts) writes there directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.printing.pdf_choice import PdfChoiceDialog, open_pdf
from app.workflows.desk import Desk
from app.workflows.shifts.history import handover_sheet_pdf


def sheet_choice(parent: QWidget, desk: Desk, handover_id: int) -> PdfChoiceDialog:
    """The preview/print/PDF choice for one handover's sheet, opened (not modal)."""
    dialog = PdfChoiceDialog(
        QCoreApplication.translate("HandoverSheet", "Handover sheet"),
        f"handover-{handover_id}.pdf",
        lambda: handover_sheet_pdf(desk.uow(), handover_id), parent, desk)
    dialog.open()
    return dialog


def save_sheet(parent: QWidget, ops: OpRunner, errors: FieldErrors, desk: Desk,
               handover_id: int, path: str | None = None, open_after: bool = True,
               saved: Callable[[Path], object] | None = None) -> bool:
    """Without `path`: offer preview/print/save (the dialog is kept as `sheet_dialog` on
    the parent). With one: build and write the PDF there off the GUI thread and open it
    in the viewer (saying so when no program opens it); `saved` gets the file's path.

    False when nothing was started (a sheet is still being made).
    """
    if path is None:
        parent.sheet_dialog = sheet_choice(parent, desk, handover_id)  # type: ignore[attr-defined]
        return True
    target = Path(path)

    def write() -> Path:
        target.write_bytes(handover_sheet_pdf(desk.uow(), handover_id))
        return target

    def done(written: Path) -> None:
        if open_after:
            problem = open_pdf(written)
            if problem and errors.general is not None:
                errors.general.show_text(problem)
        if saved is not None:
            saved(written)

    return ops.run(Op(write, done=done, errors=errors, long=True, key="sheet"))
