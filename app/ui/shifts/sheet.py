"""Saving a handover sheet as PDF (the paper record) and opening it for printing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.shifts.history import handover_sheet_pdf


def save_sheet(parent: QWidget, ops: OpRunner, errors: FieldErrors, desk: Desk,
               handover_id: int, path: str | None = None, open_after: bool = True,
               saved: Callable[[Path], object] | None = None) -> bool:
    """Ask where to save (unless `path` is given), then build and write the PDF off the GUI
    thread (it is an export) and open it in the viewer; `saved` gets the file's path.

    False when nothing was started (the user cancelled, or a sheet is still being made).
    """
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("HandoverSheet", "Save handover sheet"),
            f"handover-{handover_id}.pdf",
            QCoreApplication.translate("HandoverSheet", "PDF files (*.pdf)"))
        if not path:
            return False
    target = Path(path)

    def write() -> Path:
        target.write_bytes(handover_sheet_pdf(desk.uow(), handover_id))
        return target

    def done(written: Path) -> None:
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        if saved is not None:
            saved(written)

    return ops.run(Op(write, done=done, errors=errors, long=True, key="sheet"))
