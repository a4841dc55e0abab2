"""Log in with job number (工号) and password before the desk opens.

A failed attempt never says which of the two was wrong; the dialog names the database it
is connected to, so an agent at a centre sees at once whether the desk uses the shared
server or a local file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.about_dialog import add_help_key, show_about, version_text
from app.ui.brand import BrandBand
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.workflows.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from app.workflows.desk import Actor, Desk

DIALOG_WIDTH = 440


class LoginDialog(QDialog):
    """Enter logs in, Esc quits; `actor` holds who logged in after `accept()`.

    The window may open before the database is connected (`desk=None`): the agent can
    start typing while the data layer loads, and `attach()` enables logging in.
    """

    def __init__(self, desk: Desk | None, *, demo: bool = False, job_number: str = "",
                 demo_accounts: list[tuple[str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.actor: Actor | None = None
        self.forced_dialog: QDialog | None = None  # the change after a reset (issue 15)
        self.setWindowTitle(self.tr("HeatDesk - Log in"))

        self.job_number_edit = QLineEdit(job_number, self)
        self.job_number_edit.setMaxLength(20)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form_error = FieldError(parent=self)
        self.form_error.setObjectName("formError")
        self.errors = FieldErrors(general=self.form_error)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(10)
        form.addRow(self._label(self.tr("&Job number"), self.job_number_edit),
                    self.errors.add("job_number", self.job_number_edit))
        form.addRow(self._label(self.tr("&Password"), self.password_edit),
                    self.errors.add("password", self.password_edit))

        buttons = QDialogButtonBox(self)
        self.login_button = buttons.addButton(self.tr("&Log in"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton(self.tr("&Quit"),
                                             QDialogButtonBox.ButtonRole.RejectRole)
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.quit_button.clicked.connect(self.reject)

        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setWordWrap(True)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        body = QVBoxLayout()
        body.setContentsMargins(28, 20, 28, 20)
        body.setSpacing(12)
        body.addLayout(form)
        body.addWidget(self.form_error)
        self.demo_hint = QLabel(self)  # only the demo database has known passwords
        self.demo_hint.setObjectName("hint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.hide()
        body.addWidget(self.demo_hint)
        footer = QHBoxLayout()
        if demo:
            badge = QLabel(self.tr("Demo data"), self)
            badge.setObjectName("demoBadge")
            footer.addWidget(badge)
        footer.addStretch(1)
        footer.addWidget(buttons)
        body.addLayout(footer)
        body.addWidget(self.database_label)
        # which HeatDesk this desk runs, before anyone signs in (IT staff, an upgrade round)
        self.version_label = QLabel(version_text(), self)
        self.version_label.setObjectName("hint")
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        body.addWidget(self.version_label)
        self.help_key = add_help_key(self, "")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # grows with errors
        band = BrandBand(self)
        band.setMinimumWidth(DIALOG_WIDTH)
        outer.addWidget(band)
        outer.addLayout(body)

        (self.password_edit if job_number else self.job_number_edit).setFocus()
        self.desk: Desk | None = None
        self.ops = OpRunner(self, background=True)
        self.ops.explain_with(self._explain)
        if desk is None:
            self.login_button.setEnabled(False)
            self.database_label.setText(self.tr("Connecting to the database…"))
        else:
            self.attach(desk, demo_accounts=demo_accounts)

    def attach(self, desk: Desk, *, demo_accounts: list[tuple[str, str]] | None = None,
               job_number: str = "") -> None:
        """The database is open: show which one, offer the demo accounts, allow logging in."""
        self.desk = desk
        self.database_label.setText(self.tr("Database: %1").replace("%1", desk.database_label))
        self.database_label.setToolTip(desk.database_label)
        self.help_key.activated.disconnect()
        self.help_key.activated.connect(lambda: show_about(self, desk.database_label))
        if demo_accounts:
            accounts = "    ".join(f"{job}\u00a0/\u00a0{password}"  # never split one account
                                   for job, password in demo_accounts)
            self.demo_hint.setText(self.tr("Demo accounts (job number / password):\n%1")
                                   .replace("%1", accounts))
            self.demo_hint.show()
        if job_number:
            self.job_number_edit.setText(job_number)
            self.password_edit.setFocus()
        self.login_button.setEnabled(True)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def try_login(self) -> None:
        """Check the credentials; on success accept, otherwise say so and stay open."""
        job_number = self.job_number_edit.text().strip()
        password = self.password_edit.text()
        missing = {name: "required" for name, value in
                   (("job_number", job_number), ("password", password)) if not value}
        if missing:
            self.errors.show(missing)
            return
        if self.desk is None:  # still connecting; Enter must not lose what was typed
            return
        self.errors.clear()
        from app.workflows.auth import login  # the data layer loads lazily

        desk = self.desk
        # The password hash takes a noticeable moment: off the GUI thread, one at a time.
        self.ops.run(Op(lambda: login(desk.uow(), job_number, password), done=self._signed_in,
                        errors=self.errors, failed=self._refused, long=True, key="login",
                        disable=(self.login_button,), label=self.tr("Signing in…")))

    def _explain(self, exc: BaseException) -> str | None:
        from app.workflows.auth import LoginFailed, PasswordChangeRequired

        if isinstance(exc, LoginFailed):
            # Never which of the two was wrong, nor whether the account is locked: that
            # would help someone guessing job numbers (issue 15).
            return self.tr("The job number or the password is not correct, or the account "
                           "is locked after too many attempts. Try again, or ask the shift "
                           "leader to unlock it.")
        if isinstance(exc, PasswordChangeRequired):
            return self.tr("Choose your own password to go on.")
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached now. Check the network and try again.")
        return None

    def _refused(self, exc: BaseException) -> None:
        from app.workflows.auth import PasswordChangeRequired

        if isinstance(exc, PasswordChangeRequired) and self.desk is not None:
            self._forced_change(exc.job_number)
            return
        if not isinstance(exc, DatabaseUnavailable):
            self.password_edit.clear()
            self.password_edit.setFocus()

    def _forced_change(self, job_number: str) -> None:
        """After an administrator's reset: the user's own password before the desk opens."""
        from app.ui.security.password_dialog import PasswordDialog

        assert self.desk is not None
        dialog = PasswordDialog(self.desk, self, forced_job_number=job_number,
                                old=self.password_edit.text())
        self.forced_dialog = dialog
        dialog.finished.connect(lambda _result: self._forced_done(dialog))
        dialog.open()

    def _forced_done(self, dialog: QDialog) -> None:
        from app.ui.security.password_dialog import PasswordDialog

        actor = dialog.actor if isinstance(dialog, PasswordDialog) else None
        self.password_edit.clear()
        if actor is not None:
            self._signed_in(actor)
        else:
            self.password_edit.setFocus()

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
