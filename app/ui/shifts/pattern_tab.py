"""The leader's shift-pattern editor: presets for day/night and three shifts, or any own
pattern. Saving retires the old slots; past duties keep their shift names."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.shifts.log_editor import remove_selected
from app.ui.shifts.messages import RowErrors, handover_explain
from app.workflows.desk import Desk
from app.workflows.shifts.handover_views import SlotView
from app.workflows.shifts.pattern import SlotSpec, current_pattern, format_minute, set_pattern


class PatternTab(QWidget):
    saved = Signal()

    def __init__(self, desk: Desk, leader: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Shift name"), self.tr("Starts (HH:MM)"),
                                              self.tr("Hours")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.error = FieldError(self.table)
        # one line under the table: "Row 2: ..." for a slot's problem, else the sentence
        self.errors = RowErrors(self.error, lambda row, text: self.tr("Row %1: ").replace(
            "%1", str(row)) + text)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain(refused="signer.not_leader"))
        day_night = QPushButton(self.tr("Preset: &day and night"))
        three = QPushButton(self.tr("Preset: &three shifts"))
        add = QPushButton(self.tr("Add s&hift"))
        remove = QPushButton(self.tr("Re&move shift"))
        self.save_button = QPushButton(self.tr("&Save pattern"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save pattern (Ctrl+S)"))
        row = QHBoxLayout()
        for b in (day_night, three, add, remove):
            row.addWidget(b)
            b.setEnabled(leader)
        row.addStretch(1)
        row.addWidget(self.save_button)
        self.save_button.setEnabled(leader)
        hint = QLabel(self.tr("Times are the centre's local time. Only a shift leader changes "
                              "the pattern; duties already rostered keep their shift."))
        hint.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addWidget(self.error)
        box.addLayout(row)
        day_night.clicked.connect(lambda: self.fill([
            (self.tr("Day shift"), "08:00", 12), (self.tr("Night shift"), "20:00", 12)]))
        three.clicked.connect(lambda: self.fill([
            (self.tr("Early shift"), "08:00", 8), (self.tr("Middle shift"), "16:00", 8),
            (self.tr("Night shift"), "00:00", 8)]))
        add.clicked.connect(lambda: self._add("", "08:00", 8))
        remove.clicked.connect(lambda: remove_selected(self.table))
        self.save_button.clicked.connect(self.save)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if leader
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        self.load()

    def load(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: current_pattern(desk.uow()), done=self._loaded,
                        errors=self.errors, key="load"))

    def _loaded(self, slots: list[SlotView]) -> None:
        self.fill([(s.name, format_minute(s.start_minute), s.duration_minutes / 60)
                   for s in slots])

    def fill(self, rows: list[tuple[str, str, float]]) -> None:
        self.table.setRowCount(0)
        for name, start, hours in rows:
            self._add(name, start, hours)

    def _add(self, name: str, start: str, hours: float) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate([name, start, f"{hours:g}"]):
            self.table.setItem(r, c, QTableWidgetItem(text))

    def specs(self) -> list[SlotSpec]:
        def cell(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text().strip() if item else ""

        out = []
        for r in range(self.table.rowCount()):
            try:
                hours = float(cell(r, 2))
            except ValueError:
                hours = 0.0
            out.append(SlotSpec(cell(r, 0), cell(r, 1), hours))
        return out

    def save(self) -> None:
        desk, specs = self.desk, self.specs()
        self.ops.run(Op(lambda: set_pattern(desk.uow(), specs), done=self._saved,
                        errors=self.errors, disable=(self.save_button,), key="save"))

    def _saved(self, _slots: list[SlotView]) -> None:
        self.errors.clear()
        self.saved.emit()
