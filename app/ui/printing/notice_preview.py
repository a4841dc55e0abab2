"""Opening the preview for a prepared notice, recording the households once it went out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.notices import PreparedNotice, record_notice


def open_notice_preview(parent: QWidget | None, desk: Desk,
                        prepared: PreparedNotice) -> PreviewDialog:
    """The caller keeps the returned dialog; it records the notice once it went out."""
    def record() -> str:  # runs in the preview's operation, maybe on a worker thread
        result = record_notice(desk.uow(), prepared)
        return QCoreApplication.translate(
            "Printing", "%1 household(s) recorded as notified.").replace(
            "%1", str(result.households))

    name = "".join(ch for ch in prepared.job.title if ch not in '\\/:*?"<>|').strip()
    dialog = PreviewDialog(prepared.job, parent, on_delivered=record,
                           file_name=f"{name or 'notice'}.pdf", desk=desk)
    dialog.open()
    return dialog
