"""The queues window: queue list, filter bar, the keyset table and the detail pane.

Keyboard first: Ctrl+1…7 pick a queue, / or Ctrl+F go to the search, arrows move in the
list (the detail follows), Enter goes to the order's actions, Esc comes back, F5 reloads.
An order or phone number in the search looks across all orders, open and closed, whatever
queue and filters are chosen; the status line says so.
Another desk's change arrives through the change feed and reloads the first page within
the feed's delay (LISTEN/NOTIFY on PostgreSQL, a polled counter on SQLite).
The estates of the filter are kept by the desk (estate_cache.py), read after the first
page; a customer change in the feed, or F5, reads them again.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.change_feed_qt import QtChangeFeed
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.first_paint import after_first_paint
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.telephony.order_dial import attach_order_dial
from app.ui.tickets import actions, labels
from app.ui.tickets.actions import ActionBar
from app.ui.tickets.detail_pane import DetailPane
from app.ui.tickets.empty_note import empty_text
from app.ui.tickets.estate_cache import estate_cache_of
from app.ui.tickets.filter_bar import FilterBar
from app.ui.tickets.table_model import QueueTableModel, queue_table
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.tickets.detail import TicketDetail, ticket_detail
from app.workflows.tickets.numbers import format_ticket_number
from app.workflows.tickets.queues import (
    PAGE_SIZE,
    QUEUES,
    QueueFilters,
    QueuePage,
    queue_page,
)
from app.workflows.units import active_units

SEARCH_PAUSE_MS = 300  # search as the agent types, once typing pauses this long


class QueueWindow(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *, live: bool = True,
                 queue: str = "open", dormant: bool = False) -> None:
        """`dormant`: built piece by piece (`build_step`, the desk does it after login),
        reading and following nothing until `reopen` (F6) or `wake`."""
        super().__init__(parent, Qt.WindowType.Window)
        self.desk = desk
        self.setObjectName("queueWindow")
        self.setWindowTitle(self.tr("Work-order queues"))
        self.queue = queue
        self.feed: QtChangeFeed | None = None
        self._live = live
        self.dormant = True
        self.constructed = False  # every widget made; what is left only warms caches
        self.hurried = False  # F6 came while building: no warm-up paint, the order a turn later
        self._warm_paint = dormant  # a window shown at once paints for real instead
        self._ahead: tuple[str, QueueFilters, int] | None = None  # read before the table
        self._ahead_page: QueuePage | None = None
        self._detail_waits = False  # the first order's detail, after the first paint
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(actions.explain)
        self.problem = FieldError(parent=self)  # why the list or the order could not be read
        self.problem.setObjectName("queueProblem")
        self.page_errors = FieldErrors(general=self.problem)
        self._building = self._build(parent)
        if not dormant:
            self.wake()

    def _build(self, parent: QWidget | None) -> Iterator[None]:
        """The window's widgets in seven pieces of some milliseconds to some tens each.

        Each widget is made in its place in the window: a widget moved under another
        parent takes in the style sheet again, its whole subtree (unpolished and polished
        again where it had been polished): the filter bar, made apart and then moved twice,
        took 5.9 ms instead of 3.4."""
        desk = self.desk
        splitter = QSplitter()
        QVBoxLayout(self).addWidget(splitter)
        self.queue_list = QListWidget(splitter)
        self.queue_list.setObjectName("queueList")
        for number, (key, name) in enumerate(labels.queues().items(), start=1):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"Ctrl+{number}")
            self.queue_list.addItem(item)
        self.queue_list.setMinimumWidth(150)
        self.queue_list.setMaximumWidth(240)
        splitter.addWidget(self.queue_list)
        centre = QWidget(splitter)
        splitter.addWidget(centre)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        self.filter_bar = FilterBar(parent=centre)
        column.addWidget(self.filter_bar)
        self.empty_note = QLabel(centre)  # why a list is empty and what to do
        self.empty_note.setObjectName("queueEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("padding: 6px; background: #eef3f8; color: #33475b;")
        self.empty_note.hide()
        column.addWidget(self.empty_note)
        yield
        self.model = QueueTableModel(desk.clock, self)
        self.model.more_wanted.connect(self._next_page)
        self.table = queue_table(self.model, self._row_changed, lambda: self.focus_actions(),
                                 centre)
        column.addWidget(self.table, 1)
        self.status = QLabel(centre)
        self.status.setObjectName("queueStatus")
        column.addWidget(self.status)
        column.addWidget(self.problem)
        yield
        self.detail = DetailPane(splitter)
        splitter.addWidget(self.detail)
        self.action_bar = ActionBar(desk, self.ops, FieldErrors(general=self.detail.message),
                                 self.detail.buttons, self)
        self.action_bar.done.connect(self._after_step)
        self._paging: tuple[str, QueueFilters, int] = ("open", QueueFilters(), PAGE_SIZE)
        self._follow: int | None = None  # an order to keep showing after the next page
        yield
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([150, 880, 410])
        self._shortcuts()
        self.all_orders = False  # the last page searched every order, not the queue
        self.page_size = PAGE_SIZE
        self.queue_list.setCurrentRow(QUEUES.index(self.queue))
        self.queue_list.currentItemChanged.connect(self._queue_picked)
        self.filter_bar.changed.connect(self._search_now)
        # search as the agent types: a short pause, then the newest text (reads: latest)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self.filter_bar.search.textEdited.connect(lambda _text: self._typing.start())
        self._tick = QTimer(self)  # colours move with the clock: repaint once a minute
        self._tick.timeout.connect(self.repaint_deadlines)
        fit_to_screen(self, 1400, 820)  # never larger than a 1366×768 screen
        self.estates = estate_cache_of(parent)
        self.estates.arrived.connect(self.filter_bar.set_estates)
        self.constructed = True
        yield
        self.ensurePolished()  # the style of every widget, which showing would compute
        yield
        layout = self.layout()
        if layout is not None:
            layout.activate()  # and their geometry at the window's size
        yield
        if self._warm_paint and not self.hurried:  # showing it paints it anyway
            self.render(QPixmap(self.size()))  # painted once unseen: fonts and style caches warm

    def build_step(self) -> bool:
        """Build the next piece of a dormant window; False once the window is complete."""
        return next(self._building, False) is None

    def finish_building(self) -> None:
        for _ in self._building:
            pass

    def wake(self, finish: bool = True) -> None:
        """Read and follow: the units, the first page, then the estates if not kept yet.
        `finish=False` (F6 while it is prepared): once `constructed`, before the pieces
        left (on a server the first page's round trip overlaps them)."""
        if finish:
            self.finish_building()
        self.dormant = False
        desk = self.desk
        self._follow_changes()
        self.ops.run(Op(lambda: active_units(desk.uow()), done=self.filter_bar.set_units,
                        key="queue.units"))
        if self.estates.estates is not None:
            self.filter_bar.set_estates(self.estates.estates)
        if self._ahead is None:
            self.refresh()
        elif self._ahead_page is not None:
            self._took_ahead(self._ahead_page)
        # else the page read ahead is on its way (or failed and said so): it is shown on arrival
        # the estates once the list is on screen: never waited for, nor slowing its paint
        after_first_paint(self.table.viewport(),
                          lambda: self.estates.ensure(self.ops, desk, self.page_errors))

    def read_ahead(self) -> bool:
        """F6 before the widgets exist: the first page of the queue as it opens (no filter
        yet) is read now, beside the pieces still to build, and shown once the window is
        woken. On a server its round trip overlapped nothing before: the page came 15-20 ms
        after the window was shown and the table was painted twice, empty and full.
        True while the read runs (on a worker thread; on the desk's file it is done)."""
        if self._ahead is not None or self.constructed:
            return False
        self._ahead = request = (self.queue, QueueFilters(), PAGE_SIZE)
        queue, filters, size = request
        desk = self.desk
        self.ops.run(Op(lambda: queue_page(desk.uow(), queue, filters, None, size),
                        done=self._arrived_ahead, errors=self.page_errors,
                        failed=self._page_failed, key="queue.page", latest=True))
        return self.ops.is_running("queue.page")

    def _arrived_ahead(self, page: QueuePage) -> None:
        if self.dormant:
            self._ahead_page = page  # the table is not made yet: `wake` shows it
        else:
            self._took_ahead(page)

    def _took_ahead(self, page: QueuePage) -> None:
        request, self._ahead, self._ahead_page = self._ahead, None, None
        if request is not None:
            self._first_page(page, request)

    def _shortcuts(self) -> None:
        for number, key in enumerate(QUEUES, start=1):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self,
                      lambda key=key: self.show_queue(key))
        for keys in ("/", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, self.focus_search)
        QShortcut(QKeySequence("F5"), self, self.reload)
        self.order_dial = attach_order_dial(  # Ctrl+Shift+C: call the customer (issue 18)
            self, self.desk.actor.role if self.desk.actor else None,
            lambda: self.detail.detail, self.detail.layout())
        back = QShortcut(QKeySequence("Esc"), self.detail, self.table.setFocus)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- queues and pages ----------------------------------------------------------------
    def show_queue(self, key: str) -> None:
        self.queue_list.setCurrentRow(QUEUES.index(key))  # emits -> _queue_picked

    def _queue_picked(self, item: QListWidgetItem | None, _old: object = None) -> None:
        if item is not None:
            self.queue = item.data(Qt.ItemDataRole.UserRole)
            self.refresh()

    def refresh(self, keep: int | None = None) -> None:
        """Read the first page again, keeping the selected order (or `keep`) shown.

        A search reads every order, so it runs off the GUI thread whatever the database.
        """
        if keep is not None:
            self._follow = keep
        self._ahead = self._ahead_page = None  # this read supersedes one read ahead
        request = (self.queue, self.filter_bar.filters(), self.page_size)
        queue, filters, size = request
        desk = self.desk
        self.ops.run(Op(lambda: queue_page(desk.uow(), queue, filters, None, size),
                        done=lambda page: self._first_page(page, request),
                        errors=self.page_errors, failed=self._page_failed,
                        long=bool(filters.search.strip()), key="queue.page", latest=True))

    def _search_now(self) -> None:
        """Enter, Esc or a filter: read at once (a pending pause has nothing left to do)."""
        self._typing.stop()
        self.refresh()

    def _first_page(self, page: QueuePage, request: tuple[str, QueueFilters, int]) -> None:
        follow, self._follow = self._follow, None
        kept = follow if follow is not None else self.selected_id()
        self._paging = request
        self.all_orders = page.all_orders  # the page searched every order, not the queue
        self.problem.clear()
        self.model.show_first(page)
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
        self._show_empty(request[1])
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
        if follow is not None and self.selected_id() != follow:
            self.show_order(follow)  # the order left this queue: keep showing it

    def _show_empty(self, filters: QueueFilters) -> None:
        """An empty list says why and what to do, never a blank table."""
        if self.model.rowCount():
            self.empty_note.hide()
            return
        self.empty_note.setText(empty_text(self.queue, filters, self.all_orders))
        self.empty_note.show()

    def _page_failed(self, exc: BaseException) -> None:
        self._follow = None
        self._ahead = None  # a page read ahead that failed is read again on waking
        if isinstance(exc, DatabaseUnavailable):  # nothing was being saved: say what helps
            self.problem.show_text(self.tr("The database cannot be reached; showing the "
                                           "last rows read. F5 tries again."))

    def reload(self) -> None:
        """F5: the first page and the estates, read again."""
        self.refresh()
        self.estates.refresh(self.ops, self.desk, self.page_errors)

    def _next_page(self, cursor: str) -> None:
        """The view scrolled near the end: read the page after `cursor` with the same
        queue and filters as the first one."""
        queue, filters, size = self._paging
        generation, desk = self.model.generation, self.desk
        self.ops.run(Op(lambda: queue_page(desk.uow(), queue, filters, cursor, size),
                        done=lambda page: self.model.append(page, generation),
                        errors=self.page_errors,
                        failed=lambda _exc: self.model.stop_paging(),
                        long=bool(filters.search.strip()), key="queue.more"))

    def repaint_deadlines(self) -> None:
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, self.model.columnCount() - 1))

    def _on_change(self, entities: frozenset[str]) -> None:
        if QtChangeFeed.touches(entities, "ticket"):
            self.refresh()
        if QtChangeFeed.touches(entities, "customer"):
            self.estates.refresh(self.ops, self.desk, self.page_errors)

    def _after_step(self, ticket_id: int) -> None:
        self.refresh(keep=ticket_id)

    # --- the selected order --------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(index.row()).id

    def _row_changed(self) -> None:
        """The order beside the list; while F6 brings the window up, the turn after the
        list's first paint (on the desk's own file the detail is read inline: 4-11 ms
        more before the list could be seen)."""
        if self.hurried and not self.isVisible():
            if not self._detail_waits:
                self._detail_waits = True
                after_first_paint(self.table.viewport(), self._detail_after_paint)
        else:
            self.open_current()

    def _detail_after_paint(self) -> None:
        self._detail_waits = False
        self.open_current()

    def open_current(self) -> None:
        self.show_order(self.selected_id())

    def show_order(self, ticket_id: int | None) -> None:
        if ticket_id is None:
            self._show_detail(None)
            return
        desk = self.desk
        self.ops.run(Op(lambda: ticket_detail(desk.uow(), ticket_id),
                        done=self._show_detail, errors=self.page_errors,
                        failed=lambda _exc: self._show_detail(None), key="queue.detail",
                        latest=True))

    def _show_detail(self, detail: TicketDetail | None) -> None:
        self.detail.show_detail(detail, self.desk.clock())
        self.action_bar.show_detail(detail)

    def open_order(self, ticket_id: int) -> None:
        """Show one order (e.g. from an overdue alert): searched by number, which looks
        across all orders, so it is listed even when it has left the open queue."""
        self.filter_bar.search.setText(format_ticket_number(ticket_id))
        self._follow = ticket_id
        if self.queue != "open":
            self.show_queue("open")  # emits -> refresh
        else:
            self.refresh()
        self.raise_()
        self.activateWindow()
        self.table.setFocus()

    def focus_actions(self) -> None:
        """Enter on a row: the detail is shown; go to its first step that applies."""
        self.open_current()
        for button in self.action_bar.buttons.values():
            if button.isEnabled():
                button.setFocus()
                return
        self.detail.history.setFocus()

    def focus_search(self) -> None:
        self.filter_bar.search.setFocus()
        self.filter_bar.search.selectAll()

    def _follow_changes(self) -> None:
        if self._live and self.feed is None:
            self.feed = QtChangeFeed.for_desk(self.desk, self)
            self.feed.changed.connect(self._on_change)
        self._tick.start(60_000)

    def reopen(self) -> None:
        """F6 after closing: the same window (not 100 ms of widgets anew), following changes
        again from the first page; a prepared (dormant) one reads for the first time now."""
        if self.dormant:
            self.wake()
            return
        self._follow_changes()
        self.reload()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._tick.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None
        super().closeEvent(event)
