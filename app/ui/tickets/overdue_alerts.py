"""The shift leader's overdue alerts on the desk window (rule 2.8).

Every desk sweeps on a timer (`ticket.overdue_sweep_seconds`): the sweep flags and
escalates each order that became overdue, once, whichever desk gets there first. A shift
leader's or supervisor's desk then reads the alerts after its cursor, on the same timer
and whenever the change feed reports a ticket change (another desk's sweep), and lists
each new one once in a dock: order number, customer, unit and how late. Enter opens the
order in the queues window, Delete dismisses it, Ctrl+Shift+O goes to the list. An
agent's desk sweeps too but shows nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.change_feed_qt import QtChangeFeed
from app.ui.ops import Op
from app.ui.slots import Slot
from app.ui.tickets.labels import late_text
from app.workflows.desk import Desk
from app.workflows.tickets.escalation import (
    OverdueAlert,
    overdue_alerts_since,
    sweep_interval_seconds,
    sweep_overdue,
)
from app.workflows.vocab import Role

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

LEADER_ROLES = frozenset({Role.SHIFT_LEADER.value, Role.SUPERVISOR.value})  # rule 2.8
LOOKBACK = timedelta(hours=12)  # a leader signing in sees the alerts of the running shift
SHORTCUT = "Ctrl+Shift+O"
DEFAULT_SWEEP_SECONDS = 60.0  # until the setting is read


class AlertList(QListWidget):
    """One line per alert; Enter emits `opened(ticket_id)`, Delete dismisses the line."""

    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueAlertList")
        # a narrow dock wraps each line instead of cutting it off behind a scroll bar
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemActivated.connect(
            lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentItem():
            self.takeItem(self.currentRow())
            return
        super().keyPressEvent(event)


class AlertPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueAlertPanel")
        self.hint = QLabel(QCoreApplication.translate(
            "OverdueAlerts", "New overdue orders, escalated to you (rule 2.8). "
                              "Enter opens the order, Delete dismisses it."))
        self.hint.setWordWrap(True)
        self.list = AlertList()
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)

    def add(self, alert: OverdueAlert, now: datetime) -> None:
        nobody = QCoreApplication.translate("OverdueAlerts", "(no customer)")
        parts = [alert.number, alert.customer_name or nobody, alert.unit_name,
                 late_text(alert.late_by(now))]
        item = QListWidgetItem("  ·  ".join(parts))
        item.setData(Qt.ItemDataRole.UserRole, alert.ticket_id)
        item.setData(Qt.ItemDataRole.UserRole + 1, alert)
        item.setToolTip(alert.description)
        item.setForeground(Qt.GlobalColor.darkRed)
        self.list.addItem(item)

    def refresh_lateness(self, now: datetime) -> None:
        """How late each listed order is, at `now` (the lines are re-read on every tick)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            alert: OverdueAlert = item.data(Qt.ItemDataRole.UserRole + 1)
            parts = item.text().split("  ·  ")
            parts[-1] = late_text(alert.late_by(now))
            item.setText("  ·  ".join(parts))

    def ticket_ids(self) -> list[int]:
        """The alerts listed, oldest first; tests read it."""
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.list.count())]


class OverdueWatch(QObject):
    """Sweeps on a timer at every desk; lists new alerts once on a leader's desk.

    Sweeps and reads run through the desk window's operation runner off the GUI thread,
    so a slow or unreachable database never freezes the desk; the desk's offline banner
    says when it is unreachable and the next tick tries again.
    """

    alerted = Signal(int)  # how many new alerts were listed

    def __init__(self, window: DeskWindow, desk: Desk, *, live: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.leader = desk.actor is not None and desk.actor.role in LEADER_ROLES
        self.cursor: tuple[datetime, int] | None = (desk.clock() - LOOKBACK, 0)
        self.shown: set[int] = set()
        self.panel: AlertPanel | None = None
        self.dock: QDockWidget | None = None
        self.feed: QtChangeFeed | None = None
        self.last_new = 0  # how many new alerts the last check listed (tests read it)
        self._again: bool | None = None  # a check asked for while one ran (sweep or not)
        self.timer = QTimer(self)
        self.timer.setInterval(int(DEFAULT_SWEEP_SECONDS * 1000))
        self.timer.timeout.connect(lambda: self.check(sweep=True))
        self.timer.start()
        window.ops.run(Op(lambda: sweep_interval_seconds(desk.uow()),
                          done=self._set_interval, long=True, key="overdue.interval",
                          quiet=True))
        if self.leader:
            self._build_panel()
            if live:
                self.feed = QtChangeFeed.for_desk(desk, self)
                self.feed.changed.connect(self._on_change)
        window.installEventFilter(self)

    def _set_interval(self, seconds: float) -> None:
        self.timer.setInterval(int(seconds * 1000))

    def _build_panel(self) -> None:
        self.panel = AlertPanel()
        self.panel.list.opened.connect(self.open_order)
        title = QCoreApplication.translate("OverdueAlerts", "Overdue alerts (%1)")
        self.dock = self.window.add_side_panel(self.panel, title.replace(
            "%1", SHORTCUT))
        self.dock.setObjectName("overdueAlertDock")
        self.dock.hide()  # it appears with the first alert
        QShortcut(QKeySequence(SHORTCUT), self.window, self.focus_list)

    def check(self, sweep: bool = True) -> bool:
        """Sweep (any desk) and read the leader's new alerts, off the GUI thread; the
        new ones are listed when they arrive (`last_new` says how many). A check asked for
        while one runs follows it. False when it waits for the running one."""
        if self.window.ops.is_running("overdue.check"):
            self._again = bool(self._again) or sweep
            return False
        desk, leader, cursor = self.desk, self.leader, self.cursor

        def call() -> list[OverdueAlert]:
            if sweep:
                sweep_overdue(desk.uow())
            return overdue_alerts_since(desk.uow(), cursor) if leader else []

        return self.window.ops.run(Op(call, done=self._arrived, failed=self._failed,
                                      long=True, key="overdue.check", quiet=True))

    def _arrived(self, alerts: list[OverdueAlert]) -> None:
        fresh = [a for a in alerts if a.ticket_id not in self.shown]
        if self.panel is not None:
            self.panel.refresh_lateness(self.desk.clock())
        if alerts:
            self.cursor = alerts[-1].cursor
        self.last_new = len(fresh)
        if fresh:
            self._show(fresh)
        self._follow_up()

    def _failed(self, _exc: BaseException) -> None:
        self.last_new = 0
        self._follow_up()

    def _follow_up(self) -> None:
        again, self._again = self._again, None
        if again is not None:
            self.check(sweep=again)

    def _show(self, alerts: list[OverdueAlert]) -> None:
        assert self.panel is not None and self.dock is not None
        now = self.desk.clock()
        for alert in alerts:
            self.shown.add(alert.ticket_id)
            self.panel.add(alert, now)
        self.dock.show()
        self.dock.raise_()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "OverdueAlerts",
                "%1 work order(s) became overdue and were escalated: Ctrl+Shift+O").replace(
                "%1", str(len(alerts))), 15000)
        QApplication.alert(self.window)
        self.alerted.emit(len(alerts))

    def _on_change(self, entities: frozenset[str]) -> None:
        if QtChangeFeed.touches(entities, "ticket"):
            self.check(sweep=False)

    def focus_list(self) -> None:
        if self.dock is not None and self.panel is not None:
            self.dock.show()
            self.panel.list.setFocus()
            if self.panel.list.currentRow() < 0 and self.panel.list.count():
                self.panel.list.setCurrentRow(0)

    def open_order(self, ticket_id: int) -> None:
        from app.ui.tickets.install import open_queues  # install.py imports this module

        open_queues(self.window, self.desk).open_order(ticket_id)

    def stop(self) -> None:
        self.timer.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # a closed desk window is hidden by the close (minimising hides spontaneously)
        if watched is self.window and event.type() == QEvent.Type.Hide \
                and not event.spontaneous():
            self.stop()
        return False


OVERDUE_WATCH = Slot("queues.overdue_watch", OverdueWatch)


def install_overdue_alerts(window: DeskWindow, live: bool = True) -> OverdueWatch:
    """Call once per desk window: the sweep timer, and for leaders the alert dock."""
    watch = window.slots.put(OVERDUE_WATCH, OverdueWatch(window, window.desk, live=live))
    if watch.leader:
        QTimer.singleShot(0, watch.check)  # what happened before sign-in
    return watch
