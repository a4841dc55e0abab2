"""Add a staff account or change one (name, role, unit), and set a temporary password:
the small dialogs of the staff administration window."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.intake import labels
from app.ui.ops import Op, OpRunner
from app.ui.security.messages import security_explain, security_field_errors
from app.workflows.desk import Desk
from app.workflows.security.staff import StaffChange, StaffRow
from app.workflows.units import UnitView
from app.workflows.vocab import Role


def _secret(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class StaffForm(QDialog):
    """New account (`row` None: job number and a first password the user must change at
    the first login) or a change of `row`'s name, role and unit."""

    def __init__(self, desk: Desk, units: list[UnitView], row: StaffRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.row = desk, row
        self.setWindowTitle(self.tr("Add staff member") if row is None
                            else self.tr("Change staff member"))
        self.job_edit = QLineEdit(row.job_number if row else "", self)
        self.job_edit.setMaxLength(20)
        self.job_edit.setReadOnly(row is not None)
        self.name_edit = QLineEdit(row.name if row else "", self)
        self.name_edit.setMaxLength(50)
        self.role_box = QComboBox(self)
        for value, word in labels.roles().items():
            self.role_box.addItem(word, value)
        self.role_box.setCurrentIndex(max(0, self.role_box.findData(
            row.role if row else Role.AGENT.value)))
        self.unit_box = QComboBox(self)
        self.unit_box.addItem(self.tr("(none)"), None)
        for unit in units:
            self.unit_box.addItem(f"{unit.code} {unit.name}", unit.id)
        if row is not None and row.unit_id is not None:
            self.unit_box.setCurrentIndex(max(0, self.unit_box.findData(row.unit_id)))
        self.password_edit = _secret(self)
        self.repeat_edit = _secret(self)
        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        form = QFormLayout()
        form.addRow(self.tr("&Job number"), self.errors.add("job_number", self.job_edit))
        form.addRow(self.tr("&Name"), self.errors.add("name", self.name_edit))
        form.addRow(self.tr("&Role"), self.errors.add("role", self.role_box))
        form.addRow(self.tr("&Unit"), self.errors.add("unit", self.unit_box))
        if row is None:
            form.addRow(self.tr("First &password"),
                        self.errors.add("password", self.password_edit))
            form.addRow(self.tr("Re&peat"), self.errors.add("repeat", self.repeat_edit))
            hint = QLabel(self.tr("The new colleague must change this password at the first "
                                  "login."), self)
            hint.setWordWrap(True)
            form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        (self.name_edit if row else self.job_edit).setFocus()
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)

    def submit(self) -> None:
        from app.workflows.security.staff import add_staff, change_staff

        desk, row = self.desk, self.row
        name, role = self.name_edit.text(), str(self.role_box.currentData())
        unit = self.unit_box.currentData()
        if row is None:
            job, password = self.job_edit.text(), self.password_edit.text()
            if password != self.repeat_edit.text():
                self.errors.show({"repeat": "password.mismatch"})
                return
            self.ops.run(Op(lambda: add_staff(desk.uow(), job, name, role, password, unit),
                            done=lambda _a: self.accept(), errors=self.errors, long=True,
                            disable=(self.save_button,), key="staff.save"))
        else:
            self.ops.run(Op(lambda: change_staff(desk.uow(), row.id,
                                                 StaffChange(name, role, unit)),
                            done=lambda _r: self.accept(), errors=self.errors,
                            disable=(self.save_button,), key="staff.save"))


class ResetDialog(QDialog):
    """An administrator sets a temporary password; the colleague must change it at the
    next login (and a lock is lifted)."""

    def __init__(self, desk: Desk, row: StaffRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.row = desk, row
        self.setWindowTitle(self.tr("Reset password of %1").replace(
            "%1", f"{row.job_number} {row.name}"))
        self.password_edit = _secret(self)
        self.repeat_edit = _secret(self)
        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        form = QFormLayout()
        form.addRow(self.tr("&Temporary password"),
                    self.errors.add("password", self.password_edit))
        form.addRow(self.tr("Re&peat"), self.errors.add("repeat", self.repeat_edit))
        hint = QLabel(self.tr("Tell it to the colleague in person; they must choose their "
                              "own at the next login."), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)

    def submit(self) -> None:
        from app.workflows.security.staff import reset_password

        if self.password_edit.text() != self.repeat_edit.text():
            self.errors.show({"repeat": "password.mismatch"})
            return
        desk, staff_id, password = self.desk, self.row.id, self.password_edit.text()
        self.ops.run(Op(lambda: reset_password(desk.uow(), staff_id, password),
                        done=lambda _r: self.accept(), errors=self.errors, long=True,
                        disable=(self.ok_button,), key="staff.reset"))
