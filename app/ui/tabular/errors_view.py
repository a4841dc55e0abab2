"""The preview's per-row errors: row, field, the cell as written, the problem; filtered
by field or by problem (the combo boxes above the table)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.cell_roles import OneCallPerCell
from app.ui.tabular.words import problem_text
from app.workflows.tabular.rows import RowError

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ErrorsModel(OneCallPerCell, QAbstractTableModel):
    def __init__(self, field_label: Callable[[str], str], parent: QWidget | None = None,
                 extra: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RowError] = []
        self.field_label = field_label
        self.extra = extra
        self.headers = [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]

    def show(self, rows: Sequence[RowError]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        error = self.rows[index.row()]
        return (error.row, self.field_label(error.field), error.value,
                problem_text(error.code, error.detail, self.extra))[index.column()]


class ErrorsView(QWidget):
    def __init__(self, field_label: Callable[[str], str], parent: QWidget | None = None,
                 extra: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.field_label = field_label
        self.extra = extra
        self.errors: list[RowError] = []
        self.model = ErrorsModel(field_label, self, extra)
        self.table = QTableView()
        self.table.setObjectName("importErrors")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.by_field = QComboBox()
        self.by_field.setObjectName("importErrorsField")
        self.by_problem = QComboBox()
        self.by_problem.setObjectName("importErrorsProblem")
        self.by_field.currentIndexChanged.connect(self._filter)
        self.by_problem.currentIndexChanged.connect(self._filter)
        self.shown = QLabel()
        bar = QHBoxLayout()
        column_label = QLabel(self.tr("&Column:"))
        column_label.setBuddy(self.by_field)
        problem_label = QLabel(self.tr("&Problem:"))
        problem_label.setBuddy(self.by_problem)
        for widget in (column_label, self.by_field, problem_label, self.by_problem):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def show_errors(self, errors: Sequence[RowError]) -> None:
        self.errors = list(errors)
        for combo, values, label in (
                (self.by_field, sorted({e.field for e in errors}), self.field_label),
                (self.by_problem, sorted({e.code for e in errors}),
                 lambda code: problem_text(code, "…", self.extra))):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), "")
            for value in values:
                combo.addItem(label(value), value)
            combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        field, code = self.by_field.currentData(), self.by_problem.currentData()
        rows = [e for e in self.errors
                if (not field or e.field == field) and (not code or e.code == code)]
        self.model.show(rows)
        self.table.resizeColumnsToContents()
        self.shown.setText(self.tr("%1 of %2 problems shown")
                           .replace("%1", f"{len(rows):,}")
                           .replace("%2", f"{len(self.errors):,}"))
