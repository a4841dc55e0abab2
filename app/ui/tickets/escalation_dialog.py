"""Escalating an order to the shift leader (rules 2.8, 3.6.2(4)) from the queue's detail pane.

The reason is asked, and whether the customer accepted the answer offered: by rule
3.6.2(4) a customer who does not accept it is answered tactfully and a leader's support is
sought. The choice starts empty and must be made; it is written on the escalation step and
shows in the order's history. Nothing is written until both are right.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.tickets import labels
from app.workflows.desk import Desk
from app.workflows.tickets.detail import TicketDetail
from app.workflows.tickets.escalation import escalate


class EscalationDialog(QDialog):
    """Reason and the customer's answer; OK saves, Esc cancels."""

    def __init__(self, desk: Desk, detail: TicketDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.detail = detail
        self.ops = OpRunner(self, desk)
        self.setObjectName("escalationDialog")
        self.setWindowTitle(self.tr("Escalate to the shift leader: %1").replace(
            "%1", detail.number))
        self.reason = QLineEdit()
        self.reason.setObjectName("escalationReason")
        self.reason.setMinimumWidth(360)
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.reason.setFocus()

    def choose_answer(self, value: str) -> None:
        self.accepted_answer.setCurrentIndex(self.accepted_answer.findData(value))

    def save(self) -> None:
        """Escalate; on a field error the dialog stays open with the reason shown."""
        self.errors.clear()
        answer = self.accepted_answer.currentData()
        if answer is None:
            self.errors.show({"customer_accepted": "required"})  # rule 3.6.2(4)
            return
        desk, tid, version, reason = (self.desk, self.detail.id, self.detail.version,
                                      self.reason.text())
        self.ops.run(Op(lambda: escalate(desk.uow(), tid, reason, expected_version=version,
                                         customer_accepted=answer),
                        done=lambda _view: self.accept(), errors=self.errors,
                        key="escalation.save"))
