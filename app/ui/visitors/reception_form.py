"""The reception form for a walk-in visitor (rule 3.7.2): who came and when, the matter
with the same categories, answer or work order as a call, what they were handed, the
follow-up. Saving writes the contact (channel visit) and the visitor's record at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.intake.labels import categories, outcomes
from app.ui.ops import Op, OpRunner
from app.ui.time_edit import from_qdatetime, time_editor, to_qdatetime
from app.workflows.desk import Desk
from app.workflows.units import active_units
from app.workflows.visitors.reception import VisitorForm, VisitorSaved, materials, receive_visitor


def _text(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ReceptionForm(QWidget):
    saved = Signal(object)  # VisitorSaved

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.name = QLineEdit()
        self.name.setObjectName("visitorName")
        self.party = QSpinBox()
        self.party.setRange(1, 50)
        self.phone = QLineEdit()
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("when known"))
        self.arrived = time_editor(desk.clock())
        self.category = QComboBox()
        for key, text in categories().items():
            self.category.addItem(text, key)
        self.description = _text(70)
        self.outcome = QComboBox()
        for key, text in outcomes().items():
            self.outcome.addItem(text, key)
        self.outcome.currentIndexChanged.connect(lambda _i: self._outcome_changed())
        self.answer = _text(60)
        self.level = QComboBox()
        for level in (1, 2, 3):
            self.level.addItem(self.tr("Level %1").replace("%1", str(level)), level)
        self.level.setCurrentIndex(2)
        self.unit = QComboBox()
        self.given_box = QGroupBox(self.tr("Handed to the visitor"))
        self.given_grid = QGridLayout(self.given_box)
        self.given: list[QCheckBox] = []
        self.follow_up = _text(48)
        self.save_button = QPushButton(self.tr("&Save visit (Ctrl+S)"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        e = self.errors.add
        who = QHBoxLayout()
        who.addWidget(e("name", self.name), 2)
        who.addWidget(e("party", self.party))
        order = QHBoxLayout()
        order.addWidget(e("level", self.level))
        order.addWidget(e("unit", self.unit), 1)
        form = QFormLayout()
        form.addRow(self.tr("&Visitor, how many"), who)
        form.addRow(self.tr("P&hone"), e("phone", self.phone))
        form.addRow(self.tr("&Account"), e("account_number", self.account))
        form.addRow(self.tr("Arrived"), e("received_at", self.arrived))
        form.addRow(self.tr("Ca&tegory"), e("category", self.category))
        form.addRow(self.tr("&About"), e("description", self.description))
        form.addRow(self.tr("&Outcome"), e("outcome", self.outcome))
        form.addRow(self.tr("Answer given"), e("answer", self.answer))
        form.addRow(self.tr("Work order: level, unit"), order)
        form.addRow(self.tr("&Follow-up"), e("follow_up", self.follow_up))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(e("given", self.given_box))
        layout.addWidget(self.general)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self._outcome_changed()
        self.ops.run(Op(lambda: (materials(desk.uow()), active_units(desk.uow())),
                        done=self._choices, errors=self.errors, key="visitors.choices",
                        latest=True))

    def _choices(self, got: tuple) -> None:
        items, units = got
        for box in self.given:
            box.deleteLater()
        self.given = []
        for n, item in enumerate(items):
            box = QCheckBox(item)
            self.given.append(box)
            self.given_grid.addWidget(box, n // 3, n % 3)
        self.unit.clear()
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)

    def _outcome_changed(self) -> None:
        order = self.outcome.currentData() == "work_order"
        self.level.setEnabled(order)
        self.unit.setEnabled(order)
        self.answer.setEnabled(not order)

    def form(self) -> VisitorForm:
        order = self.outcome.currentData() == "work_order"
        return VisitorForm(
            name=self.name.text(), party=self.party.value(), phone=self.phone.text(),
            account_number=self.account.text(), category=self.category.currentData(),
            description=self.description.toPlainText(), outcome=self.outcome.currentData(),
            answer="" if order else self.answer.toPlainText(),
            level=self.level.currentData() if order else None,
            unit_id=self.unit.currentData() if order else None,
            arrived_at=from_qdatetime(self.arrived.dateTime()),
            given=[b.text() for b in self.given if b.isChecked()],
            follow_up=self.follow_up.toPlainText())

    def save(self) -> None:
        desk, form = self.desk, self.form()
        self.ops.run(Op(lambda: receive_visitor(desk.uow(), form), done=self._saved,
                        errors=self.errors, key="visitors.save", disable=[self.save_button],
                        label=self.tr("Saving the visit…")))

    def _saved(self, saved: VisitorSaved) -> None:
        self.errors.clear()
        for widget in (self.name, self.phone, self.account):
            widget.clear()
        for edit in (self.description, self.answer, self.follow_up):
            edit.clear()
        for box in self.given:
            box.setChecked(False)
        self.party.setValue(1)
        for combo in (self.category, self.outcome, self.unit):
            combo.setCurrentIndex(0)
        self.level.setCurrentIndex(2)
        self.arrived.setDateTime(to_qdatetime(self.desk.clock()))
        self.name.setFocus()
        self.saved.emit(saved)
