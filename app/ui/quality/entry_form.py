"""The technician's entry form, keyboard first: type, Enter to the next field, Enter saves.

One form serves room samples (rules 5.1.1, 5.1.2) and hot-water readings (rule 5.1.3); the
hot-water form has no room. After a save the home, day and technician stay, so the next
room of the same home is two fields away. A staff member whose role may not measure (rule
5.1.2: the technical section) sees why at once, with the fields locked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.messages import quality_field_errors, quality_message
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.quality.measurements import (
    HotWaterForm,
    SampleForm,
    Saved,
    may_measure,
    record_hot_water,
    record_sample,
)


class EntryForm(QWidget):
    saved = Signal(object)  # the Saved result

    def __init__(self, desk: Desk, ops: OpRunner, hot_water: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.hot_water = hot_water
        self.technician = QLineEdit(desk.actor.job_number if desk.actor else "")
        self.account = QLineEdit()
        self.day = QLineEdit(desk.local(desk.clock()).date().isoformat())
        self.day.setPlaceholderText("YYYY-MM-DD")
        self.time = QLineEdit(timefmt.fmt(desk.clock(), timefmt.TIME, zone=desk.zone))
        self.time.setPlaceholderText("HH:MM")
        self.room = QLineEdit()
        self.room.setPlaceholderText(self.tr("e.g. living room"))
        self.temperature = QLineEdit()
        self.temperature.setPlaceholderText("°C")
        self.general = FieldError()
        self.errors = quality_field_errors(general=self.general)
        self.result = QLabel()
        self.result.setObjectName("qualityResult")
        self.result.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        save = QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # one form per tab

        form = QFormLayout()
        form.addRow(self.tr("&Technician job number"),
                    self.errors.add("technician", self.technician))
        form.addRow(self.tr("&Account number"), self.errors.add("account_number", self.account))
        form.addRow(self.tr("&Date"), self.errors.add("day", self.day))
        form.addRow(self.tr("T&ime"), self.errors.add("time", self.time))
        order = [self.technician, self.account, self.day, self.time]
        if not hot_water:
            form.addRow(self.tr("&Room"), self.errors.add("room", self.room))
            order.append(self.room)
        else:
            self.room.hide()
        label = self.tr("Water temperature °&C") if hot_water else self.tr("Room temperature °&C")
        form.addRow(label, self.errors.add("temperature", self.temperature))
        order.append(self.temperature)
        for field, following in zip(order, order[1:], strict=False):
            field.returnPressed.connect(following.setFocus)
        self.temperature.returnPressed.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.save_button)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.allowed = may_measure(desk.actor)
        if not self.allowed:
            self._refuse()

    def _refuse(self) -> None:
        """Lock the fields and say who may measure, before anyone types in vain."""
        self.general.show_text(quality_message("measure.not_allowed"))
        for field in (self.technician, self.account, self.day, self.time, self.room,
                      self.temperature, self.save_button):
            field.setEnabled(False)

    def set_day(self, day: str) -> None:
        self.day.setText(day)

    def start_home(self, account: str) -> None:
        """Begin entering for a home of the plan: its account filled, the room next."""
        self.account.setText(account)
        (self.temperature if self.hot_water else self.room).setFocus()

    def save(self) -> None:
        """Record the typed value; the outcome arrives in `_saved` (or beside the fields)."""
        values = dict(account_number=self.account.text(), day=self.day.text(),
                      time=self.time.text(), temperature=self.temperature.text(),
                      technician=self.technician.text())
        desk = self.desk
        if self.hot_water:
            water = HotWaterForm(**values)
            self.ops.run(Op(lambda: record_hot_water(desk.uow(), water), done=self._saved,
                            errors=self.errors, failed=self._failed,
                            disable=(self.save_button,), key=f"quality.save.{id(self)}",
                            label=self.tr("Saving…")))
        else:
            sample = SampleForm(room=self.room.text(), **values)
            self.ops.run(Op(lambda: record_sample(desk.uow(), sample), done=self._saved,
                            errors=self.errors, failed=self._failed,
                            disable=(self.save_button,), key=f"quality.save.{id(self)}",
                            label=self.tr("Saving…")))

    def _saved(self, result: Saved) -> None:
        self.errors.clear()
        self.result.setText(self._describe(result))
        self.room.clear()
        self.temperature.clear()
        (self.temperature if self.hot_water else self.room).setFocus()
        self.saved.emit(result)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.result.clear()
        elif isinstance(exc, PermissionDenied):
            self._refuse()  # rule 5.1.2: say who may measure and lock the fields

    def _describe(self, saved: Saved) -> str:
        verdict = self.tr("qualified") if saved.qualified else self.tr("NOT qualified")
        span = f"{saved.range.low}–{saved.range.high} °C"
        if saved.range.contract:
            span += self.tr(" (contract)")
        return self.tr("Saved: %1, %2 °C, %3 (range %4).").replace("%1", saved.customer_name) \
            .replace("%2", str(saved.temperature)).replace("%3", verdict).replace("%4", span)
