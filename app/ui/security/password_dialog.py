"""Change one's password (Ctrl+Shift+P), and the change forced at the login after an
administrator's reset (issue 15): the current password, the new one twice."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.security.messages import security_explain, security_field_errors
from app.workflows.desk import Actor, Desk


def _password_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class PasswordDialog(QDialog):
    """`forced_job_number` given: the login's forced change for that account, whose
    temporary password was just typed (`old`); `actor` then holds who signed in."""

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 forced_job_number: str = "", old: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.forced_job_number = forced_job_number
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Change password"))
        self.setModal(True)
        self.old_edit = _password_edit(self)
        self.old_edit.setText(old)
        self.new_edit = _password_edit(self)
        self.repeat_edit = _password_edit(self)
        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        intro = QLabel(self)
        intro.setWordWrap(True)
        if forced_job_number:
            intro.setText(self.tr(
                "An administrator set this password for %1. Choose your own before the desk "
                "opens: only you should know it.").replace("%1", forced_job_number))
        else:
            intro.setText(self.tr("Choose a new password. Use a few words that are easy for "
                                  "you to remember and hard for others to guess."))
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.errors.add("old", self.old_edit))
        form.addRow(self.tr("&New password"), self.errors.add("new", self.new_edit))
        form.addRow(self.tr("&Repeat new password"),
                    self.errors.add("repeat", self.repeat_edit))
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Change password"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        self.ok_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        (self.new_edit if old else self.old_edit).setFocus(Qt.FocusReason.OtherFocusReason)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)

    def submit(self) -> None:
        from app.workflows.security.passwords import change_expired_password, change_password

        old, new, repeat = (self.old_edit.text(), self.new_edit.text(),
                            self.repeat_edit.text())
        missing = {name: "required" for name, value in
                   (("old", old), ("new", new), ("repeat", repeat)) if not value}
        if missing:
            self.errors.show(missing)
            return
        desk, job = self.desk, self.forced_job_number
        if job:
            self.ops.run(Op(lambda: change_expired_password(desk.uow(), job, old, new, repeat),
                            done=self._changed, errors=self.errors, long=True,
                            key="password", disable=(self.ok_button,),
                            label=self.tr("Changing the password…")))
        else:
            self.ops.run(Op(lambda: change_password(desk.uow(), old, new, repeat),
                            done=self._changed, errors=self.errors, long=True,
                            key="password", disable=(self.ok_button,),
                            label=self.tr("Changing the password…")))

    def _changed(self, result: Actor | None) -> None:
        self.actor = result if isinstance(result, Actor) else None
        self.accept()
