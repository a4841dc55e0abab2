"""What was found at one stop, entered after the trip (rule 3.8: record the customer's
feedback in detail): the result moves the order on, a room temperature counts as a sample
of the day (rule 5.1.2), a problem found opens a follow-up order."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.trips.labels import outcomes
from app.ui.trips.messages import trip_field_errors
from app.workflows.desk import Desk
from app.workflows.trips.feedback import FeedbackForm, record_feedback
from app.workflows.trips.planning import StopRow, TripView
from app.workflows.units import active_units

ORDER_ONLY = ("resolved", "needs_part")


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class FeedbackDialog(QDialog):
    saved = Signal(object)  # TripView

    def __init__(self, desk: Desk, stop: StopRow, view: TripView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.stop, self.view = desk, stop, view
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Feedback of stop %1: %2").replace(
            "%1", str(stop.position)).replace("%2", stop.name))
        self.outcome = QComboBox()
        for key, text in outcomes().items():
            if key == "pending" or (key in ORDER_ONLY and not stop.ticket_id):
                continue
            self.outcome.addItem(text, key)
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self.found = _text()
        self.done_edit = _text()
        self.reason = QLineEdit()
        self.responsibility = QComboBox()
        self.responsibility.addItem(self.tr("Company"), "company")
        self.responsibility.addItem(self.tr("Customer"), "customer")
        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText(self.tr("°C, e.g. 18.5"))
        self.room = QLineEdit(self.tr("Living room"))
        self.time = QTimeEdit(QTime(10, 0))
        self.time.setDisplayFormat("HH:mm")
        if stop.agreed_at:
            local = timefmt.local(stop.agreed_at)
            self.time.setTime(QTime(local.hour, local.minute))
        self.confirmed = QLineEdit()
        self.satisfied = QComboBox()
        self.satisfied.addItem(self.tr("(not asked)"), None)
        self.satisfied.addItem(self.tr("Satisfied"), True)
        self.satisfied.addItem(self.tr("Not satisfied"), False)
        self.photos = _text(48)
        self.photos.setPlaceholderText(self.tr("One file name a line, e.g. IMG_0001.jpg"))
        self.follow_up = _text(48)
        self.category = QComboBox()
        for key, text in (("repair", self.tr("Repair")),
                          ("heating_quality", self.tr("Heating quality")),
                          ("complaint", self.tr("Complaint"))):
            self.category.addItem(text, key)
        self.unit = QComboBox()
        self.general = FieldError()
        self.errors = trip_field_errors(general=self.general)
        e = self.errors.add
        reading = QHBoxLayout()
        reading.addWidget(e("temperature", self.temperature), 1)
        reading.addWidget(e("measured_room", self.room), 1)
        reading.addWidget(e("measured_time", self.time))
        follow = QHBoxLayout()
        follow.addWidget(e("follow_up_category", self.category))
        follow.addWidget(e("follow_up_unit", self.unit), 1)
        form = QFormLayout()
        form.addRow(self.tr("&Result"), e("outcome", self.outcome))
        form.addRow(self.tr("Found"), e("found", self.found))
        form.addRow(self.tr("Done"), e("done", self.done_edit))
        form.addRow(self.tr("Why it waits"), e("reason", self.reason))
        form.addRow(self.tr("Responsibility"), e("responsibility", self.responsibility))
        form.addRow(self.tr("Indoor temperature, room, time"), reading)
        form.addRow(self.tr("Confirmed by"), e("confirmed_by", self.confirmed))
        form.addRow(self.tr("Customer's verdict"), e("satisfied", self.satisfied))
        form.addRow(self.tr("Photos"), e("photos", self.photos))
        form.addRow(self.tr("Problem for a new order"), e("follow_up", self.follow_up))
        form.addRow(self.tr("New order's category, unit"), follow)
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
        fit_to_screen(self, 640, 720)
        self._outcome_changed()
        desk_ = desk
        self.ops.run(Op(lambda: active_units(desk_.uow()), done=self._units,
                        errors=self.errors, key="trips.units", latest=True))

    def _units(self, units: list) -> None:
        self.unit.clear()
        self.unit.addItem(self.tr("(the trip's unit)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)

    def _outcome_changed(self) -> None:
        key = self.outcome.currentData()
        defaults = {"needs_part": self.tr("Waiting for a part"),
                    "nobody_home": self.tr("Nobody at home at the visit")}
        if key in defaults and not self.reason.text().strip() or \
                self.reason.text() in defaults.values():
            self.reason.setText(defaults.get(key, ""))
        self.reason.setEnabled(key in defaults)
        self.responsibility.setEnabled(key == "resolved")

    def form(self) -> FeedbackForm:
        t = self.time.time()
        return FeedbackForm(
            outcome=self.outcome.currentData() or "", found=self.found.toPlainText(),
            done=self.done_edit.toPlainText(),
            reason=self.reason.text() if self.reason.isEnabled() else "",
            responsibility=self.responsibility.currentData(),
            temperature=self.temperature.text(), measured_room=self.room.text(),
            measured_time=f"{t.hour():02d}:{t.minute():02d}",
            confirmed_by=self.confirmed.text(), satisfied=self.satisfied.currentData(),
            photos=self.photos.toPlainText(), follow_up=self.follow_up.toPlainText(),
            follow_up_category=self.category.currentData(),
            follow_up_unit_id=self.unit.currentData())

    def save(self) -> None:
        desk, stop_id, form = self.desk, self.stop.id, self.form()
        self.ops.run(Op(lambda: record_feedback(desk.uow(), stop_id, form),
                        done=self._saved, errors=self.errors, key="trips.feedback",
                        disable=[self.save_button], label=self.tr("Saving the feedback…")))

    def _saved(self, view: TripView) -> None:
        self.accept()
        self.saved.emit(view)
