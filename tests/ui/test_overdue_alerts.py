"""An order that becomes overdue alerts the shift leader's desk once and is escalated
(rule 2.8, issue 3). The clock is a FixedClock moved past the due time; the sweep runs on
every desk, the alert shows only on a leader's. SQLite and PostgreSQL (the change feed is
live on both).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.ui.tickets.install import QUEUE_WINDOW
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)


def test_overdue_order_alerts_the_leader_once_and_is_escalated_once(
        qtbot: QtBot, open_window: WindowFactory, desk, db, clock, basics) -> None:
    tid = new_ticket(db, clock, basics, level=1)  # received 09:30, due 11:30 (rule 5.2.2)
    leader = open_window(desk.signed_in(basics.leader))
    agent = open_window(desk.signed_in(basics.agent))
    watch = leader.overdue_watch
    assert watch.check() == 0 and watch.panel.ticket_ids() == []
    assert not leader.findChild(type(watch.dock), "overdueAlertDock").isVisible()

    clock.advance(hours=2, minutes=25)  # 11:55: 25 minutes late
    assert agent.overdue_watch.check() == 0  # the agent's desk sweeps and shows nothing
    assert agent.overdue_watch.panel is None and agent.overdue_watch.dock is None
    assert agent.findChild(type(watch.dock), "overdueAlertDock") is None

    assert watch.check() == 1
    assert watch.panel.ticket_ids() == [tid]
    line = watch.panel.list.item(0).text()
    assert line == f"GD{tid:08d}  ·  张伟  ·  第一供热所  ·  25 min late"
    assert watch.dock.isVisible()
    for _ in range(3):  # later sweeps and change-feed reads show nothing again
        assert watch.check() == 0
        assert agent.overdue_watch.check() == 0
    assert watch.panel.ticket_ids() == [tid]
    clock.advance(minutes=40)  # the line says how late the order is now
    assert watch.check() == 0
    assert watch.panel.list.item(0).text().endswith("  ·  1 h 05 min late")

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
    qtbot.addWidget(queues)
    assert queues.detail.detail is not None and queues.detail.detail.id == tid
    queues.close()
    qtbot.keyClick(watch.panel.list, Qt.Key.Key_Delete)  # dismissed, and not shown again
    assert watch.panel.ticket_ids() == [] and watch.check() == 0


def test_a_leader_signing_in_sees_alerts_raised_meanwhile(
        qtbot: QtBot, open_window: WindowFactory, desk, db, clock, basics) -> None:
    tid = new_ticket(db, clock, basics, level=1)
    clock.advance(hours=3)
    agent = open_window(desk.signed_in(basics.agent))
    agent.overdue_watch.check()  # another desk swept before the leader signed in
    leader = open_window(desk.signed_in(basics.leader))
    qtbot.waitUntil(lambda: leader.overdue_watch.panel.ticket_ids() == [tid])
    assert event_count(db, tid, "overdue") == 1
