"""Staff administration (Ctrl+Shift+U, issue 15): every account with its role, unit, state
and login lock. Administrators add, change, deactivate (never delete) and reset passwords;
shift leaders and supervisors see the list to unlock a locked-out colleague."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.intake import labels
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.security.messages import security_explain, security_field_errors
from app.ui.security.staff_form import ResetDialog, StaffForm
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.security.staff import StaffRow, list_staff
from app.workflows.units import UnitView, active_units


class StaffWindow(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        role = desk.actor.role
        self.manage = allowed(role, Permission.STAFF_MANAGE)
        self.rows: list[StaffRow] = []
        self.units: list[UnitView] = []
        self.setWindowTitle(self.tr("Staff administration"))
        self.setModal(False)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Job number"), self.tr("Name"), self.tr("Role"), self.tr("Unit"),
            self.tr("Account"), self.tr("Login"), self.tr("Password")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(7):  # names and units share the width; the rest fit their text
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in (1, 3) else
                                        QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.doubleClicked.connect(lambda _i: self.change())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.change_button = QPushButton(self.tr("&Change…"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.reset_button.clicked.connect(self.reset)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        for button, permission in ((self.add_button, Permission.STAFF_MANAGE),
                                   (self.change_button, Permission.STAFF_MANAGE),
                                   (self.reset_button, Permission.STAFF_RESET_PASSWORD),
                                   (self.active_button, Permission.STAFF_MANAGE),
                                   (self.unlock_button, Permission.STAFF_UNLOCK)):
            button.setVisible(allowed(role, permission))
        QShortcut(QKeySequence("F5"), self, self.reload)

        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        hint = QLabel(self.tr("Accounts are deactivated, never deleted: the audit log keeps "
                              "naming who did what.") if self.manage else
                      self.tr("Select a locked-out colleague and press Unlock (Alt+U)."), self)
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.reset_button,
                       self.active_button, self.unlock_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        fit_to_screen(self, 980, 560)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)
        self._selection()
        self.reload()

    # ---- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: (list_staff(desk.uow()), active_units(desk.uow())),
                        done=self._show, errors=self.errors, latest=True, key="staff.read"))

    def _show(self, result: tuple[list[StaffRow], list[UnitView]]) -> None:
        selected = self.selected()
        self.rows, self.units = result
        roles = labels.roles()
        now = self.desk.clock()
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            locked = row.locked_until is not None and row.locked_until > now
            cells = [
                row.job_number, row.name, roles.get(row.role, row.role), row.unit_name or "",
                self.tr("Active") if row.active else self.tr("Deactivated"),
                (self.tr("Locked until %1").replace(
                    "%1", timefmt.fmt(row.locked_until, timefmt.SHORT, zone=self.desk.zone))
                 if locked and row.locked_until is not None else
                 self._failures(row) if row.failed_logins else ""),
                self.tr("Must change") if row.must_change_password else "",
            ]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
            if selected is not None and row.id == selected.id:
                self.table.selectRow(i)
        self._selection()

    def _failures(self, row: StaffRow) -> str:
        text = self.tr("Failed attempts: %1").replace("%1", str(row.failed_logins))
        if row.failed_since is None:
            return text
        # the year when it is not this year's (issue 12 item 6)
        since = timefmt.fmt(row.failed_since, timefmt.SHORT, zone=self.desk.zone)
        return self.tr("%1 (first %2)").replace("%1", text).replace("%2", since)

    def selected(self) -> StaffRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selection(self) -> None:
        row = self.selected()
        now = self.desk.clock()
        self.change_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.active)
        self.active_button.setEnabled(row is not None)
        self.active_button.setText(self.tr("&Activate") if row is not None and not row.active
                                   else self.tr("&Deactivate"))
        self.unlock_button.setEnabled(row is not None and (
            bool(row.failed_logins) or (row.locked_until is not None and row.locked_until > now)))

    # ---- acting ----------------------------------------------------------------------
    def add(self) -> None:
        if self.manage and StaffForm(self.desk, self.units, None, self).exec():
            self.reload()

    def change(self) -> None:
        row = self.selected()
        if self.manage and row is not None and StaffForm(self.desk, self.units, row,
                                                         self).exec():
            self.reload()

    def reset(self) -> None:
        row = self.selected()
        if row is not None and ResetDialog(self.desk, row, self).exec():
            self.reload()

    def toggle_active(self) -> None:
        from app.workflows.security.staff import set_active

        row = self.selected()
        if row is None:
            return
        desk = self.desk
        self.ops.run(Op(lambda: set_active(desk.uow(), row.id, not row.active),
                        done=lambda _r: self.reload(), errors=self.errors,
                        disable=(self.active_button,), key="staff.active"))

    def unlock(self) -> None:
        from app.workflows.security.staff import unlock_account

        row = self.selected()
        if row is None:
            return
        desk = self.desk
        self.ops.run(Op(lambda: unlock_account(desk.uow(), row.id),
                        done=lambda _r: self.reload(), errors=self.errors,
                        disable=(self.unlock_button,), key="staff.unlock"))
