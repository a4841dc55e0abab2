"""A report table on screen: the whole table at full height, painted with as few calls into
Python as Qt allows.

A report is built on a worker thread, and every call Qt makes into Python while it paints
must first take the interpreter lock from that thread: Python hands the lock over only
after its switch interval, so each call can wait milliseconds. Painting 25 rows of a table
once called into Python about 1,800 times (seven `data()` roles per cell, nine header roles
per column, the row and column counts behind every cell's index), and the F8 window stopped
answering for 0.3-1 s while another tab's report was being built. The model is now Qt's
own item model, sized to the table but holding no items: the counts, the indexes and the
column titles are answered by Qt, and Python is asked once per painted cell, for all its
roles at once (app/ui/cell_roles.py): a fifteenth of the calls (app/ui/application.py also
shortens the switch interval).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from app.ui.cell_roles import OneCallPerCell
from app.workflows.reports.registry import Table

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def cell_text(value: object) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


class TableModel(OneCallPerCell, QStandardItemModel):
    """A report table as it is: cells are formatted when Qt asks for them (the rows it
    paints), not all at once when the table is made; no item is ever created."""

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(len(table.rows), len(table.columns), parent)
        self.table = table
        self.setHorizontalHeaderLabels(table.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        value = self.table.rows[index.row()][index.column()]
        if role == _DISPLAY:
            return cell_text(value)
        if role == _ALIGNMENT and isinstance(value, int | float):
            return _RIGHT
        return None


def table_widget(table: Table) -> QTableView:
    """The whole table at its full height (the page scrolls, not the table); columns share
    the width like the PDF's, so no column is measured against its contents."""
    view = QTableView()
    view.setModel(TableModel(table, view))
    header = view.horizontalHeader()
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    row = view.verticalHeader().defaultSectionSize()
    height = header.sizeHint().height() + 2 * view.frameWidth() + row * len(table.rows)
    view.setFixedHeight(max(height, 60))
    return view
