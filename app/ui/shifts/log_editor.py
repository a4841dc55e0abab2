"""The three editable parts of the handover log (rule 3.4.3): equipment with a state and
a note each, difficult cases linked to work orders, and staffing changes (one per line)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.ui.shifts import labels
from app.workflows.shifts.handover import CaseInput, EquipmentInput


class EquipmentTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Equipment"), self.tr("State"),
                                        self.tr("Note (say what is wrong)")])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setColumnWidth(0, 170)
        self.setColumnWidth(1, 120)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

    def set_lines(self, lines: list[EquipmentInput]) -> None:
        self.setRowCount(0)
        for line in lines:
            self.add_line(line)

    def add_line(self, line: EquipmentInput | None = None) -> int:
        line = line or EquipmentInput("")
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(line.subject))
        combo = QComboBox()
        for value, text in labels.equipment_states().items():
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(line.state)))
        self.setCellWidget(row, 1, combo)
        self.setItem(row, 2, QTableWidgetItem(line.note))
        return row

    def state_combo(self, row: int) -> QComboBox:
        combo = self.cellWidget(row, 1)
        assert isinstance(combo, QComboBox), "every equipment row has its state combo"
        return combo

    def lines(self) -> list[EquipmentInput]:
        return [EquipmentInput(_text(self, r, 0), self.state_combo(r).currentData(),
                               _text(self, r, 2)) for r in range(self.rowCount())]

    def set_read_only(self, read_only: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.AllEditTriggers)
        for r in range(self.rowCount()):
            self.state_combo(r).setEnabled(not read_only)


class CasesTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Work order"),
                                        self.tr("What the next shift must know")])
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 130)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)

    def set_lines(self, lines: list[CaseInput]) -> None:
        self.setRowCount(0)
        for line in lines:
            self.add_line(line)

    def add_line(self, line: CaseInput | None = None) -> int:
        line = line or CaseInput("", "")
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, 0, QTableWidgetItem(line.ticket))
        self.setItem(row, 1, QTableWidgetItem(line.text))
        return row

    def lines(self) -> list[CaseInput]:
        return [CaseInput(_text(self, r, 0), _text(self, r, 1)) for r in range(self.rowCount())
                if _text(self, r, 0) or _text(self, r, 1)]

    def set_read_only(self, read_only: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.AllEditTriggers)


class StaffingEdit(QPlainTextEdit):
    """One staffing change per line, e.g. "陈静病假,李明顶班"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("One change per line: leave, swaps, who covers whom"))
        self.setTabChangesFocus(True)

    def set_lines(self, lines: list[str]) -> None:
        self.setPlainText("\n".join(lines))

    def lines(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


def remove_selected(table: QTableWidget) -> None:
    rows = sorted({i.row() for i in table.selectedIndexes()} or {table.currentRow()},
                  reverse=True)
    for row in rows:
        if row >= 0:
            table.removeRow(row)


def _text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""
