"""The stop/resume tab: the heating state, the application window, the applications with
their field-check orders; take a stop (Ctrl+T) or resume (Ctrl+R), withdraw a pending one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import timefmt
from app.ui.customers.messages import archive_field_errors, archive_message
from app.ui.customers.names import application_status_names, heating_state_names, kind_names
from app.ui.customers.stop_dialog import StopDialog
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import fill, make_table
from app.workflows.customers.season import season_label
from app.workflows.customers.stop_resume import (
    StopStatusView,
    cancel_application,
    stop_status,
)
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed


class StopTab(QWidget):
    changed = Signal()

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.customer_id: int | None = None
        self.phone = ""
        self.status: StopStatusView | None = None
        self.may_apply = allowed(desk.actor.role if desk.actor else None,
                                 Permission.ARCHIVE_STOP_RESUME)
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)
        self.state = QLabel()
        self.state.setObjectName("archiveHeatingState")
        self.window_text = QLabel()
        self.window_text.setWordWrap(True)
        self.stop_button = QPushButton(self.tr("Apply to &stop heating (Ctrl+T)"))
        self.stop_button.clicked.connect(lambda: self.apply("stop"))
        self.resume_button = QPushButton(self.tr("Apply to &resume heating (Ctrl+R)"))
        self.resume_button.clicked.connect(lambda: self.apply("resume"))
        self.cancel_button = QPushButton(self.tr("&Withdraw the pending application"))
        self.cancel_button.clicked.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+T"), self, lambda: self.apply("stop"))
        QShortcut(QKeySequence("Ctrl+R"), self, lambda: self.apply("resume"))
        for button in (self.stop_button, self.resume_button, self.cancel_button):
            button.setVisible(self.may_apply)
        self.table = make_table([
            self.tr("Applied"), self.tr("Application"), self.tr("Season"), self.tr("Status"),
            self.tr("Work order"), self.tr("Taken by"), self.tr("Reason")])
        self.table.setObjectName("archiveApplications")
        buttons = QHBoxLayout()
        for button in (self.stop_button, self.resume_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.window_text)
        layout.addLayout(buttons)
        layout.addWidget(self.general)
        layout.addWidget(self.table, 1)

    def set_customer(self, customer_id: int, phone: str = "") -> None:
        self.customer_id = customer_id
        self.phone = phone
        self.refresh()

    def refresh(self) -> None:
        if self.customer_id is None:
            return
        desk, customer_id = self.desk, self.customer_id
        self.ops.run(Op(lambda: stop_status(desk.uow(), customer_id), done=self.show_status,
                        errors=self.errors, latest=True, key="archive.stop.status"))

    def show_status(self, status: StopStatusView) -> None:
        self.status = status
        self.state.setText(self.tr("Heating state: %1").replace(
            "%1", heating_state_names()[status.state]))
        self.state.setStyleSheet("font-weight: bold; color: #1f4e9c;"
                                 if status.state != "heating" else "font-weight: bold;")
        if status.window is not None:
            window = self.tr("Applications for the %1 season are taken from %2 to %3.").replace(
                "%1", season_label(status.window.season)).replace(
                "%2", status.window.first.isoformat()).replace(
                "%3", status.window.last.isoformat())
        else:
            window = self.tr("The application window is closed; the next opens on %1.").replace(
                "%1", status.next_window.first.isoformat())
        pair = self.tr("%1: %2")  # %1：%2 in Chinese
        reasons = [pair.replace("%1", kind_names()[k]).replace("%2", archive_message(code))
                   for k, code in status.problems.items() if code != "stop.outside_window"]
        self.window_text.setText("\n".join([window, *reasons]))
        self.stop_button.setEnabled("stop" not in status.problems)
        self.resume_button.setEnabled("resume" not in status.problems)
        pending = [a for a in status.applications if a.status == "pending"]
        self.cancel_button.setEnabled(bool(pending))
        names, statuses = kind_names(), application_status_names()
        fill(self.table, [[timefmt.fmt(a.applied_at), names[a.kind], season_label(a.season),
                           statuses[a.status], a.ticket_number or "", a.applied_by, a.reason]
                          for a in status.applications])

    def apply(self, kind: str) -> None:
        if not self.may_apply or self.status is None or self.customer_id is None:
            return
        dialog = StopDialog(self.desk, self.customer_id, kind, self.status, self.phone, self)
        dialog.taken.connect(lambda _line: self._changed())
        dialog.open()

    def cancel(self) -> None:
        if self.status is None:
            return
        pending = [a for a in self.status.applications if a.status == "pending"]
        if not pending:
            return
        desk, line = self.desk, pending[0]
        self.ops.run(Op(lambda: cancel_application(desk.uow(), line.id, line.version),
                        done=lambda _r: self._changed(), errors=self.errors,
                        conflict=self.refresh, disable=(self.cancel_button,),
                        key="archive.stop.cancel"))

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
