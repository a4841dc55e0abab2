"""An order that becomes overdue alerts the shift leader's desk once and is escalated
(rule 2.8). The clock is a FixedClock moved past the due time; the sweep runs on
every desk, the alert shows only on a leader's. SQLite and PostgreSQL (the change feed is
live on both).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.tickets.install import OVERDUE_WATCH, QUEUE_WINDOW
from app.ui.tickets.overdue_alerts import OverdueWatch
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)


def _watch(window: DeskWindow) -> OverdueWatch:
    return window.slots.require(OVERDUE_WATCH)


def _check(qtbot: QtBot, window: DeskWindow) -> int:
    """Sweep and read as the timer would; the sweep runs off the GUI thread even on
    SQLite, so wait for its answer. Returns how many new alerts were listed."""
    watch = _watch(window)
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert watch.check()
    qtbot.waitUntil(lambda: not window.ops.busy)
    return watch.last_new


def test_overdue_order_alerts_the_leader_once_and_is_escalated_once(
        qtbot: QtBot, open_window: WindowFactory, desk, db, clock, basics) -> None:
    tid = new_ticket(db, clock, basics, level=1)  # received 09:30, due 11:30 (rule 5.2.2)
    leader = open_window(desk.signed_in(basics.leader))
    agent = open_window(desk.signed_in(basics.agent))
    watch = _watch(leader)
    listed: list[int] = []  # how many new alerts each listing showed
    watch.alerted.connect(listed.append)
    assert _check(qtbot, leader) == 0 and watch.panel.ticket_ids() == []
    assert not leader.findChild(type(watch.dock), "overdueAlertDock").isVisible()

    clock.advance(hours=2, minutes=25)  # 11:55: 25 minutes late
    assert _check(qtbot, agent) == 0  # the agent's desk sweeps and shows nothing
    assert _watch(agent).panel is None and _watch(agent).dock is None
    assert agent.findChild(type(watch.dock), "overdueAlertDock") is None

    _check(qtbot, leader)  # on PostgreSQL the feed may bring the agent's sweep first
    qtbot.waitUntil(lambda: listed == [1])
    assert watch.panel.ticket_ids() == [tid]
    line = watch.panel.line(0)
    assert line == f"GD{tid:08d}  ·  张伟  ·  第一供热所  ·  25 min late"
    assert watch.dock.isVisible()
    # the status bar counts the alerts newly listed, not the overdue orders in the queue
    assert leader.statusBar().currentMessage() == (
        "1 new overdue alert(s) in the list: Ctrl+Shift+O")
    for _ in range(3):  # later sweeps and change-feed reads show nothing again
        assert _check(qtbot, leader) == 0
        assert _check(qtbot, agent) == 0
    assert watch.panel.ticket_ids() == [tid] and listed == [1]
    clock.advance(minutes=40)  # the line says how late the order is now
    assert _check(qtbot, leader) == 0
    assert watch.panel.line(0).endswith("  ·  1 h 5 min late")

    ticket = get_ticket(UnitOfWork(db, basics.leader, clock), tid)
    assert ticket.escalated_at is not None  # rule 2.8: escalated to the shift leader
    assert event_count(db, tid, "overdue") == 1

    leader.activateWindow()
    qtbot.waitUntil(leader.isActiveWindow)
    qtbot.keyClick(leader, Qt.Key.Key_O,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert watch.panel.list.hasFocus() and watch.panel.list.currentRow() == 0
    qtbot.keyClick(watch.panel.list, Qt.Key.Key_Return)  # Enter opens it in the queues
    queues = leader.slots.require(QUEUE_WINDOW)
    qtbot.waitUntil(lambda: not queues.ops.busy and queues.detail.detail is not None)
    assert queues.detail.detail.id == tid
    queues.close()
    qtbot.keyClick(watch.panel.list, Qt.Key.Key_Delete)  # dismissed, and not shown again
    assert watch.panel.ticket_ids() == [] and _check(qtbot, leader) == 0


def test_a_leader_signing_in_sees_alerts_raised_meanwhile(
        qtbot: QtBot, open_window: WindowFactory, desk, db, clock, basics) -> None:
    tid = new_ticket(db, clock, basics, level=1)
    clock.advance(hours=3)
    agent = open_window(desk.signed_in(basics.agent))
    _check(qtbot, agent)  # another desk swept before the leader signed in
    leader = open_window(desk.signed_in(basics.leader))
    qtbot.waitUntil(lambda: _watch(leader).panel.ticket_ids() == [tid])
    assert event_count(db, tid, "overdue") == 1
