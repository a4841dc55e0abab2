"""The intake form: what the caller wants and what the desk does about it (rules 2.5, 3.6.2).

Either the agent answers now (and writes the answer), or opens a work order with a level
(rule 5.2.2: 1/2/3 due in 2/8/24 h, hours from the settings) and an executing unit; the
due time is shown live. Field names match `IntakeForm` so workflow errors land here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.intake import labels
from app.ui.intake.received_field import ReceivedField
from app.workflows.settings import Settings
from app.workflows.tickets.sla import DEFAULT_LEVEL, due_at
from app.workflows.units import UnitView
from app.workflows.vocab import Category, Channel, Outcome, Responsibility

RECEIVED_CHANNELS = (Channel.LETTER.value, Channel.VISIT.value)  # rule 5.2.2


def _combo(name: str, items: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    for value, text in items.items():
        combo.addItem(text, value)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


class IntakeFormView(QFrame):
    changed = Signal()              # any edit by the agent (drives the draft autosave)
    category_chosen = Signal(str)
    save_requested = Signal()

    def __init__(self, settings: Settings, clock: Callable[[], datetime],
                 errors: FieldErrors | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        # rule 5.2.2: the deadline runs from when the call was received; the desk points
        # this at its call's ring time (None: nothing received yet, so now)
        self.received_at: Callable[[], datetime | None] = lambda: None
        self.setObjectName("intakePanel")
        self.settings = settings
        self.general_error = FieldError()
        self.general_error.setObjectName("formError")
        self.errors = errors or FieldErrors(general=self.general_error)
        self._quiet = False
        # the unit responsible for the caller's address, preselected on dispatch; the
        # unit shown is "suggested" until the agent picks one
        self._unit_suggestion: int | None = None
        self._unit_suggested = False
        self.channel = _combo("channel", labels.channels())
        # rule 5.2.2: a letter or a visit is due from when it reached the centre
        self.received = ReceivedField(settings.zone)
        self._received_cell: QWidget | None = None
        self.category = _combo("category", labels.categories())
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(140)
        self.description.setPlaceholderText(self.tr(
            "What the caller reports: time, place, person, event (rule 3.6.2)"))
        # rule 3.6.2(1): the caller's details were checked (核实用户信息), kept on the contact
        self.caller_verified = QCheckBox(self.tr("Caller's details verified"))
        self.caller_verified.setObjectName("callerVerified")
        self.responsibility = _combo("responsibility", labels.responsibilities())
        self.outcome = _combo("outcome", labels.outcomes())
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        self.answer.setTabChangesFocus(True)
        self.answer.setFixedHeight(72)
        # rule 5.3.2.2: a complaint answered on the spot but not satisfactorily resolved
        # costs the season's satisfaction rate 0.5 points; shown only for such a complaint
        self.unresolved = QCheckBox(self.tr("Complaint not satisfactorily resolved"))
        self.unresolved.setObjectName("complaintUnresolved")
        self._unresolved_cell: QWidget | None = None
        self.level = QComboBox()
        self.level.setObjectName("level")
        for level in (1, 2, 3):
            self.level.addItem(labels.level_name(level, settings.sla_hours(level)), level)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.due = QLabel()
        self.due.setObjectName("dueTime")
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S or Ctrl+Enter)"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save_requested)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("savedNote")
        self.saved_note.setWordWrap(True)
        self._lay_out()
        self._wire()
        self.reset()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(4)
        rows: list[tuple[str, str, QWidget]] = [
            ("channel", self.tr("Channel"), self.channel),
            ("received_at", self.tr("Received"), self.received),
            ("category", self.tr("Category"), self.category),
            ("description", self.tr("Description"), self.description),
            # the checkbox says it: no row label repeating it (核实用户信息 ☐ 已核实用户信息)
            ("caller_verified", "", self.caller_verified),
            ("responsibility", self.tr("Responsibility"), self.responsibility),
            ("outcome", self.tr("Outcome"), self.outcome),
            ("answer", self.tr("Answer"), self.answer),
            ("unresolved", "", self.unresolved),
            ("level", self.tr("Priority level"), self.level),
            ("unit", self.tr("Executing unit"), self.unit),
        ]
        for field, caption, widget in rows:
            cell = self.errors.add(field, widget)
            if field != "description":  # only the description grows with the window
                cell.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            form.addRow(caption, cell)
            if field == "received_at":
                self._received_cell = cell
            if field == "unresolved":
                self._unresolved_cell = cell
        self._form = form
        form.addRow(self.tr("Due"), self.due)
        box = QVBoxLayout(self)
        box.addLayout(form, 1)
        box.addWidget(self.general_error)
        box.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.saved_note)
        order = [self.channel, self.received, self.category, self.description,
                 self.caller_verified,
                 self.responsibility,
                 self.outcome, self.answer, self.unresolved, self.level, self.unit,
                 self.save_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        for combo in (self.channel, self.responsibility, self.level, self.unit):
            combo.currentIndexChanged.connect(self._edited)
        self.category.currentIndexChanged.connect(self._category_edited)
        self.outcome.currentIndexChanged.connect(self._outcome_edited)
        self.level.currentIndexChanged.connect(lambda _i: self.update_due())
        self.unit.currentIndexChanged.connect(self._unit_edited)
        self.channel.currentIndexChanged.connect(lambda _i: self._apply_channel())
        self.received.dateTimeChanged.connect(self._received_edited)
        self.description.textChanged.connect(self._edited)
        self.answer.textChanged.connect(self._edited)
        self.caller_verified.toggled.connect(self._edited)
        self.unresolved.toggled.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._quiet:
            self.errors.clear()
            self.changed.emit()

    def _apply_channel(self) -> None:
        """Rule 5.2.2: letters and visits say when they were received (now by default)."""
        show = self.channel.currentData() in RECEIVED_CHANNELS
        if self._received_cell is not None:
            self._form.setRowVisible(self._received_cell, show)
        if show and not self._quiet and not self.received.property("edited"):
            self._quiet = True
            self.received.set_moment(self._clock())
            self._quiet = False
        self.update_due()

    def _received_edited(self, *_args: object) -> None:
        if not self._quiet:
            self.received.setProperty("edited", True)
            self.update_due()
            self._edited()

    def stated_received(self) -> datetime | None:
        """The receipt time typed for a letter or visit; None for calls."""
        if self.channel.currentData() not in RECEIVED_CHANNELS:
            return None
        return self.received.moment()

    def _category_edited(self, _index: int) -> None:
        self._apply_unresolved()
        if not self._quiet:
            self.category_chosen.emit(str(self.category.currentData()))
        self._edited()

    def _outcome_edited(self, _index: int) -> None:
        self._apply_outcome()
        self._apply_unit_suggestion()
        self._edited()

    def _unit_edited(self, _index: int) -> None:
        if not self._quiet:
            self._unit_suggested = False  # the agent's own choice: never replaced

    def suggest_unit(self, unit_id: int | None) -> None:
        """The caller became known (None: no customer): the unit responsible for their
        address, selected when the call is dispatched unless the agent chose a unit."""
        self._unit_suggestion = unit_id
        self._apply_unit_suggestion()

    def _apply_unit_suggestion(self) -> None:
        dispatch = self.outcome.currentData() == Outcome.WORK_ORDER.value
        if self.unit.currentData() is not None and not self._unit_suggested:
            return  # the agent's (or a restored draft's) choice
        wanted = self._unit_suggestion if dispatch else None
        self._quiet = True
        index = self.unit.findData(wanted)
        self.unit.setCurrentIndex(index if index >= 0 else 0)
        self._quiet = False
        self._unit_suggested = self.unit.currentData() is not None

    def _apply_outcome(self) -> None:
        work_order = self.outcome.currentData() == Outcome.WORK_ORDER.value
        # rule 3.6.2(2): what the caller was told is recorded whatever the handling; it is
        # required only when the call was answered on the spot
        self.answer.setPlaceholderText(self.tr(
            "What you told the caller (for the record)") if work_order else self.tr(
            "The answer given to the caller (required)"))
        for widget in (self.level, self.unit):
            widget.setEnabled(work_order)
        self._apply_unresolved()
        self.update_due()

    def _apply_unresolved(self) -> None:
        """Rule 5.3.2.2: the unresolved mark only for a complaint answered on the spot."""
        show = (self.category.currentData() == Category.COMPLAINT.value
                and self.outcome.currentData() == Outcome.ANSWERED.value)
        if self._unresolved_cell is not None:
            self._form.setRowVisible(self._unresolved_cell, show)

    def apply_settings(self, settings: Settings) -> None:
        """The centre's stored settings arrived (or changed): SLA hours label each level."""
        self.settings = settings
        for index in range(self.level.count()):
            level = int(self.level.itemData(index))
            self.level.setItemText(index, labels.level_name(level, settings.sla_hours(level)))
        self.update_due()

    def set_units(self, units: Sequence[UnitView]) -> None:
        current = self.unit.currentData()
        self._quiet = True
        self.unit.clear()
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for unit in units:
            # "%1（%2）" in Chinese: a unit's code in full-width brackets (issue 12 item 6)
            self.unit.addItem(self.tr("%1 (%2)").replace(
                "%1", unit.name).replace("%2", unit.code), unit.id)
        _select(self.unit, current)
        self._quiet = False

    def set_default_level(self, level: int) -> None:
        """The caller became known: rule 5.2.2 decides the level unless the agent chose."""
        self._quiet = True
        _select(self.level, level)
        self._quiet = False
        self.update_due()

    def update_due(self) -> None:
        """The due time if saved now (rule 5.2.2), from the call's receipt (else the desk's
        clock); ticks each second."""
        if self.outcome.currentData() != Outcome.WORK_ORDER.value:
            self.due.setText(self.tr("No work order"))
            return
        level = int(self.level.currentData())
        self.due.setText(self.tr("%1 (in %2 h)").replace(
            "%1", timefmt.fmt(due_at(self._received(), level, self.settings),
                              timefmt.SHORT)).replace(
            "%2", str(self.settings.sla_hours(level))))

    def _received(self) -> datetime:
        """Rule 5.2.2: the earliest moment known of the call, letter or visit, else now."""
        known = [m for m in (self.received_at(), self.stated_received()) if m is not None]
        return min(known) if known else self._clock()

    def focus_text(self) -> None:
        """The call was answered: the agent writes what the caller says next."""
        self.description.setFocus()

    def has_text(self) -> bool:
        return bool(self.description.toPlainText().strip() or self.answer.toPlainText().strip())

    def values(self) -> dict[str, Any]:
        """The fields as plain data: for the workflow and for the draft file."""
        return {
            "channel": self.channel.currentData(), "category": self.category.currentData(),
            "description": self.description.toPlainText(),
            "responsibility": self.responsibility.currentData(),
            "outcome": self.outcome.currentData(), "answer": self.answer.toPlainText(),
            "level": self.level.currentData(), "unit_id": self.unit.currentData(),
            "received_at": (lambda m: m.isoformat() if m else None)(self.stated_received()),
            "caller_verified": self.caller_verified.isChecked(),
            "unresolved": self.unresolved.isChecked() and self.unresolved.isVisibleTo(self),
        }

    def restore(self, values: dict[str, Any]) -> None:
        self._quiet = True
        for key, combo in (("channel", self.channel), ("category", self.category),
                           ("responsibility", self.responsibility),
                           ("outcome", self.outcome), ("level", self.level),
                           ("unit_id", self.unit)):
            if key in values:
                _select(combo, values[key])
        self.description.setPlainText(str(values.get("description", "")))
        self.answer.setPlainText(str(values.get("answer", "")))
        received = values.get("received_at")
        self.received.setProperty("edited", bool(received))
        if isinstance(received, str) and received:
            self.received.set_moment(datetime.fromisoformat(received))
        self.caller_verified.setChecked(bool(values.get("caller_verified", False)))
        self.unresolved.setChecked(bool(values.get("unresolved", False)))
        self._unit_suggested = False  # a restored unit is the agent's choice
        self._quiet = False
        self._apply_channel()
        self._apply_outcome()

    def reset(self) -> None:
        """Ready for the next call; the saved-order note stays until then."""
        self.restore({"channel": Channel.PHONE.value, "category": self.category.itemData(0),
                      "description": "", "responsibility": Responsibility.UNDETERMINED.value,
                      "outcome": Outcome.ANSWERED.value, "answer": "",
                      "level": DEFAULT_LEVEL, "unit_id": None})
        self._unit_suggestion, self._unit_suggested = None, False
        self.errors.clear()
