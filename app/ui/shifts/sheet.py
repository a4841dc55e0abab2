"""Saving a handover sheet as PDF (the paper record) and opening it for printing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.shifts.history import handover_sheet_pdf


def save_sheet(parent: QWidget, desk: Desk, handover_id: int, path: str | None = None,
               open_after: bool = True) -> Path | None:
    """Ask where to save (unless `path` is given), write the PDF, open it in the viewer."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("HandoverSheet", "Save handover sheet"),
            f"handover-{handover_id}.pdf",
            QCoreApplication.translate("HandoverSheet", "PDF files (*.pdf)"))
        if not path:
            return None
    try:
        data = handover_sheet_pdf(desk.uow(), handover_id)
    except DatabaseUnavailable:
        QMessageBox.warning(parent, QCoreApplication.translate("HandoverSheet", "Offline"),
                            QCoreApplication.translate(
                                "HandoverSheet", "The database cannot be reached; try again."))
        return None
    target = Path(path)
    target.write_bytes(data)
    if open_after:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
    return target
