"""Taking a stop or resume heating application (报停/复热) at the desk.

The dialog says beforehand whether the application can be taken (the window, the own
shut-off valve, arrears, the state) and why not; taking it opens the field-check work order
for the chosen unit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.ui.customers.messages import archive_explain, archive_field_errors, archive_message
from app.ui.customers.names import kind_names
from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.workflows.customers.stop_resume import StopForm, StopStatusView, apply_stop_resume
from app.workflows.desk import Desk
from app.workflows.units import active_units


class StopDialog(QDialog):
    taken = Signal(object)  # the StopLine

    def __init__(self, desk: Desk, customer_id: int, kind: str, status: StopStatusView,
                 phone: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id = customer_id
        self.kind = kind
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(archive_explain)
        self.setWindowTitle(kind_names()[kind])
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)
        window = status.window
        self.window_label = QLabel(
            self.tr("Application window for the %1 season: %2 to %3").replace(
                "%1", f"{window.season}-{window.season + 1}").replace(
                "%2", window.first.isoformat()).replace("%3", window.last.isoformat())
            if window else self.tr("The window is closed; the next opens on %1.").replace(
                "%1", status.next_window.first.isoformat()))
        self.problem = QLabel(archive_message(status.problems[kind])
                              if kind in status.problems else "")
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.setVisible(kind in status.problems)
        self.units = QComboBox()
        self.channel = QComboBox()
        self.channel.addItem(self.tr("Phone"), "phone")
        self.channel.addItem(self.tr("Visit"), "visit")
        self.phone = QLineEdit(phone)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. away for the winter"))
        form = QFormLayout(self)
        form.addRow(self.window_label)
        form.addRow(self.problem)
        form.addRow(self.tr("Field &unit"), self.errors.add("unit", self.units))
        form.addRow(self.tr("&Taken by"), self.errors.add("channel", self.channel))
        form.addRow(self.tr("&Phone"), self.errors.add("phone", self.phone))
        form.addRow(self.tr("&Reason"), self.errors.add("reason", self.reason))
        form.addRow(self.general)
        self.buttons = add_ok_cancel(form, self, self.take)
        self.ops.run(Op(lambda: active_units(desk.uow()), done=self._units, errors=self.errors,
                        key="archive.units"))
        self.reason.setFocus()

    def _units(self, units: list) -> None:
        for unit in units:
            self.units.addItem(f"{unit.code} {unit.name}", unit.id)

    def form(self) -> StopForm:
        return StopForm(kind=self.kind, unit_id=self.units.currentData(),
                        reason=self.reason.text(), phone=self.phone.text(),
                        channel=str(self.channel.currentData()))

    def take(self) -> None:
        desk, customer_id, form = self.desk, self.customer_id, self.form()
        self.ops.run(Op(lambda: apply_stop_resume(desk.uow(), customer_id, form),
                        done=self._taken, errors=self.errors, disable=(self.buttons,),
                        key="archive.stop.apply", label=self.tr("Taking the application…")))

    def _taken(self, line: object) -> None:
        self.taken.emit(line)
        self.accept()
