"""The result of phoning a stop ahead (rule 3.8: phone to agree a time): who was reached
and the time agreed, or not reached."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.trips.messages import trip_field_errors
from app.workflows.desk import Desk
from app.workflows.trips.appointment import AppointmentForm, record_appointment
from app.workflows.trips.planning import StopRow, TripView


class AppointmentDialog(QDialog):
    saved = Signal(object)  # TripView

    def __init__(self, desk: Desk, stop: StopRow, day: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.stop, self.day = desk, stop, day
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Phone result: %1").replace("%1", stop.name))
        self.agreed = QRadioButton(self.tr("Time &agreed"))
        self.not_reached = QRadioButton(self.tr("&Not reached"))
        (self.not_reached if stop.appointment == "not_reached" else self.agreed).setChecked(True)
        self.reached = QLineEdit(stop.reached_name or stop.name)
        self.at = QTimeEdit(QTime(9, 0))
        self.at.setDisplayFormat("HH:mm")
        if stop.agreed_at:
            local = timefmt.local(stop.agreed_at)
            self.at.setTime(QTime(local.hour, local.minute))
        self.note = QLineEdit(stop.call_note)
        self.general = FieldError()
        self.errors = trip_field_errors(general=self.general)
        form = QFormLayout()
        form.addRow(self.agreed)
        form.addRow(self.not_reached)
        form.addRow(self.tr("Who answered"), self.errors.add("reached_name", self.reached))
        form.addRow(self.tr("Agreed time (%1)").replace("%1", day.isoformat()),
                    self.errors.add("agreed_at", self.at))
        form.addRow(self.tr("Note"), self.errors.add("note", self.note))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+S")
        layout = QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def form(self) -> AppointmentForm:
        agreed = self.agreed.isChecked()
        t = self.at.time()
        local = datetime.combine(self.day, time(t.hour(), t.minute()), tzinfo=timefmt.zone())
        return AppointmentForm(
            state="agreed" if agreed else "not_reached", reached_name=self.reached.text(),
            agreed_at=local if agreed else None, note=self.note.text(),
            expected_version=self.stop.version)

    def save(self) -> None:
        desk, stop_id, form = self.desk, self.stop.id, self.form()
        self.ops.run(Op(lambda: record_appointment(desk.uow(), stop_id, form),
                        done=self._saved, errors=self.errors, key="trips.appointment",
                        disable=[self.save_button]))

    def _saved(self, view: TripView) -> None:
        self.saved.emit(view)
        self.accept()
