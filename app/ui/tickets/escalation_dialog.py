"""Escalating an order to the shift leader (rules 2.8, 3.6.2(4)) from the queue's detail pane.

The reason is asked, and whether the customer accepted the answer offered: by rule
3.6.2(4) a customer who does not accept it is answered tactfully and a leader's support is
sought. The choice starts empty and must be made; it is written on the escalation step and
shows in the order's history. The dialog only asks: the queue window runs the step through
its own operation runner when it is accepted, so a change made meanwhile at another desk
is offered as a reload there, like every other step.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.tickets import labels
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.escalation import REASON_MAX


class EscalationDialog(QDialog):
    """Reason and the customer's answer; OK accepts them, Esc cancels."""

    def __init__(self, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.setObjectName("escalationDialog")
        self.setWindowTitle(self.tr("Escalate to the shift leader: %1").replace(
            "%1", detail.number))
        self.reason = QLineEdit()
        self.reason.setObjectName("escalationReason")
        self.reason.setMinimumWidth(360)
        self.reason.setMaxLength(REASON_MAX)
        self.accepted_answer = QComboBox()
        self.accepted_answer.setObjectName("customerAccepted")
        self.accepted_answer.addItem(self.tr("— choose —"), None)
        for value, text in labels.customer_answers().items():
            self.accepted_answer.addItem(text, value)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout(self)
        form.addRow(self.tr("&Reason"), self.errors.add("reason", self.reason))
        form.addRow(self.tr("Did the customer &accept the answer?"),
                    self.errors.add("customer_accepted", self.accepted_answer))
        form.addRow(self.general)
        add_ok_cancel(form, self, self.save)
        self.reason.setFocus()

    def choose_answer(self, value: str) -> None:
        self.accepted_answer.setCurrentIndex(self.accepted_answer.findData(value))

    def values(self) -> tuple[str, str]:
        """The reason and the customer's answer (one of CUSTOMER_ANSWERS)."""
        return self.reason.text(), str(self.accepted_answer.currentData())

    def save(self) -> None:
        """Accept when both are given; else say which is missing beside it."""
        errors = {}
        if not self.reason.text().strip():
            errors["reason"] = "required"
        if self.accepted_answer.currentData() is None:
            errors["customer_accepted"] = "required"  # rule 3.6.2(4)
        if errors:
            self.errors.show(errors)
            return
        self.accept()
