"""The queues window: queue list, filter bar, the keyset table and the detail pane.

Keyboard first: Ctrl+1…7 pick a queue, / or Ctrl+F go to the search, arrows move in the
list (the detail follows), Enter goes to the order's actions, Esc comes back, F5 reloads.
An order or phone number in the search looks across all orders, open and closed, whatever
queue and filters are chosen; the status line says so.
Another desk's change arrives through the change feed and reloads the first page within
the feed's delay (LISTEN/NOTIFY on PostgreSQL, a polled counter on SQLite).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.change_feed_qt import QtChangeFeed
from app.ui.messages import message_for
from app.ui.tickets import labels
from app.ui.tickets.actions import ActionBar
from app.ui.tickets.detail_pane import DetailPane
from app.ui.tickets.filter_bar import FilterBar
from app.ui.tickets.table_model import QueueTableModel
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import NotFound, ValidationError
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.queues import PAGE_SIZE, QUEUES, QueuePage, estates, queue_page
from app.workflows.units import active_units


class QueueWindow(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *, live: bool = True,
                 queue: str = "open") -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.setObjectName("queueWindow")
        self.setWindowTitle(self.tr("Work-order queues"))
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queueList")
        for number, (key, name) in enumerate(labels.queues().items(), start=1):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.queue_list.addItem(item)
        self.queue_list.setMinimumWidth(150)
        self.queue_list.setMaximumWidth(240)
        self.filter_bar = FilterBar(active_units(desk.uow()), estates(desk.uow()))
        self.model = QueueTableModel(self._fetch, desk.clock, self)
        self.table = self._make_table()
        self.status = QLabel()
        self.status.setObjectName("queueStatus")
        self.detail = DetailPane()
        self.actions = ActionBar(desk, self.detail.buttons, self)
        self.actions.done.connect(self._after_step)
        self.actions.failed.connect(self.detail.message.setText)
        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_bar)
        column.addWidget(self.table, 1)
        column.addWidget(self.status)
        splitter = QSplitter()
        for part in (self.queue_list, centre, self.detail):
            splitter.addWidget(part)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([150, 880, 410])
        QVBoxLayout(self).addWidget(splitter)
        self._shortcuts()
        self.queue = queue
        self.all_orders = False  # the last page searched every order, not the queue
        self.page_size = PAGE_SIZE
        self.queue_list.setCurrentRow(QUEUES.index(queue))
        self.queue_list.currentItemChanged.connect(self._queue_picked)
        self.filter_bar.changed.connect(self.refresh)
        self.feed: QtChangeFeed | None = None
        if live:
            self.feed = QtChangeFeed.for_desk(desk, self)
            self.feed.changed.connect(self._on_change)
        self._tick = QTimer(self)  # colours move with the clock: repaint once a minute
        self._tick.timeout.connect(self.repaint_deadlines)
        self._tick.start(60_000)
        self.resize(1400, 820)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("queueTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(False)  # the deadline colours must stand out
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((100, 176, 40, 120, 110, 56, 200, 96, 56, 92)):
            header.resizeSection(column, width)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.open_current())
        table.activated.connect(lambda _: self.focus_actions())
        return table

    def _shortcuts(self) -> None:
        for number, key in enumerate(QUEUES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda key=key: self.show_queue(key))
        for keys in ("/", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, self.focus_search)
        QShortcut(QKeySequence("F5"), self, self.refresh)
        back = QShortcut(QKeySequence("Esc"), self.detail, self.table.setFocus)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- queues and pages ----------------------------------------------------------------
    def _fetch(self, cursor: str | None) -> QueuePage:
        page = queue_page(self.desk.uow(), self.queue, self.filter_bar.filters(), cursor,
                          self.page_size)
        self.all_orders = page.all_orders
        return page

    def show_queue(self, key: str) -> None:
        self.queue_list.setCurrentRow(QUEUES.index(key))  # emits -> _queue_picked

    def _queue_picked(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.queue = item.data(Qt.ItemDataRole.UserRole)
            self.refresh()

    def refresh(self) -> None:
        """Reload the first page, keeping the selected order when it is still listed."""
        kept = self.selected_id()
        try:
            self.model.reload()
        except ValidationError as exc:
            self.status.setText(" ".join(message_for(c) for c in exc.errors.values()))
            return
        except DatabaseUnavailable:
            self.status.setText(self.tr("The database cannot be reached; showing the last "
                                        "rows read. F5 tries again."))
            return
        count = str(self.model.rowCount())
        self.status.setStyleSheet("font-weight: bold" if self.all_orders else "")
        more = self.tr(", more below") if self.model.canFetchMore() else ""
        if self.all_orders:  # the queue and filters were set aside: say so plainly
            self.status.setText(self.tr(
                "Searching all orders, open and closed (queue and filters do not apply): "
                "%1 found%2").replace("%1", count).replace("%2", more))
        else:
            self.status.setText(self.tr("%1: %2 shown%3").replace(
                "%1", labels.queues()[self.queue]).replace("%2", count).replace("%3", more))
        row = self.model.row_of(kept) if kept is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self.show_order(None)

    def repaint_deadlines(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, self.model.columnCount() - 1))

    def _on_change(self, entities: frozenset[str]) -> None:
        if QtChangeFeed.touches(entities, "ticket"):
            self.refresh()

    def _after_step(self, ticket_id: int) -> None:
        message = self.detail.message.text()
        self.refresh()
        if self.selected_id() != ticket_id:  # the order left this queue: keep showing it
            self.show_order(ticket_id)
        self.detail.message.setText(message)

    # --- the selected order --------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def open_current(self) -> None:
        self.show_order(self.selected_id())

    def show_order(self, ticket_id: int | None) -> None:
        detail = None
        if ticket_id is not None:
            try:
                detail = ticket_detail(self.desk.uow(), ticket_id)
            except (NotFound, DatabaseUnavailable):
                detail = None
        self.detail.show_detail(detail, self.desk.clock())
        self.actions.show_detail(detail)

    def open_order(self, ticket_id: int) -> None:
        """Show one order (e.g. from an overdue alert): searched by number, which looks
        across all orders, so it is listed even when it has left the open queue."""
        self.filter_bar.search.setText(f"GD{ticket_id:08d}")
        if self.queue != "open":
            self.show_queue("open")  # emits -> refresh
        else:
            self.refresh()
        if self.selected_id() != ticket_id:
            self.show_order(ticket_id)
        self.raise_()
        self.activateWindow()
        self.table.setFocus()

    def focus_actions(self) -> None:
        """Enter on a row: the detail is shown; go to its first step that applies."""
        self.open_current()
        for button in self.actions.buttons.values():
            if button.isEnabled():
                button.setFocus()
                return
        self.detail.history.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._tick.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        super().closeEvent(event)
