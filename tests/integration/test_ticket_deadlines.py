"""Deadlines, pauses and the overdue sweep, standing at chosen moments (rules 2.8, 5.2.2)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.deadlines import DeadlineState
from app.workflows.tickets.errors import IllegalTransition
from app.workflows.tickets.escalation import overdue_alerts_since, sweep_overdue
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.lifecycle import dispatch, resolve
from app.workflows.tickets.pause import pause, resume
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket


def test_pause_stops_the_clock_and_resume_moves_the_deadline(db, clock, basics):
    received = clock()
    tid = new_ticket(db, clock, basics, level=2)  # rule 5.2.2: due 8 h after receipt
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    assert get_ticket(agent(), tid).due_at == received + timedelta(hours=8)
    clock.advance(hours=1)
    paused = pause(agent(), tid, "客户不在家,约定明早上门")
    assert paused.paused_at == clock()
    clock.advance(hours=9)  # past the original deadline while waiting for the customer
    assert get_ticket(agent(), tid).deadline(clock()) is DeadlineState.PAUSED
    assert sweep_overdue(agent()) == []
    resumed = resume(agent(), tid)
    assert resumed.paused_at is None
    assert resumed.due_at == received + timedelta(hours=8 + 9)
    history = ticket_history(agent(), tid)
    assert [h.action for h in history[-2:]] == ["pause", "resume"]
    assert history[-2].note == "客户不在家,约定明早上门"
    assert history[-1].changes["due_at"] == [(received + timedelta(hours=8)).isoformat(),
                                             resumed.due_at.isoformat()]


def test_pause_refusals_write_nothing(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    before = event_count(db)
    with pytest.raises(ValidationError) as err:
        pause(agent(), tid, "   ")
    assert err.value.errors == {"reason": "required"}
    with pytest.raises(IllegalTransition) as refused:
        resume(agent(), tid)
    assert refused.value.why == "not_paused"
    assert event_count(db) == before
    pause(agent(), tid, "无人在家")
    with pytest.raises(IllegalTransition) as refused:
        pause(agent(), tid, "again")
    assert refused.value.why == "paused"


@pytest.mark.parametrize("level,hours", [(1, 2), (2, 8), (3, 24)])
def test_due_soon_then_overdue_alerts_once(db, clock, basics, level, hours):
    tid = new_ticket(db, clock, basics, level=level)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    start = clock()
    clock.advance(hours=hours - 1, minutes=-1)
    assert get_ticket(agent(), tid).deadline(clock()) is DeadlineState.ON_TIME
    clock.advance(minutes=2)  # 59 minutes left
    assert get_ticket(agent(), tid).deadline(clock()) is DeadlineState.DUE_SOON
    assert sweep_overdue(agent()) == []
    clock.now = start + timedelta(hours=hours)  # exactly due: not yet overdue
    assert sweep_overdue(agent()) == []
    clock.advance(seconds=1)
    assert get_ticket(agent(), tid).deadline(clock()) is DeadlineState.OVERDUE
    assert sweep_overdue(agent()) == [tid]
    view = get_ticket(agent(), tid)
    assert view.due_at == start + timedelta(hours=hours)
    # rule 2.8: escalated to the shift leader, by the system, when it became overdue
    assert view.escalated_at == view.due_at
    clock.advance(minutes=10)
    assert sweep_overdue(agent()) == []  # once
    assert event_count(db, tid, "overdue") == 1


def test_leader_desk_reads_each_alert_once_with_a_cursor(db, clock, basics):
    first = new_ticket(db, clock, basics, level=1)
    clock.advance(hours=1)
    second = new_ticket(db, clock, basics, level=1)
    done = new_ticket(db, clock, basics, level=1)
    dispatch(UnitOfWork(db, basics.agent, clock), done, basics.unit_ids[0])
    resolve(UnitOfWork(db, basics.agent, clock), done, "已修复", "company")
    leader = lambda: UnitOfWork(db, basics.leader, clock)  # noqa: E731
    clock.advance(hours=1, minutes=30)
    sweep_overdue(UnitOfWork(db, basics.agent, clock))  # an agent's desk sweeps
    seen = overdue_alerts_since(leader())
    assert [a.ticket_id for a in seen] == [first]
    clock.advance(hours=1)
    sweep_overdue(leader())
    newer = overdue_alerts_since(leader(), seen[-1].cursor)
    assert [a.ticket_id for a in newer] == [second]  # the resolved order never alerts
    assert overdue_alerts_since(leader(), newer[-1].cursor) == []
