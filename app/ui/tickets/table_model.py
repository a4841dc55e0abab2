"""The queue as a Qt table: a row cache filled page by page through a keyset cursor.

The view asks `canFetchMore`/`fetchMore` when the user scrolls near the end; the model
then asks its window for the page after the last row's cursor (`more_wanted`), and the
window reads it through its operation runner and hands it back (`append`). The model
itself never touches the database, so a slow read never freezes the view. Nothing counts
the queue and nothing skips rows with OFFSET, so a refresh costs one page however long the
queue is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.ui import timefmt
from app.ui.intake.history_panel import DUE_SOON_BG, OVERDUE_BG
from app.ui.tickets import labels
from app.workflows.tickets.queues import QueuePage, QueueRow

PAUSED_BG = QColor("#e3ebf5")
TONES = {"overdue": OVERDUE_BG, "soon": DUE_SOON_BG, "paused": PAUSED_BG}
COLUMNS = ("number", "due", "level", "status", "category", "customer", "address", "unit",
           "assignee", "received", "description")
Index = QModelIndex | QPersistentModelIndex
_DISPLAY, _BACKGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.BackgroundRole)
_PAINTED = frozenset(int(role) for role in (  # asked by the delegate, answered by the view
    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.CheckStateRole,
    Qt.ItemDataRole.DecorationRole))
_DUE = COLUMNS.index("due")


class QueueTableModel(QAbstractTableModel):
    more_wanted = Signal(str)  # the cursor after the last row: read the next page

    def __init__(self, clock: Callable[[], datetime], parent: Any = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rows: list[QueueRow] = []
        self._texts: list[tuple[str, ...]] = []  # each row's cells, formatted on arrival
        self._cursor: str | None = None
        self._done = True
        self._waiting = False  # a next page was asked for and has not arrived
        self.generation = 0  # grows with every first page; older next pages are dropped
        self._titles: list[str] | None = None  # translated once (the language is fixed)

    # --- loading -------------------------------------------------------------------------
    def show_first(self, page: QueuePage) -> None:
        """Start over at this first page (another queue, filter, or a change elsewhere)."""
        self.beginResetModel()
        self._rows = list(page.rows)
        self._texts = self._format(page.rows)
        self._cursor = page.cursor
        self._done = page.cursor is None
        self._waiting = False
        self.generation += 1
        self.endResetModel()

    def append(self, page: QueuePage, generation: int) -> None:
        """The next page asked for by `more_wanted`, unless a new first page came since."""
        if generation != self.generation:
            return
        self._waiting = False
        self._cursor = page.cursor
        self._done = page.cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self._texts.extend(self._format(page.rows))
            self.endInsertRows()

    def stop_paging(self) -> None:
        """A next page could not be read: keep what is shown; F5 starts over."""
        self._waiting = False
        self._done = True

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._done and not self._waiting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent) or self._cursor is None:
            return
        self._waiting = True
        self.more_wanted.emit(self._cursor)

    # --- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def row_at(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_of(self, ticket_id: int) -> int | None:
        for number, found in enumerate(self._rows):
            if found.id == ticket_id:
                return number
        return None

    def tone(self, row: int) -> str:
        """'overdue', 'soon', 'paused' or '' at the clock's present moment."""
        return self._rows[row].deadline(self._clock())

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> list[str]:
        """The titles, translated on first use: the header asks for a title each time it
        paints a section (about 570 times while a queues window opens), and eleven
        translations per call were a millisecond or two of each opening."""
        if self._titles is None:
            self._titles = [
                self.tr("Order"), self.tr("Due"), self.tr("Level"), self.tr("Status"),
                self.tr("Category"), self.tr("Customer"), self.tr("Address"),
                self.tr("Unit"), self.tr("Assignee"), self.tr("Received"),
                self.tr("Description")]
        return self._titles

    def column_widths(self, metrics: QFontMetrics, last: int = 200) -> list[int]:
        """Widths that show each column's widest usual text whole (and its title), in this
        font: a date with its year and the longest lateness, a four-character name. The
        description (last) takes what is left; the table scrolls sideways beyond that."""
        moment = self._clock()
        due = timefmt.fmt(moment - timedelta(days=400), timefmt.SHORT) + self.tr(
            " (%1)").replace("%1", labels.late_text(timedelta(days=99, hours=23)))
        samples = {"number": "GD00000000", "due": due, "level": "3",
                   "status": _widest(labels.statuses().values(), metrics)
                   + _widest((self.tr(" (escalated)"), self.tr(" (overdue, reported)")),
                             metrics),
                   "category": _widest(labels.categories().values(), metrics),
                   "customer": "欧阳晓明",
                   "address": "高新区康乐城11号楼4单元1020室", "unit": "换热站运行班",
                   "assignee": "欧阳晓明", "received": timefmt.fmt(
                       moment - timedelta(days=400), timefmt.SHORT), "description": ""}
        pad = 2 * metrics.horizontalAdvance("M")
        titles = self.column_titles()
        return [last if column == "description" else
                max(metrics.horizontalAdvance(samples[column]),
                    metrics.horizontalAdvance(titles[number])) + pad
                for number, column in enumerate(COLUMNS)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._texts[index.row()][index.column()]
            return text + self._left(row) if COLUMNS[index.column()] == "due" else text
        if role == Qt.ItemDataRole.BackgroundRole:
            color = TONES.get(row.deadline(self._clock()))
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return labels.deadline_tip(row.deadline(self._clock())) or None
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == timefmt.SORT_ROLE:  # a time column sorts by the moment, not its text
            column = COLUMNS[index.column()]
            if column in ("due", "received"):
                return timefmt.sort_key(row.due_at if column == "due" else row.received_at)
            return self._texts[index.row()][index.column()]
        return None

    def multiData(self, index: Index,  # noqa: N802 (Qt)
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        """A painted cell's roles in one pass: its row, the clock and the deadline's tone
        looked up once, not once per role (seven roles per cell, about 300 cells on a
        screen; `data()` answers the roles painting does not ask for). The loop is
        `cell_roles.OneCallPerCell`'s written out: through a shared helper taking a
        function per role, a repaint of the list took 5 % longer."""
        slots: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        number = index.row()
        if not index.isValid() or not 0 <= number < len(self._rows):
            for i in range(len(slots)):
                slots[i].clearData()
            return
        row, column, now = self._rows[number], index.column(), self._clock()
        tone = row.deadline(now)
        for i in range(len(slots)):
            slot = slots[i]
            role = slot.role()
            if role == _DISPLAY:
                text = self._texts[number][column]
                value: Any = text + self._left(row, tone, now) if column == _DUE else text
            elif role == _BACKGROUND:
                color = TONES.get(tone)
                value = QBrush(color) if color is not None else None
            elif role in _PAINTED:
                value = None  # font, alignment, colour, check box, icon: the view's own
            else:
                value = self.data(index, role)
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)

    def _left(self, row: QueueRow, tone: str | None = None, now: datetime | None = None) -> str:
        """The deadline in words, readable on a selected row that hides the colour."""
        now = self._clock() if now is None else now
        tone = row.deadline(now) if tone is None else tone
        if tone == "overdue":
            return self.tr(" (%1)").replace("%1", labels.late_text(now - row.due_at))
        if tone == "soon":
            return self.tr(" (%1)").replace("%1", labels.left_text(row.due_at - now))
        return ""

    def _format(self, rows: Sequence[QueueRow]) -> list[tuple[str, ...]]:
        """The cells of these rows as text, once per page: painting a screenful of cells
        then costs a list lookup each, not a round of translations and date formatting.
        Only the time left on the deadline is added when painted, since it moves."""
        categories, statuses = labels.categories(), labels.statuses()
        paused, escalated = self.tr(" (paused)"), self.tr(" (escalated)")
        reported = self.tr(" (overdue, reported)")
        formatted = []
        for row in rows:
            status = statuses.get(row.status, row.status)
            if row.paused_at is not None:
                status += paused
            # rule 2.8: 已升级 only for a person's escalation step; the sweep's overdue flag
            # (已超时 by the system in the history) says it was reported for being late
            if row.escalated_at is not None:
                status += escalated
            elif row.overdue_at is not None:
                status += reported
            cells = {"number": row.number, "due": timefmt.fmt(row.due_at, timefmt.SHORT),
                     "level": str(row.level), "status": status,
                     "category": categories.get(row.category, row.category),
                     "customer": row.customer_name, "address": row.address,
                     "unit": row.unit_name, "assignee": row.assignee_name,
                     "received": timefmt.fmt(row.received_at, timefmt.SHORT),
                     "description": row.description.replace("\n", " ")}
            formatted.append(tuple(cells[column] for column in COLUMNS))
        return formatted


def _widest(texts: Iterable[str], metrics: QFontMetrics) -> str:
    return max(texts, key=metrics.horizontalAdvance, default="")


def queue_table(model: QueueTableModel, current_changed: Callable[[], object],
                activated: Callable[[], object], parent: QWidget | None = None) -> QTableView:
    """The queue's table over `model`: whole rows, one at a time, read-only; the window
    follows the current row and Enter (`activated`). Made in `parent`, where it is
    shown: its headers and scroll bars are styled once, not again when it is moved."""
    table = QTableView(parent)
    table.setObjectName("queueTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(False)  # the deadline colours must stand out
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(model.column_widths(table.fontMetrics())):
        header.resizeSection(column, width)  # whole texts at any screen; scrolls beyond
    table.selectionModel().currentRowChanged.connect(lambda *_: current_changed())
    table.activated.connect(lambda _: activated())
    return table
