"""Leaving a message for a colleague or a unit (rule 4.2(5)): who called, their number,
what about, when to call back. Any desk may leave one (Ctrl+N in the message list)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.intake.labels import roles
from app.ui.memos.messages import memo_field_errors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.memos.leave import MemoForm, Recipients, leave_memo, recipients


class LeaveMemoDialog(QDialog):
    saved = Signal(object)  # MemoView

    def __init__(self, desk: Desk, parent: QWidget | None = None, *, caller: str = "",
                 phone: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Leave a message"))
        self.recipient = QComboBox()
        self.recipient.setObjectName("memoRecipient")
        self.caller = QLineEdit(caller)
        self.phone = QLineEdit(phone)
        self.about = QPlainTextEdit()
        self.about.setTabChangesFocus(True)
        self.call_back = QLineEdit()
        self.call_back.setPlaceholderText(self.tr("e.g. before 15:00 today"))
        self.general = FieldError()
        self.errors = memo_field_errors(general=self.general)
        e = self.errors.add
        form = QFormLayout()
        form.addRow(self.tr("&For"), e("recipient", self.recipient))
        form.addRow(self.tr("&Caller"), e("caller", self.caller))
        form.addRow(self.tr("&Phone"), e("phone", self.phone))
        form.addRow(self.tr("&About"), e("about", self.about))
        form.addRow(self.tr("Call &back"), e("call_back", self.call_back))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+S")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.resize(520, 380)
        self.ops.run(Op(lambda: recipients(desk.uow()), done=self._choices,
                        errors=self.errors, key="memos.recipients", latest=True))

    def _choices(self, found: Recipients) -> None:
        names = roles()
        self.recipient.clear()
        self.recipient.addItem(self.tr("(choose a colleague or a unit)"), None)
        me = self.desk.actor.id if self.desk.actor else None
        for sid, job, name, role in found.staff:
            if sid != me:
                self.recipient.addItem(f"{name} {job}（{names.get(role, role)}）", ("staff", sid))
        for uid, name in found.units:
            self.recipient.addItem(self.tr("Unit: %1").replace("%1", name), ("unit", uid))

    def form(self) -> MemoForm:
        kind, ident = self.recipient.currentData() or (None, None)
        return MemoForm(about=self.about.toPlainText(),
                        recipient_id=ident if kind == "staff" else None,
                        unit_id=ident if kind == "unit" else None,
                        caller=self.caller.text(), phone=self.phone.text(),
                        call_back=self.call_back.text())

    def save(self) -> None:
        desk, form = self.desk, self.form()
        self.ops.run(Op(lambda: leave_memo(desk.uow(), form), done=self._saved,
                        errors=self.errors, key="memos.leave", disable=[self.save_button]))

    def _saved(self, view: object) -> None:
        self.accept()
        self.saved.emit(view)
