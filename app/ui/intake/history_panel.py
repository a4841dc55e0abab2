"""What is open for the caller and what they said before: open work orders and last contacts.

Due times are shown in local time; an order due within the hour is amber, an overdue one
red (rule 5.2.2 deadlines), so an agent sees at once that a caller is chasing a late order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.intake import labels
from app.ui.tickets.labels import late_text, left_text
from app.workflows.screen_pop import ContactSummary, TicketSummary

DUE_SOON = timedelta(hours=1)
OVERDUE_BG, DUE_SOON_BG = QColor("#fde0dc"), QColor("#fff3cd")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    # widths set from the texts by `_fit` (Qt's ResizeToContents asked every cell's size
    # through the style on each fill: about 1 ms of the 8 a ring costs the GUI thread)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # the stretched description narrows down to its heading, not to Qt's 100 px default
    # (the least a stretched last section takes): that put it behind a scroll bar in the
    # card's side of a 1366-px desk
    last = len(headers) - 1
    header.setDefaultSectionSize(header.sectionSizeHint(last))
    header.resizeSection(last, header.sectionSizeHint(last))
    header.setStretchLastSection(True)
    return table


def _fit(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Each column but the last (it takes the rest) as wide as its widest line of text or
    its heading, with room around it; only a width that changes is set."""
    metrics, header = table.fontMetrics(), table.horizontalHeader()
    room = metrics.horizontalAdvance("M")
    for column in range(table.columnCount() - 1):
        widest = max((metrics.horizontalAdvance(line) for row in rows
                      for line in row[column].split("\n")), default=0)
        width = max(header.sectionSizeHint(column), widest + room)
        if header.sectionSize(column) != width:
            header.resizeSection(column, width)


class HistoryPanel(QWidget):
    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.orders_title = QLabel(self.tr("Open work orders"))
        self.orders_title.setProperty("role", "section")
        self.orders = _table([self.tr("Order"), self.tr("Category"), self.tr("Level"),
                              self.tr("Status"), self.tr("Unit"), self.tr("Due"),
                              self.tr("Description")])
        self.orders.setObjectName("openOrders")
        self._row_height = self.orders.verticalHeader().defaultSectionSize()
        self._line = self.orders.fontMetrics().lineSpacing()  # a due cell's second line
        self.contacts_title = QLabel(self.tr("Last contacts"))
        self.contacts_title.setProperty("role", "section")
        self.contacts = _table([self.tr("Time"), self.tr("Channel"), self.tr("Category"),
                                self.tr("Result"), self.tr("Agent"), self.tr("Description")])
        self.contacts.setObjectName("lastContacts")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.orders_title)
        box.addWidget(self.orders, 2)
        box.addWidget(self.contacts_title)
        box.addWidget(self.contacts, 3)
        _fit(self.orders, ())
        _fit(self.contacts, ())

    def show_history(self, orders: Sequence[TicketSummary],
                     contacts: Sequence[ContactSummary]) -> None:
        self._fill_orders(orders)
        self._fill_contacts(contacts)

    def clear(self) -> None:
        """No caller: the titles as on a fresh desk (a caller with no orders shows (0))."""
        self.show_history((), ())
        self.orders_title.setText(self.tr("Open work orders"))
        self.contacts_title.setText(self.tr("Last contacts"))

    def order_numbers(self) -> list[str]:
        return [self._cell(r).text() for r in range(self.orders.rowCount())]

    def _cell(self, row: int) -> QTableWidgetItem:
        item = self.orders.item(row, 0)
        if item is None:
            raise IndexError(f"no order in row {row}")
        return item

    def _fill_orders(self, orders: Sequence[TicketSummary]) -> None:
        now = self._clock()
        categories, statuses = labels.categories(), labels.statuses()
        late = sum(1 for order in orders if order.due_at < now)
        title = (self.tr("Open work orders (%1), %2 overdue").replace("%2", str(late))
                 if late else self.tr("Open work orders (%1)"))
        self.orders_title.setText(title.replace("%1", str(len(orders))))
        self.orders.setRowCount(len(orders))
        shown: list[list[str]] = []
        for row, order in enumerate(orders):
            due = timefmt.fmt(order.due_at, timefmt.SHORT)
            tone, tip, how = None, "", ""
            if order.due_at < now:  # the words stay readable on a selected row
                tone, tip, how = OVERDUE_BG, self.tr("Overdue"), late_text(now - order.due_at)
            elif order.due_at - now <= DUE_SOON:
                tone, tip = DUE_SOON_BG, self.tr("Due within the hour")
                how = left_text(order.due_at - now)
            if how:  # under the time: on one line it pushed the description out of sight
                due += "\n" + self.tr(" (%1)").replace("%1", how).strip()
            self.orders.setRowHeight(row, self._row_height + (self._line if how else 0))
            cells = [order.number, categories.get(order.category, order.category),
                     str(order.level), statuses.get(order.status, order.status),
                     order.unit_name, due, order.description.replace("\n", " ")]
            shown.append(cells)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if tone is not None:
                    item.setBackground(QBrush(tone))
                    item.setToolTip(tip)
                self.orders.setItem(row, col, item)
        _fit(self.orders, shown)

    def _fill_contacts(self, contacts: Sequence[ContactSummary]) -> None:
        channels, categories, outcomes = labels.channels(), labels.categories(), \
            labels.outcomes()
        self.contacts_title.setText(self.tr("Last contacts (%1)").replace(
            "%1", str(len(contacts))))
        self.contacts.setRowCount(len(contacts))
        shown: list[list[str]] = []
        for row, contact in enumerate(contacts):
            result = contact.ticket_number or outcomes.get(contact.outcome, contact.outcome)
            cells = [timefmt.fmt(contact.created_at, timefmt.SHORT),
                     channels.get(contact.channel, contact.channel),
                     categories.get(contact.category, contact.category), result,
                     contact.agent_name, contact.description.replace("\n", " ")]
            shown.append(cells)
            for col, text in enumerate(cells):
                self.contacts.setItem(row, col, QTableWidgetItem(text))
        _fit(self.contacts, shown)

    def tone_of(self, row: int) -> str:
        """'overdue', 'soon' or '' for an order row; tests read it."""
        background = self._cell(row).background()
        if background.style() == Qt.BrushStyle.NoBrush:
            return ""
        return {OVERDUE_BG.name(): "overdue", DUE_SOON_BG.name(): "soon"}.get(
            background.color().name(), "")
