"""Printing entries in the desk window's Features menu (registered on import).

Visit notice for the customer on the desk, a work-order sheet, posting notices for a
building or stairwell, and (shift leaders) the letterhead and wording.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.ui import features
from app.ui.printing import labels
from app.ui.printing.bulk_dialog import BulkNoticeDialog
from app.ui.printing.letterhead_dialog import LetterheadDialog
from app.ui.printing.preview_dialog import PreviewDialog
from app.ui.printing.visit_dialog import VisitNoticeDialog
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.notices import work_order_sheets
from app.workflows.shifts.common import LEADER_ROLES


def _titles() -> dict[str, str]:
    """Menu titles, translated when the menu is built (marked for lupdate here)."""
    return {
        "printing.visit": QCoreApplication.translate("Printing", "Visit notice…"),
        "printing.work_order": QCoreApplication.translate("Printing", "Work-order sheet…"),
        "printing.posting": QCoreApplication.translate(
            "Printing", "Posting notices for a building…"),
        "printing.letterhead": QCoreApplication.translate(
            "Printing", "Letterhead and wording (shift leader)…"),
    }


def open_visit_notice(window: QWidget, desk: Desk) -> VisitNoticeDialog:
    dialog = VisitNoticeDialog(desk, window, customer_id=getattr(window, "customer_id", None))
    window.visit_notice_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_work_order_sheet(window: QWidget, desk: Desk) -> PreviewDialog | None:
    text, ok = QInputDialog.getText(
        window, QCoreApplication.translate("Printing", "Work-order sheet"),
        QCoreApplication.translate("Printing", "Work order number (e.g. GD00000012):"))
    digits = text.strip().upper().removeprefix("GD")
    if not ok or not digits:
        return None
    try:
        if not digits.isdigit():
            raise ValidationError({"ticket": "ticket.unknown"})
        job = work_order_sheets(desk.uow(), [int(digits)])
    except ValidationError as exc:
        QMessageBox.warning(window,
                            QCoreApplication.translate("Printing", "Work-order sheet"),
                            "\n".join(labels.message(c) for c in exc.errors.values()))
        return None
    dialog = PreviewDialog(job, window, file_name=f"{job.title}.pdf")
    window.work_order_preview = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_bulk_notices(window: QWidget, desk: Desk) -> BulkNoticeDialog:
    dialog = BulkNoticeDialog(desk, window)
    window.bulk_notice_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_letterhead(window: QWidget, desk: Desk) -> LetterheadDialog | None:
    if desk.actor is None or desk.actor.role not in LEADER_ROLES:
        QMessageBox.information(
            window, QCoreApplication.translate("Printing", "Letterhead and notice wording"),
            QCoreApplication.translate("Printing",
                                       "Only a shift leader may change the letterhead."))
        return None
    dialog = LetterheadDialog(desk, window)
    window.letterhead_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def register_actions() -> None:
    titles = _titles()
    leaders = frozenset(LEADER_ROLES)  # what app.workflows.letterhead lets save
    for key, keys, action, roles in (
            ("printing.visit", "Ctrl+Shift+V", open_visit_notice, None),
            ("printing.work_order", "Ctrl+Shift+W", open_work_order_sheet, None),
            ("printing.posting", "Ctrl+Shift+N", open_bulk_notices, None),
            ("printing.letterhead", "Ctrl+Shift+K", open_letterhead, leaders)):
        features.register(features.FeatureAction(titles[key], keys, action, key=key,
                                                 roles=roles))


register_actions()
