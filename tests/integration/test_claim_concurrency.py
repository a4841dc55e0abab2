"""Twenty desks on one PostgreSQL claim, sweep and update the same orders at once.

Zero double claims (the claim is one conditional UPDATE), each overdue order escalated
exactly once, and zero lost updates: every desk increments the urge counter by reading,
changing and saving through the version column, retrying on TicketConflict; the final
counter equals the number of successful saves.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.models import Event, Ticket
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.tickets.claim import claim
from app.workflows.tickets.edits import record_urge
from app.workflows.tickets.errors import ClaimConflict, TicketConflict
from app.workflows.tickets.escalation import sweep_overdue
from tests.integration.ticket_support import new_ticket
from tests.support import seed_basics

DESKS = 20
ORDERS = 6
URGES = 4  # per desk and order


@dataclass
class DeskResult:
    won: list[int] = field(default_factory=list)
    lost: list[tuple[int, str | None]] = field(default_factory=list)
    swept: list[int] = field(default_factory=list)
    saved: Counter = field(default_factory=Counter)
    conflicts: int = 0
    error: BaseException | None = None


def _desk(url: str, actor: Actor, clock, orders: list[int], barrier: threading.Barrier,
          result: DeskResult) -> None:
    db = Database(url)
    try:
        barrier.wait()
        result.swept = sweep_overdue(UnitOfWork(db, actor, clock))
        for tid in orders:
            try:
                claim(UnitOfWork(db, actor, clock), tid)
                result.won.append(tid)
            except ClaimConflict as lost:
                result.lost.append((tid, lost.holder))
        for _ in range(URGES):
            for tid in orders:
                while True:
                    try:
                        record_urge(UnitOfWork(db, actor, clock), tid)
                        result.saved[tid] += 1
                        break
                    except TicketConflict:
                        result.conflicts += 1
    except BaseException as exc:  # reported by the main thread
        result.error = exc
    finally:
        db.dispose()


@pytest.mark.postgres
def test_twenty_desks_no_double_claim_no_lost_update(pg_db: Database, clock) -> None:
    basics = seed_basics(pg_db, clock)
    orders = [new_ticket(pg_db, clock, basics, level=1) for _ in range(ORDERS)]
    clock.advance(hours=3)  # rule 5.2.2: level 1 is due in 2 h, so all are overdue now
    actors = [seed_user(UnitOfWork(pg_db, None, clock), f"5{i:03d}", f"坐席{i:02d}",
                          "agent", "desk-pass-1") for i in range(DESKS)]
    barrier = threading.Barrier(DESKS)
    results = [DeskResult() for _ in range(DESKS)]
    threads = [threading.Thread(target=_desk, args=(pg_db.url, actor, clock, orders,
                                                    barrier, result))
               for actor, result in zip(actors, results, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert [r.error for r in results] == [None] * DESKS

    names = {a.id: a.name for a in actors}
    winners = Counter(tid for r in results for tid in r.won)
    assert winners == Counter({tid: 1 for tid in orders})  # exactly one winner per order
    with pg_db.engine.connect() as conn:
        holders = dict(conn.execute(select(Ticket.id, Ticket.assignee_id)).all())
        urges = dict(conn.execute(select(Ticket.id, Ticket.urge_count)).all())
        claims = dict(conn.execute(
            select(Event.entity_id, func.count()).where(Event.action == "claim")
            .group_by(Event.entity_id)).all())
        overdue = dict(conn.execute(
            select(Event.entity_id, func.count()).where(Event.action == "overdue")
            .group_by(Event.entity_id)).all())
    for r, actor in zip(results, actors, strict=True):
        for tid in r.won:
            assert holders[tid] == actor.id
        for tid, holder in r.lost:  # each loser was told the winner's name
            assert holder == names[holders[tid]]
    assert claims == {tid: 1 for tid in orders}

    swept = Counter(tid for r in results for tid in r.swept)
    assert swept == Counter({tid: 1 for tid in orders})  # escalated once, by one desk
    assert overdue == {tid: 1 for tid in orders}

    saved = sum((r.saved for r in results), Counter())
    assert saved == Counter({tid: DESKS * URGES for tid in orders})
    assert {tid: urges[tid] for tid in orders} == dict(saved)  # no lost update
    print(f"version conflicts retried: {sum(r.conflicts for r in results)}")
