"""The overdue alerts as a list a shift leader can read at any length (rule 2.8).

A model/view list: each alert's lateness is told when its line is drawn, from one shared
"now", so an arrival adds its lines in one batch and a tick repaints only the lines on
screen; at most MAX_LINES are listed one by one, the oldest folded into one line that opens
the overdue queue. `AlertPanel` is what the desk's dock holds; `overdue_alerts.OverdueWatch`
feeds it.
"""

from __future__ import annotations

from collections import deque
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.cell_roles import OneCallPerCell
from app.ui.tickets.labels import late_text
from app.workflows.tickets.escalation import OverdueAlert

MAX_LINES = 300  # lines listed one by one; the oldest beyond are folded into one line
LAYOUT_BATCH = 50  # lines the list measures per event-loop pass
LATENESS_TICK_MS = 30_000  # how often the lines on screen retell how late they are
ROWS_SHOWN = 8  # alerts the dock shows without scrolling when it first appears
SEPARATOR = "  ·  "
NO_BREAK_SPACE, WORD_JOINER = "\u00a0", "\u2060"


class AlertModel(OneCallPerCell, QAbstractListModel):
    """The listed alerts, oldest first, at most `cap` lines: the oldest beyond it are
    folded into one first line ("and N more: open the overdue queue").

    A line's lateness is worked out when the view asks for it (`data`), from the order's
    deadline and one `now` for the whole list (`set_now`): nothing is rewritten per line
    when the clock moves. An arrival is one insert of its lines (and, over the cap, one
    removal of the oldest and the fold line's update)."""

    def __init__(self, cap: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cap = cap
        self.alerts: deque[OverdueAlert] = deque()
        self.folded = 0  # oldest alerts no longer listed one by one
        self.now: datetime | None = None

    # --- rows: [fold line] + alerts -------------------------------------------------------
    def _offset(self) -> int:
        return 1 if self.folded else 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008, N802
                 ) -> int:
        return 0 if parent.isValid() else len(self.alerts) + self._offset()

    def is_fold(self, row: int) -> bool:
        return bool(self.folded) and row == 0

    def alert(self, row: int) -> OverdueAlert | None:
        index = row - self._offset()
        return self.alerts[index] if 0 <= index < len(self.alerts) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        if self.is_fold(row):
            if role == Qt.ItemDataRole.DisplayRole:
                return fold_text(self.folded)
            if role == Qt.ItemDataRole.ToolTipRole:
                return fold_text(self.folded)
            return None
        alert = self.alert(row)
        if alert is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return line_text(alert, self.now or alert.alerted_at)
        if role == Qt.ItemDataRole.UserRole:
            return alert.ticket_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return alert.description
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(Qt.GlobalColor.darkRed)
        return None

    # --- changes ---------------------------------------------------------------------------
    def set_now(self, now: datetime) -> None:
        """The moment every line's lateness is told at; the view repaints what it shows."""
        self.now = now

    def append(self, alerts: list[OverdueAlert]) -> None:
        """New lines at the end in one insert; the oldest beyond the cap are folded."""
        if not alerts:
            return
        fold = max(len(alerts) - self.cap, 0)  # more in one arrival than the cap
        alerts = alerts[fold:]
        drop = max(len(self.alerts) + len(alerts) - self.cap, 0)
        if drop:
            offset = self._offset()
            self.beginRemoveRows(QModelIndex(), offset, offset + drop - 1)
            for _ in range(drop):
                self.alerts.popleft()
            self.endRemoveRows()
        self._fold_more(drop + fold)
        first = self.rowCount()
        self.beginInsertRows(QModelIndex(), first, first + len(alerts) - 1)
        self.alerts.extend(alerts)
        self.endInsertRows()

    def _fold_more(self, count: int) -> None:
        if not count:
            return
        if self.folded:
            self.folded += count
            top = self.index(0)
            self.dataChanged.emit(top, top, [Qt.ItemDataRole.DisplayRole,
                                             Qt.ItemDataRole.ToolTipRole])
        else:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self.folded = count
            self.endInsertRows()

    def remove(self, row: int) -> None:
        """Dismiss one line (the fold line: the folded alerts with it)."""
        if not 0 <= row < self.rowCount():
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        if self.is_fold(row):
            self.folded = 0
        else:
            del self.alerts[row - self._offset()]
        self.endRemoveRows()


def unbroken(text: str) -> str:
    """The text kept on one line: no-break spaces for its spaces and a word joiner between
    its other characters (Chinese may otherwise break between any two characters), so a
    wrapped alert never reads "超时 10 小时 11 / 分钟"."""
    glued = text.replace(" ", NO_BREAK_SPACE)
    return WORD_JOINER.join(glued)


def line_text(alert: OverdueAlert, now: datetime) -> str:
    """Two lines: the order number · the customer, then the unit · how late; each part
    stays whole, a narrow dock wraps only at a " · "."""
    nobody = QCoreApplication.translate("OverdueAlerts", "(no customer)")
    first = [alert.number, alert.customer_name or nobody]
    second = [alert.unit_name, late_text(alert.late_by(now))]
    return "\n".join(SEPARATOR.join(unbroken(part) for part in parts)
                     for parts in (first, second))


def read_text(shown: str) -> str:
    """An alert's line as read aloud (and by tests): the parts joined with " · ", the glue
    taken out."""
    return shown.replace("\n", SEPARATOR).replace(WORD_JOINER, "").replace(NO_BREAK_SPACE, " ")


def fold_text(count: int) -> str:
    return QCoreApplication.translate(
        "OverdueAlerts", "and %1 more earlier: Enter opens the overdue queue").replace(
        "%1", f"{count:,}")


class AlertList(QListView):
    """One line per alert; Enter emits `opened(ticket_id)` (on the fold line
    `overdue_queue()`), Delete dismisses the line."""

    opened = Signal(int)
    overdue_queue = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueAlertList")
        # a narrow dock wraps each line instead of cutting it off behind a scroll bar
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setAlternatingRowColors(True)  # where one two-line alert ends and the next starts
        # each wrapped line is measured to lay the list out: a few lines per event-loop
        # pass, so a full list never holds the desk for the whole of it
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(LAYOUT_BATCH)
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        model = self.model()
        if isinstance(model, AlertModel) and model.is_fold(index.row()):
            self.overdue_queue.emit()
        elif index.isValid():
            self.opened.emit(index.data(Qt.ItemDataRole.UserRole))

    def currentRow(self) -> int:  # noqa: N802 (as QListWidget names it)
        return self.currentIndex().row()

    def setCurrentRow(self, row: int) -> None:  # noqa: N802 (as QListWidget names it)
        self.setCurrentIndex(self.model().index(row, 0))

    def count(self) -> int:
        return self.model().rowCount()

    def visible_rows(self) -> tuple[int, int] | None:
        """The first and last row on screen, or None when none is."""
        rows = self.model().rowCount()
        if not rows or not self.isVisible():
            return None
        top = self.indexAt(QPoint(1, 1))
        if not top.isValid():
            return None
        bottom = self.indexAt(QPoint(1, self.viewport().height() - 2))
        return top.row(), bottom.row() if bottom.isValid() else rows - 1

    def heights_stale(self, first: int, last: int) -> bool:
        """Whether a line among these wraps to another height than it was laid out at
        (a lateness grown longer, "59 min" -> "1 h 00 min", may need another line)."""
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        delegate, model = self.itemDelegate(), self.model()
        for row in range(first, last + 1):
            index = model.index(row, 0)
            option.rect = self.visualRect(index)  # the width it wraps at (a null rect: none)
            if delegate.sizeHint(option, index).height() != option.rect.height():
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        model = self.model()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) \
                and self.currentIndex().isValid() and isinstance(model, AlertModel):
            model.remove(self.currentRow())
            return
        super().keyPressEvent(event)


class AlertPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, cap: int = MAX_LINES) -> None:
        super().__init__(parent)
        self.setObjectName("overdueAlertPanel")
        self.hint = QLabel(QCoreApplication.translate(
            "OverdueAlerts", "New overdue orders, escalated to you (rule 2.8). "
                              "Enter opens the order, Delete dismisses it."))
        self.hint.setWordWrap(True)
        self.model = AlertModel(cap, self)
        self.list = AlertList()
        self.list.setModel(self.model)
        self.box = box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)

    def add(self, alerts: list[OverdueAlert], now: datetime) -> None:
        """List an arrival's alerts (one insert), every line late as at `now` (the insert
        lays the view out again and repaints what it shows)."""
        self.model.set_now(now)
        self.model.append(alerts)

    def refresh_lateness(self, now: datetime) -> None:
        """How late each listed order is, at `now`: the lines on screen are repainted
        (the others are told when they are scrolled to)."""
        if now == self.model.now:
            return
        self.model.set_now(now)
        self._repaint_shown()

    def _repaint_shown(self) -> None:
        # Not dataChanged: on it QListView (Qt 6.11) measures every row again, wrapped
        # text and all (18 ms for 300 lines); a repaint reads only the lines on screen.
        shown = self.list.visible_rows()
        if shown is None:
            return
        if self.list.heights_stale(*shown):
            self.list.scheduleDelayedItemsLayout()
        else:
            self.list.viewport().update()

    def line(self, row: int) -> str:
        """The text of one line as read (read_text of what is shown); tests read it."""
        return read_text(str(self.model.index(row).data()))

    def wanted_height(self, rows: int = ROWS_SHOWN) -> int:
        """The panel's height showing the hint and `rows` two-line alerts whole."""
        metrics = self.list.fontMetrics()
        spacing = 2 * self.list.frameWidth() + 2 * self.list.spacing()
        row = 2 * metrics.lineSpacing() + 6  # two lines and the item's margins
        if self.model.rowCount():
            row = max(row, self.list.sizeHintForRow(self.model.rowCount() - 1))
        margins = self.box.contentsMargins()
        return (margins.top() + margins.bottom() + self.box.spacing()
                + self.hint.sizeHint().height() + spacing + rows * (row + self.list.spacing()))

    def ticket_ids(self) -> list[int]:
        """The alerts listed one by one, oldest first; tests read it."""
        return [a.ticket_id for a in self.model.alerts]
