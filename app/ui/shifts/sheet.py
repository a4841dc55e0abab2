"""The handover sheet (the paper record): preview it, print it or save it as PDF.

The sheet is a print job like the notices and the customer card's documents: the same
pages are painted in the in-app preview (app/ui/printing/preview_dialog.py), on the printer
chosen there, and written as the PDF. A given path (tests, scripts) writes the PDF there
directly and opens it, saying so when no program opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.printing.document import PrintJob
from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.printing.pdf_choice import open_pdf
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.shifts.history import handover_sheet, handover_sheet_pdf


def open_sheet_preview(parent: QWidget, desk: Desk, handover_id: int,
                       job: PrintJob) -> PreviewDialog:
    """The print preview of a handover's sheet, opened (not modal) and kept on the parent
    as `sheet_dialog`."""
    dialog = PreviewDialog(job, parent, file_name=f"handover-{handover_id}.pdf", desk=desk)
    parent.sheet_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def save_sheet(parent: QWidget, ops: OpRunner, errors: FieldErrors, desk: Desk,
               handover_id: int, path: str | None = None, open_after: bool = True,
               saved: Callable[[Path], object] | None = None) -> bool:
    """Without `path`: read the sheet off the GUI thread, then open its print preview
    (print… / save PDF…). With one: build and write the PDF there off the GUI thread and
    open it in the viewer (saying so when no program opens it); `saved` gets the path.

    False when nothing was started (a sheet is still being made).
    """
    if path is None:
        return ops.run(Op(lambda: handover_sheet(desk.uow(), handover_id),
                          done=lambda job: open_sheet_preview(parent, desk, handover_id, job),
                          errors=errors, key="sheet"))
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
