"""The carried-over work orders as the outgoing agent sees them before handing over: open,
overdue (red) and waiting for a callback, with their deadlines in local time (the year
only when it is not the current one) and sorted by the deadline itself."""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from app.ui import timefmt
from app.ui.shifts import labels


class CarryTable(QTableWidget):
    DUE = 3  # the deadline column: timefmt's short style, sorted by the moment

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.zone = zone
        self.setHorizontalHeaderLabels([
            self.tr("Work order"), self.tr("Why"), self.tr("Level"), self.tr("Due"),
            self.tr("Status"), self.tr("Description")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setStretchLastSection(True)
        # soonest deadline first (the overdue ones on top) until the user picks a column
        self.horizontalHeader().setSortIndicator(self.DUE, Qt.SortOrder.AscendingOrder)

    def show_rows(self, rows: list[tuple[str, str, int, datetime, str, str]]) -> None:
        """(number, reason, level, due, ticket status, description) per order."""
        reasons, statuses = labels.carry_reasons(), labels.ticket_statuses()
        self.setSortingEnabled(False)  # rows stay where they are put while filling
        self.setRowCount(0)
        for number, reason, level, due, status, text in rows:
            r = self.rowCount()
            self.insertRow(r)
            for c, value in enumerate([number, reasons.get(reason, reason), str(level), "",
                                       statuses.get(status, status), text]):
                item = (timefmt.time_item(due, timefmt.SHORT, "—", self.zone) if c == self.DUE
                        else QTableWidgetItem(value))
                if reason == "overdue":
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.setItem(r, c, item)
        self.setSortingEnabled(True)  # sorts by the indicator's column: the moment for DUE
        self.resizeColumnsToContents()
