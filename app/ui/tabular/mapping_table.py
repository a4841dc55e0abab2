"""The mapping step: one line per column of the file, its first values, and the field it
feeds (a choice; "ignore" leaves the column out). The proposal (remembered, else guessed)
is preselected; the target's required fields are marked with *."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

SAMPLES = 3
FIELD_COLUMN_WIDTH = 220  # px: the longest field name with its * and the arrow


class MappingTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importMapping")
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Imported as")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(2, FIELD_COLUMN_WIDTH)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: list[QComboBox] = []

    def show_columns(self, headers: Sequence[str], samples: Sequence[Sequence[str]],
                     fields: Sequence[tuple[str, str, bool]], mapping: dict[int, str]) -> None:
        """`fields`: (name, label, required) in the order to offer them."""
        self.setRowCount(len(headers))
        self.combos = []
        for col, header in enumerate(headers):
            self.setItem(col, 0, QTableWidgetItem(header))
            values = [row[col] for row in samples[:SAMPLES] if col < len(row) and row[col]]
            self.setItem(col, 1, QTableWidgetItem("；".join(values)))
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for name, label, required in fields:
                combo.addItem(f"{label} *" if required else label, name)
            index = combo.findData(mapping.get(col, ""))
            combo.setCurrentIndex(max(index, 0))
            self.setCellWidget(col, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> dict[int, str]:
        return {col: combo.currentData() for col, combo in enumerate(self.combos)
                if combo.currentData()}
