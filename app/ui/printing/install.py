"""Printing entries in the desk window's Features menu (registered on import).

Visit notice for the customer on the desk, a work-order sheet, posting notices for a
building or stairwell, and (shift leaders) the letterhead and wording.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.printing.document import PrintJob
from app.ui import features
from app.ui.field_errors import FieldErrors
from app.ui.ops import Op
from app.ui.printing import labels
from app.ui.printing.bulk_dialog import BulkNoticeDialog
from app.ui.printing.letterhead_dialog import LetterheadDialog
from app.ui.printing.preview_dialog import PreviewDialog
from app.ui.printing.visit_dialog import VisitNoticeDialog
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.notices import work_order_sheets
from app.workflows.permissions import Permission, allowed, roles_with
from app.workflows.tickets.numbers import ticket_id_of

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

VISIT_NOTICE_DIALOG = Slot("printing.visit", VisitNoticeDialog)
WORK_ORDER_PREVIEW = Slot("printing.work_order", PreviewDialog)
BULK_NOTICE_DIALOG = Slot("printing.posting", BulkNoticeDialog)
LETTERHEAD_DIALOG = Slot("printing.letterhead", LetterheadDialog)


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


def open_visit_notice(window: DeskWindow, desk: Desk) -> VisitNoticeDialog:
    """For the customer on the desk, if one is popped."""
    dialog = VisitNoticeDialog(desk, window, customer_id=window.call.customer_id)
    window.slots.put(VISIT_NOTICE_DIALOG, dialog)
    dialog.open()
    return dialog


def open_work_order_sheet(window: DeskWindow, desk: Desk) -> bool:
    """Ask for the number; the sheet's preview opens once it is laid out (in
    WORK_ORDER_PREVIEW). False when nothing was asked for."""
    title = QCoreApplication.translate("Printing", "Work-order sheet")
    text, ok = QInputDialog.getText(
        window, title,
        QCoreApplication.translate("Printing", "Work order number (e.g. GD00000012):"))
    if not ok or not text.strip():
        return False

    def refused(exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            QMessageBox.warning(window, title,
                                "\n".join(labels.message(c) for c in exc.errors.values()))

    number = ticket_id_of(text)
    if number is None:
        refused(ValidationError({"ticket": "ticket.unknown"}))
        return False
    # an unknown number is said in this entry's own box (`failed`), not beside a field
    return window.ops.run(Op(lambda: work_order_sheets(desk.uow(), [number]),
                             done=lambda job: _show_sheet(window, desk, job),
                             errors=FieldErrors(), failed=refused,
                             key="printing.work_order",
                             label=QCoreApplication.translate(
                                 "Printing", "Preparing the work-order sheet…")))


def _show_sheet(window: DeskWindow, desk: Desk, job: PrintJob) -> None:
    dialog = PreviewDialog(job, window, file_name=f"{job.title}.pdf", desk=desk)
    window.slots.put(WORK_ORDER_PREVIEW, dialog)
    dialog.open()


def open_bulk_notices(window: DeskWindow, desk: Desk) -> BulkNoticeDialog:
    dialog = BulkNoticeDialog(desk, window)
    window.slots.put(BULK_NOTICE_DIALOG, dialog)
    dialog.open()
    return dialog


def open_letterhead(window: DeskWindow, desk: Desk) -> LetterheadDialog | None:
    if desk.actor is None or not allowed(desk.actor.role, Permission.LETTERHEAD_EDIT):
        QMessageBox.information(
            window, QCoreApplication.translate("Printing", "Letterhead and notice wording"),
            QCoreApplication.translate("Printing",
                                       "Only a shift leader may change the letterhead."))
        return None
    dialog = LetterheadDialog(desk, window)
    window.slots.put(LETTERHEAD_DIALOG, dialog)
    dialog.open()
    return dialog


def register_actions() -> None:
    titles = _titles()
    leaders = roles_with(Permission.LETTERHEAD_EDIT)  # what app.workflows.letterhead saves
    for key, keys, action, roles in (
            ("printing.visit", "Ctrl+Shift+V", open_visit_notice, None),
            ("printing.work_order", "Ctrl+Shift+W", open_work_order_sheet, None),
            ("printing.posting", "Ctrl+Shift+N", open_bulk_notices, None),
            ("printing.letterhead", "Ctrl+Shift+K", open_letterhead, leaders)):
        features.register(features.FeatureAction(titles[key], keys, action, key=key,
                                                 roles=roles))


register_actions()
