"""Create the first administrator of a new database.

A real install has no default password: until an administrator exists, the workstation
asks for one here before anyone can log in, and for the centre's service hotline, which
every printed notice carries (left empty, documents print none until a shift leader sets it
in the letterhead). Nothing is written unless every field is right.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.brand import BrandBand
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.messages import message_for
from app.ui.ops import Op, OpRunner
from app.ui.security.messages import security_message
from app.workflows.auth import create_first_admin, validate_new_user
from app.workflows.desk import Actor, DatabaseUnavailable, Desk
from app.workflows.letterhead import hotline_problem
from app.workflows.vocab import Role

DIALOG_WIDTH = 480



def _message(code: str) -> str:
    """The length rule with its number; the other password rules (the job number inside,
    too long) in the security screens' words, as for every later password."""
    return message_for(code) if code == "password.too_short" else security_message(code)

class FirstAdminDialog(QDialog):
    """Job number, name, password twice; `actor` is the new administrator after accept()."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor: Actor | None = None
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.setWindowTitle(self.tr("HeatDesk - First administrator"))

        intro = QLabel(self.tr(
            "This database has no administrator yet. Create the administrator account "
            "now: there is no default password. The administrator then adds the agents' "
            "accounts."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)

        self.job_number_edit = QLineEdit(self)
        self.job_number_edit.setMaxLength(20)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(50)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit(self)
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hotline_edit = QLineEdit(self)
        self.hotline_edit.setMaxLength(30)
        self.hotline_edit.setPlaceholderText(self.tr("e.g. 0311-96111"))
        hotline_hint = QLabel(self.tr(
            "The service hotline is printed on every notice and sheet. Left empty, documents "
            "print no hotline until a shift leader sets it in the letterhead."), self)
        hotline_hint.setObjectName("hint")
        hotline_hint.setWordWrap(True)
        self.form_error = FieldError(parent=self)
        self.form_error.setObjectName("formError")
        self.errors = FieldErrors(general=self.form_error, translate=_message)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        rows = [
            (self.tr("&Job number"), "job_number", self.job_number_edit),
            (self.tr("&Name"), "name", self.name_edit),
            (self.tr("&Password"), "password", self.password_edit),
            (self.tr("&Repeat password"), "confirm", self.confirm_edit),
            (self.tr("Service &hotline"), "hotline", self.hotline_edit),
        ]
        for text, name, edit in rows:
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, self.errors.add(name, edit))

        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(self.tr("&Create administrator"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("&Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.try_create)
        self.quit_button.clicked.connect(self.reject)

        body = QVBoxLayout()
        body.setContentsMargins(28, 20, 28, 20)
        body.setSpacing(12)
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(hotline_hint)
        body.addWidget(self.form_error)
        body.addWidget(buttons)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with errors
        band = BrandBand(self)
        band.setMinimumWidth(DIALOG_WIDTH)
        outer.addWidget(band)
        outer.addLayout(body)
        self.job_number_edit.setFocus()

    def _problems(self) -> dict[str, str]:
        password = self.password_edit.text()
        errors = validate_new_user(self.job_number_edit.text(), self.name_edit.text(),
                                   Role.ADMIN.value, password)
        if not self.confirm_edit.text():
            errors["confirm"] = "required"
        elif "password" not in errors and self.confirm_edit.text() != password:
            errors["confirm"] = "password.mismatch"
        problem = hotline_problem(self.hotline_edit.text())
        if problem:
            errors["hotline"] = problem
        return errors

    def try_create(self) -> None:
        """Create the administrator, or show every problem at its field and write nothing."""
        problems = self._problems()
        if problems:
            self.errors.show(problems)
            return
        self.errors.clear()
        desk, job_number, name = self.desk, self.job_number_edit.text(), self.name_edit.text()
        password, hotline = self.password_edit.text(), self.hotline_edit.text()
        # Hashing the password takes a moment: off the GUI thread, and only once.
        self.ops.run(Op(lambda: create_first_admin(desk.uow(), job_number, name, password,
                                                     hotline),
                        done=self._created, errors=self.errors, long=True,
                        key="first_admin", label=self.tr("Creating the administrator…")))

    def _explain(self, exc: BaseException) -> str | None:
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached now. Check the network and try again.")
        return None

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
