"""The shift leader's overdue alerts on the desk window (rule 2.8).

Every desk sweeps on a timer (`ticket.overdue_sweep_seconds`): the sweep flags and
escalates each order that became overdue, once, whichever desk gets there first. A shift
leader's or supervisor's desk then reads the alerts after its cursor, on the same timer
and whenever the change feed reports a ticket change (another desk's sweep), and lists
each new one once in a dock: order number, customer, unit and how late. Enter opens the
order in the queues window, Delete dismisses it, Ctrl+Shift+O goes to the list. An
agent's desk sweeps too but shows nothing. The list itself is `alert_list.AlertPanel`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDockWidget

from app.ui.change_feed_qt import QtChangeFeed
from app.ui.ops import Op
from app.ui.slots import Slot
from app.ui.tickets.alert_list import LATENESS_TICK_MS, AlertPanel
from app.ui.window_events import window_event
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.tickets.escalation import (
    OverdueAlert,
    overdue_alerts_since,
    sweep_interval_seconds,
    sweep_overdue,
)

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

LOOKBACK = timedelta(hours=12)  # a leader signing in sees the alerts of the running shift
SHORTCUT = "Ctrl+Shift+O"
DEFAULT_SWEEP_SECONDS = 60.0  # until the setting is read


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
        self.leader = desk.actor is not None and allowed(desk.actor.role,
                                                          Permission.TICKET_OVERDUE_ALERTS)
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
        self.panel.list.overdue_queue.connect(self.open_overdue_queue)
        # one clock for every line's lateness: the lines on screen are retold on its tick
        self.lateness_timer = QTimer(self)
        self.lateness_timer.setInterval(LATENESS_TICK_MS)
        self.lateness_timer.timeout.connect(self._tell_lateness)
        self.lateness_timer.start()
        title = QCoreApplication.translate("OverdueAlerts", "Overdue alerts (%1)")
        self.dock = self.window.add_side_panel(self.panel, title.replace(
            "%1", SHORTCUT))
        self.dock.setObjectName("overdueAlertDock")
        self.dock.hide()  # it appears with the first alert
        self._sized = False
        QShortcut(QKeySequence(SHORTCUT), self.window, self.focus_list)

    def _size_dock(self) -> None:
        """ROWS_SHOWN alerts whole, taking at most three fifths of the height of its dock
        area from the panels above it (the etiquette script keeps the rest)."""
        if self.panel is None or self.dock is None or not self.dock.isVisible():
            return
        title = self.dock.style().pixelMetric(self.dock.style().PixelMetric.PM_TitleBarHeight)
        area = self.window.dockWidgetArea(self.dock)
        others = [d for d in self.window.findChildren(QDockWidget)
                  if d is not self.dock and d.isVisible() and not d.isFloating()
                  and self.window.dockWidgetArea(d) == area]
        total = self.dock.height() + sum(d.height() for d in others)
        wanted = min(self.panel.wanted_height() + title, total * 3 // 5)
        if not others or wanted <= self.dock.height():
            self.window.resizeDocks([self.dock], [wanted], Qt.Orientation.Vertical)
            return
        # the panels above give up what the dock takes, each in proportion to its height
        rest = total - wanted
        share = sum(d.height() for d in others)
        self.window.resizeDocks([*others, self.dock],
                                [d.height() * rest // share for d in others] + [wanted],
                                Qt.Orientation.Vertical)

    def _tell_lateness(self) -> None:
        if self.panel is not None:
            self.panel.refresh_lateness(self.desk.clock())

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
        if self.panel is not None and not fresh:
            self.panel.refresh_lateness(self.desk.clock())  # _show tells it with the new
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
        self.shown.update(alert.ticket_id for alert in alerts)
        self.panel.add(alerts, self.desk.clock())
        first = self.dock.isHidden() and not self._sized
        self.dock.show()
        self.dock.raise_()
        if first:  # tall enough for ROWS_SHOWN alerts, once: the user's own size then stays
            self._sized = True
            QTimer.singleShot(0, self._size_dock)  # once the shown dock is laid out
        # counts the alerts this check newly listed, not the overdue open orders the queue
        # flags (those are the 已超时 queue's count): say so, "new alerts"
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "OverdueAlerts", "%1 new overdue alert(s) in the list: Ctrl+Shift+O").replace(
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

    def open_overdue_queue(self) -> None:
        """The fold line: the orders no longer listed one by one are in the overdue queue."""
        from app.ui.tickets.install import open_queues  # install.py imports this module

        queues = open_queues(self.window, self.desk)
        queues.filter_bar.search.clear()  # an order opened from an alert searched for it
        if queues.queue == "overdue":
            queues.refresh()
        else:
            queues.show_queue("overdue")  # emits -> refresh
        queues.raise_()
        queues.activateWindow()

    def stop(self) -> None:
        self.timer.stop()
        if self.panel is not None:
            self.lateness_timer.stop()
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # a closed desk window is hidden by the close (minimising hides spontaneously)
        if window_event(self, watched, event, QEvent.Type.Hide) and not event.spontaneous():
            self.stop()
        return False


OVERDUE_WATCH = Slot("queues.overdue_watch", OverdueWatch)


def install_overdue_alerts(window: DeskWindow, live: bool = True) -> OverdueWatch:
    """Call once per desk window: the sweep timer, and for leaders the alert dock."""
    watch = window.slots.put(OVERDUE_WATCH, OverdueWatch(window, window.desk, live=live))
    if watch.leader:
        QTimer.singleShot(0, watch.check)  # what happened before sign-in
    return watch
