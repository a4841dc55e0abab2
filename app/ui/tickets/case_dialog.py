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
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.time_edit import from_qdatetime, time_editor, to_qdatetime
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.tickets.case import open_case
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.errors import IllegalTransition, TicketConflict

DEFAULT_PROMISE = timedelta(hours=4)


class CaseDialog(QDialog):
    """Holder and promised callback time; Ctrl+Return or OK saves, Esc cancels."""

    def __init__(self, desk: Desk, detail: TicketDetail, holders: Sequence[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail = detail
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.setObjectName("caseDialog")
        self.setWindowTitle(self.tr("Open a case: %1").replace("%1", detail.number))
        self.holder = QComboBox()
        self.holder.setObjectName("caseHolder")
        self.holder.addItem(self.tr("— choose —"), None)
        for staff_id, name in holders:
            self.holder.addItem(name, staff_id)
        self.due = time_editor(desk.clock() + DEFAULT_PROMISE)
        self.due.setObjectName("caseCallbackDue")
        # rule 3.6.2(3): a case keeps a way to reach the customer (联系方式)
        self.contact_phone = QLineEdit(detail.phone)
        self.contact_phone.setObjectName("caseContactPhone")
        self.contact_phone.setReadOnly(bool(detail.phone))
        self.contact_phone.setPlaceholderText(self.tr(
            "The number to call the customer back on"))
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("A question that cannot be answered at once: a "
                                   "responsible person holds it and calls the customer "
                                   "back by the promised time (rule 3.6.2).")))
        form.addRow(self.tr("&Responsible person"), self.errors.add("holder", self.holder))
        form.addRow(self.tr("&Call back by"), self.errors.add("callback_due_at", self.due))
        form.addRow(self.tr("Customer's &phone"),
                    self.errors.add("contact_phone", self.contact_phone))
        form.addRow(self.general)
        add_ok_cancel(form, self, self.save)
        self.holder.setFocus()

    def choose_holder(self, staff_id: int) -> None:
        self.holder.setCurrentIndex(self.holder.findData(staff_id))

    def set_due(self, moment: datetime) -> None:
        self.due.setDateTime(to_qdatetime(moment))

    def save(self) -> None:
        """Open the case; on a field error the dialog stays open with the reason shown."""
        self.errors.clear()
        holder = self.holder.currentData()
        if holder is None:
            self.errors.show({"holder": "required"})
            return
        desk, ticket_id, version = self.desk, self.detail.id, self.detail.version
        due = from_qdatetime(self.due.dateTime())
        phone = "" if self.detail.phone else self.contact_phone.text()
        self.ops.run(Op(lambda: open_case(desk.uow(), ticket_id, holder, due,
                                          expected_version=version, contact_phone=phone),
                        done=lambda _case: self.accept(), errors=self.errors,
                        key="case.save"))

    def _explain(self, exc: BaseException) -> str | None:
        """This dialog's sentences; it cannot reload the order, so it says to look again."""
        if isinstance(exc, TicketConflict):
            return self.tr("Another desk changed this order meanwhile; nothing was saved. "
                           "Close and look again.")
        if isinstance(exc, IllegalTransition):
            return self.tr("A case can only be opened for an unfinished order.")
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached; nothing was saved.")
        return None
