"""A substation's equipment (rule 5.2.1): the units with their status, a status change
with its note (who and when are recorded), the unit's history, and new units."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.network import labels
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.network.equipment import (
    add_equipment,
    equipment_of,
    set_status,
    status_history,
)
from app.workflows.network.vocab import EquipmentChangeView, EquipmentView
from app.workflows.permissions import Permission, allowed

RED = "#b00020"


class EquipmentTab(QWidget):
    changed = Signal()  # a status changed or a unit was added (the rates move)

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.substation_id: int | None = None
        self.units: list[EquipmentView] = []
        role = desk.actor.role if desk.actor else None
        box = QVBoxLayout(self)
        self.caption = QLabel(self.tr("Choose a substation in the tree."))
        box.addWidget(self.caption)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("equipmentTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"),
                                              self.tr("Model"), self.tr("Status"),
                                              self.tr("Since")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._unit_chosen())
        box.addWidget(self.table, 3)
        self.general = FieldError()
        self.errors = labels.network_errors(self.general)
        grid = QGridLayout()
        self.status = QComboBox()
        for value, text in labels.statuses().items():
            self.status.addItem(text, value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What was found or done (required unless intact)"))
        self.apply = QPushButton(self.tr("Change status (Ctrl+Return)"))
        self.apply.setShortcut("Ctrl+Return")
        self.apply.clicked.connect(self.change_status)
        grid.addWidget(QLabel(self.tr("New status")), 0, 0)
        grid.addWidget(self.errors.add("status", self.status), 0, 1)
        grid.addWidget(self.errors.add("note", self.note), 0, 2)
        grid.addWidget(self.apply, 0, 3)
        grid.setColumnStretch(2, 1)
        box.addLayout(grid)
        can_change = allowed(role, Permission.NETWORK_EQUIPMENT_STATUS)
        for widget in (self.status, self.note, self.apply):
            widget.setVisible(can_change)
        add_row = QHBoxLayout()
        self.new_kind = QComboBox()
        for value, text in labels.kinds().items():
            self.new_kind.addItem(text, value)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Name, e.g. 1# circulation pump"))
        self.new_model = QLineEdit()
        self.new_model.setPlaceholderText(self.tr("Model"))
        self.add_button = QPushButton(self.tr("Add unit"))
        self.add_button.clicked.connect(self.add_unit)
        add_row.addWidget(self.new_kind)
        add_row.addWidget(self.errors.add("name", self.new_name))
        add_row.addWidget(self.new_model)
        add_row.addWidget(self.add_button)
        self.add_box = QWidget()
        self.add_box.setLayout(add_row)
        self.add_box.setVisible(allowed(role, Permission.NETWORK_EDIT))
        box.addWidget(self.add_box)
        box.addWidget(self.general)
        box.addWidget(QLabel(self.tr("Status history of the chosen unit")))
        self.history = QListWidget()
        self.history.setObjectName("equipmentHistory")
        box.addWidget(self.history, 2)
        self._enable()

    def show_substation(self, substation_id: int | None, name: str = "") -> None:
        self.substation_id = substation_id
        self.history.clear()
        self.errors.clear()
        if substation_id is None:
            self.caption.setText(self.tr("Choose a substation in the tree."))
            self.units = []
            self.table.setRowCount(0)
            self._enable()
            return
        self.caption.setText(self.tr("Equipment of %1").replace("%1", name))
        desk = self.desk
        self.ops.run(Op(lambda: equipment_of(desk.uow(), substation_id), done=self._show,
                        key="network.equipment", latest=True))

    def _show(self, units: list[EquipmentView]) -> None:
        keep = self.current_unit()
        self.units = units
        kinds, states = labels.kinds(), labels.statuses()
        self.table.setRowCount(len(units))
        for row, unit in enumerate(units):
            cells = [kinds.get(unit.kind, unit.kind), unit.name, unit.model,
                     states.get(unit.status, unit.status),
                     timefmt.fmt(unit.status_at, timefmt.SHORT)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if unit.status in ("faulty", "under_repair"):
                    item.setForeground(QColor(RED))
                self.table.setItem(row, col, item)
        if keep is not None:
            for row, unit in enumerate(units):
                if unit.id == keep.id:
                    self.table.selectRow(row)
        self._unit_chosen()  # the history of the unit still chosen, read again

    def current_unit(self) -> EquipmentView | None:
        row = self.table.currentRow()
        return self.units[row] if 0 <= row < len(self.units) else None

    def _enable(self) -> None:
        self.apply.setEnabled(self.current_unit() is not None)
        self.add_button.setEnabled(self.substation_id is not None)

    def _unit_chosen(self) -> None:
        self._enable()
        unit = self.current_unit()
        self.history.clear()
        if unit is None:
            return
        self.status.setCurrentIndex(max(0, self.status.findData(unit.status)))
        desk, unit_id = self.desk, unit.id
        self.ops.run(Op(lambda: status_history(desk.uow(), unit_id), done=self._history,
                        key="network.history", latest=True))

    def _history(self, changes: list[EquipmentChangeView]) -> None:
        states = labels.statuses()
        self.history.clear()
        for c in changes:
            old = states.get(c.old_status or "", "—")
            line = f"{timefmt.fmt(c.changed_at)}  {old} → {states.get(c.status, c.status)}"
            line += f"  {c.changed_by}" if c.changed_by else ""
            line += f"：{c.note}" if c.note else ""
            self.history.addItem(line)

    def change_status(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        desk, status, note = self.desk, self.status.currentData(), self.note.text()

        def done(_view: EquipmentView) -> None:
            self.note.clear()
            self.changed.emit()
            if self.substation_id is not None:
                self.show_substation(self.substation_id, unit.substation)
            self.table.setFocus()

        self.ops.run(Op(lambda: set_status(desk.uow(), unit.id, status, note, unit.version),
                        done=done, errors=self.errors, key="network.status",
                        disable=(self.apply,), label=self.tr("Saving…")))

    def add_unit(self) -> None:
        substation_id = self.substation_id
        if substation_id is None:
            return
        desk = self.desk
        kind, name, model = (self.new_kind.currentData(), self.new_name.text(),
                             self.new_model.text())
        caption = self.caption.text()

        def done(_id: int) -> None:
            self.new_name.clear()
            self.new_model.clear()
            self.changed.emit()
            self.show_substation(substation_id, "")
            self.caption.setText(caption)

        self.ops.run(Op(lambda: add_equipment(desk.uow(), substation_id, kind, name, model),
                        done=done, errors=self.errors, key="network.add_unit",
                        disable=(self.add_button,), label=self.tr("Saving…")))
