"""Opening a case (个案, rule 3.6.2(3)) from the queue's detail pane.

A question that cannot be answered at once is held by a responsible person, and the
customer is promised a callback by a time; both are asked here. The workflow checks them
(an active colleague, a time in the future) and its codes are shown under the fields;
nothing is written until both are right.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.time_edit import from_qdatetime, time_editor, to_qdatetime
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import ValidationError
from app.workflows.shifts.roster import desk_staff
from app.workflows.tickets.case import open_case
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.errors import IllegalTransition, TicketConflict

DEFAULT_PROMISE = timedelta(hours=4)


class CaseDialog(QDialog):
    """Holder and promised callback time; Ctrl+Return or OK saves, Esc cancels."""

    def __init__(self, desk: Desk, detail: TicketDetail,
                 holders: Sequence[tuple[int, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail = detail
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("Open a case: %1").replace("%1", detail.number))
        self.holder = QComboBox()
        self.holder.setObjectName("caseHolder")
        self.holder.addItem(self.tr("— choose —"), None)
        if holders is None:
            holders = [(s.id, f"{s.name} ({s.job_number})") for s in desk_staff(desk.uow())]
        for staff_id, name in holders:
            self.holder.addItem(name, staff_id)
        self.due = time_editor(desk.clock() + DEFAULT_PROMISE)
        self.due.setObjectName("caseCallbackDue")
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A question that cannot be answered at once: a "
                                   "responsible person holds it and calls the customer "
                                   "back by the promised time (rule 3.6.2).")))
        form.addRow(self.tr("&Responsible person"), self.errors.add("holder", self.holder))
        form.addRow(self.tr("&Call back by"), self.errors.add("callback_due_at", self.due))
        form.addRow(self.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.holder.setFocus()

    def choose_holder(self, staff_id: int) -> None:
        self.holder.setCurrentIndex(self.holder.findData(staff_id))

    def set_due(self, moment: datetime) -> None:
        self.due.setDateTime(to_qdatetime(moment))

    def save(self) -> bool:
        """Open the case; on a field error the dialog stays open with the reason shown."""
        self.errors.clear()
        holder = self.holder.currentData()
        if holder is None:
            self.errors.show({"holder": "required"})
            return False
        try:
            open_case(self.desk.uow(), self.detail.id, holder,
                      from_qdatetime(self.due.dateTime()),
                      expected_version=self.detail.version)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except TicketConflict:
            self.general.show_text(self.tr("Another desk changed this order meanwhile; "
                                           "nothing was saved. Close and look again."))
            return False
        except IllegalTransition:
            self.general.show_text(self.tr("A case can only be opened for an unfinished "
                                           "order."))
            return False
        except DatabaseUnavailable:
            self.general.show_text(self.tr("The database cannot be reached; nothing was "
                                           "saved."))
            return False
        self.accept()
        return True
