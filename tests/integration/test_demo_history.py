"""Bulk demo orders carry their whole history (issue 12 item 1): the events the workflow
steps would have written (create by the agent at receipt, dispatch, claim, start, resolve,
callback, close, as far as the order's status went), in time order, before `now`, by a
person; read by the F6 history as workflow-written ones are. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from sqlalchemy import select

from app.clock import FixedClock
from app.models.event import Event
from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.demo.fill import generate_demo
from app.workflows.demo.rows import IdCursor
from app.workflows.desk import Desk
from app.workflows.tickets.detail import ticket_detail
from tests.integration.test_demo_satisfaction import _generator

NOW = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)
STEPS = {"new": ["create"], "dispatched": ["create", "dispatch"],
         "in_progress": ["create", "dispatch", "start"],
         "resolved": ["create", "dispatch", "start", "resolve"],
         "closed": ["create", "dispatch", "start", "resolve", "callback", "close"]}


def _expected(ticket: Ticket) -> list[str]:
    steps = list(STEPS[ticket.status.value])
    if ticket.assignee_id is not None:
        steps.insert(2, "claim")
    return steps


def test_every_bulk_order_has_its_history(db, basics):
    clock = FixedClock(NOW)
    generate_demo(Desk(db=db, clock=clock), 400, 11, append=True)  # rows only, no extras
    with db.session() as s:
        tickets = s.scalars(select(Ticket).order_by(Ticket.id)).all()
        events = s.execute(select(Event).where(Event.entity == "ticket")
                           .order_by(Event.id)).scalars().all()
    per_ticket: dict[int, list[Event]] = defaultdict(list)
    for event in events:
        per_ticket[event.entity_id].append(event)
    assert len(tickets) > 200
    assert {t.status.value for t in tickets} == set(STEPS)
    for ticket in tickets:
        history = per_ticket[ticket.id]
        assert [e.action for e in history] == _expected(ticket), ticket.id
        created = history[0]
        assert created.occurred_at == ticket.received_at
        assert created.actor_id == ticket.created_by_id
        assert created.changes["description"] == ticket.description
        assert created.changes["status"] == "new"
        times = [e.occurred_at for e in history]
        assert times == sorted(times) and times[-1] <= NOW
        assert all(e.actor_id is not None for e in history)  # people's steps
        if ticket.closed_at is not None:
            assert history[-1].occurred_at == ticket.closed_at
            assert history[-1].changes["closed_at"][1] == ticket.closed_at.isoformat()
        if ticket.assignee_id is not None:
            claim = next(e for e in history if e.action == "claim")
            assert claim.actor_id == ticket.assignee_id
    closed = next(t for t in tickets if t.status.value == "closed"
                  and t.assignee_id is not None)
    detail = ticket_detail(UnitOfWork(db, basics.agent, clock), closed.id)
    assert [h.action for h in detail.history] == _expected(closed)
    assert all(h.actor_name for h in detail.history)
    assert dict(detail.history[0].changes)["description"] == (closed.description,)


def test_histories_come_from_their_own_stream():
    first = _generator().chunk(IdCursor(), 300)
    again = _generator().chunk(IdCursor(), 300)
    assert first.events and first == again
    ids = [e[0] for e in first.events]
    assert ids == list(range(1, len(ids) + 1))
