"""The overdue sweep in batches (rule 2.8): what it flags, the events it writes, backlogs
larger than a batch, and desks sweeping the same backlog at once."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.models import Event
from app.models.ticket_overdue import TicketOverdue
from app.repositories.tickets.sweep import OverdueSweepRepository
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.tickets.edits import edit_details
from app.workflows.tickets.escalation import overdue_alerts_since, sweep_overdue
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.lifecycle import dispatch, reopen, resolve
from app.workflows.tickets.pause import pause, resume
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket
from tests.support import seed_basics


def test_the_event_says_what_it_always_said(db, clock, basics):
    """The history shows {"due_at": ISO deadline, "escalated": true} by the system (no
    actor: not the agent logged in at the sweeping desk), at the deadline (the moment the
    order became overdue, not the sweep's time), with and without fractions of a second."""
    plain = new_ticket(db, clock, basics, level=1)
    clock.now = clock.now.replace(microsecond=123456)
    fraction = new_ticket(db, clock, basics, level=1)
    clock.advance(hours=3)
    assert sorted(sweep_overdue(UnitOfWork(db, basics.agent, clock))) == [plain, fraction]
    for tid in (plain, fraction):
        due = get_ticket(UnitOfWork(db, basics.agent, clock), tid).due_at
        last = ticket_history(UnitOfWork(db, basics.leader, clock), tid)[-1]
        assert last.action == "overdue"
        assert last.changes == {"due_at": due.isoformat(), "escalated": True}
        assert last.actor_name is None
        assert last.at == due
    assert ".123456+00:00" in ticket_history(
        UnitOfWork(db, basics.agent, clock), fraction)[-1].changes["due_at"]


def test_a_backlog_larger_than_the_batch_is_finished_in_one_sweep(db, clock, basics):
    orders = [new_ticket(db, clock, basics, level=1) for _ in range(7)]
    waiting = new_ticket(db, clock, basics, level=1)
    pause(UnitOfWork(db, basics.agent, clock), waiting, "客户出差")
    clock.advance(hours=1, minutes=30)
    not_yet = new_ticket(db, clock, basics, level=1)  # due in 2 h: not overdue
    clock.advance(hours=1)
    swept = sweep_overdue(UnitOfWork(db, basics.agent, clock), batch=3)
    assert sorted(swept) == orders
    assert sweep_overdue(UnitOfWork(db, basics.agent, clock), batch=3) == []
    for tid in orders:
        assert event_count(db, tid, "overdue") == 1
        view = get_ticket(UnitOfWork(db, basics.agent, clock), tid)
        assert view.escalated_at == view.due_at  # escalated when it became overdue
    assert event_count(db, waiting, "overdue") == 0
    assert event_count(db, not_yet, "overdue") == 0
    alerts = overdue_alerts_since(UnitOfWork(db, basics.leader, clock))
    assert [a.ticket_id for a in alerts] == orders


def test_a_batch_takes_the_oldest_deadlines_first(db, clock, basics):
    late = new_ticket(db, clock, basics, level=2)  # due in 8 h
    clock.advance(hours=1)
    early = [new_ticket(db, clock, basics, level=1) for _ in range(3)]  # due in 2 h
    clock.advance(hours=9)
    with UnitOfWork(db, basics.agent, clock) as uow:
        first = uow.repo(OverdueSweepRepository).flag_batch(clock(), 3)
        uow.commit()
    assert sorted(first.flagged) == early and first.picked == 3
    assert sweep_overdue(UnitOfWork(db, basics.agent, clock), batch=3) == [late]


def test_a_reopened_order_can_become_overdue_again(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=1)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    clock.advance(hours=3)
    assert sweep_overdue(agent()) == [tid]
    dispatch(agent(), tid, basics.unit_ids[0])
    resolve(agent(), tid, "已修复", "company")
    reopen(agent(), tid, "还是不热")  # a fresh deadline: rule 5.2.2
    assert sweep_overdue(agent()) == []
    clock.advance(hours=3)
    assert sweep_overdue(agent()) == [tid]
    assert event_count(db, tid, "overdue") == 2


DESKS = 6
BACKLOG = 40
BATCH = 4


@pytest.mark.postgres
def test_desks_sweeping_one_backlog_at_once_flag_each_order_once(pg_db: Database,
                                                                   clock) -> None:
    """More orders than one batch, six desks at the same moment: every order is flagged by
    exactly one desk, with exactly one event, and nothing is left for the next sweep."""
    basics = seed_basics(pg_db, clock)
    orders = [new_ticket(pg_db, clock, basics, level=1) for _ in range(BACKLOG)]
    clock.advance(hours=3)
    actors = [seed_user(UnitOfWork(pg_db, None, clock), f"6{i:03d}", f"坐席{i:02d}",
                          "agent", "desk-pass-1") for i in range(DESKS)]
    barrier = threading.Barrier(DESKS)
    swept: list[list[int]] = [[] for _ in range(DESKS)]
    errors: list[BaseException] = []

    def desk(i: int) -> None:
        db = Database(pg_db.url)
        try:
            barrier.wait()
            swept[i] = sweep_overdue(UnitOfWork(db, actors[i], clock), batch=BATCH)
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(DESKS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert Counter(tid for s in swept for tid in s) == Counter({tid: 1 for tid in orders})
    with pg_db.engine.connect() as conn:
        events = dict(conn.execute(
            select(Event.entity_id, func.count()).where(Event.action == "overdue")
            .group_by(Event.entity_id)).all())
        by_actor = dict(conn.execute(
            select(Event.entity_id, Event.actor_id).where(Event.action == "overdue")).all())
        flagged = conn.execute(select(func.count()).select_from(TicketOverdue)).scalar_one()
    assert events == {tid: 1 for tid in orders}
    assert flagged == BACKLOG
    assert set(by_actor.values()) == {None}  # the system's, whichever desk swept
    assert sweep_overdue(UnitOfWork(pg_db, actors[0], clock), batch=BATCH) == []
    assert timedelta(0) < clock() - min(
        get_ticket(UnitOfWork(pg_db, actors[0], clock), tid).due_at for tid in orders)


def test_the_sweep_walks_from_its_mark_and_steps_that_move_a_deadline_back_flag(
        db, clock, basics):
    """After a finished sweep the next one starts at its mark; an order whose deadline a
    step puts before the mark (resumed after a pause begun when it was overdue, a higher
    level) is flagged by that step, as the system at its deadline."""
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    paused = new_ticket(db, clock, basics, level=1)
    raised = new_ticket(db, clock, basics, level=3)  # due in 24 h
    clock.advance(hours=5)  # `paused` is 3 h overdue, not swept yet
    pause(agent(), paused, "客户不在家")
    assert sweep_overdue(agent()) == []
    with agent() as uow:
        mark = uow.repo(OverdueSweepRepository).mark()
    assert mark == clock()
    clock.advance(hours=1)
    resume(agent(), paused)  # due 2 h after receipt + 1 h paused: before the mark
    assert event_count(db, paused, "overdue") == 1
    view = get_ticket(agent(), paused)
    assert view.escalated_at == view.due_at < mark
    edit_details(agent(), raised, get_ticket(agent(), raised).version, level=1)
    assert event_count(db, raised, "overdue") == 1
    assert [a.ticket_id for a in overdue_alerts_since(agent())] == [paused, raised]
    assert sweep_overdue(agent()) == []
    for tid in (paused, raised):
        last = ticket_history(agent(), tid)[-1]
        assert (last.action, last.actor_name) == ("overdue", None)
        assert last.at == get_ticket(agent(), tid).due_at


def test_a_reopened_escalated_order_stays_escalated(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=1)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    clock.advance(hours=3)
    sweep_overdue(agent())
    escalated = get_ticket(agent(), tid).escalated_at
    dispatch(agent(), tid, basics.unit_ids[0])
    resolve(agent(), tid, "已修复", "company")
    reopen(agent(), tid, "还是不热")
    assert get_ticket(agent(), tid).escalated_at == escalated
    assert overdue_alerts_since(agent()) == []  # its flag went with the reopening


def test_a_persons_step_that_flags_an_order_stays_durable(db, clock, basics):
    """The sweep's batches commit without waiting for the disk on PostgreSQL; an order
    flagged inside a person's step (resume, a higher level) does not relax that step."""
    from sqlalchemy import text

    from app.workflows.tickets.escalation import flag_if_overdue

    tid = new_ticket(db, clock, basics, level=1)
    clock.advance(hours=3)
    with UnitOfWork(db, basics.agent, clock) as uow:
        assert flag_if_overdue(uow, tid)
        if not db.is_sqlite:
            assert uow.session.scalar(text("SHOW synchronous_commit")) == "on"
        uow.commit()
    assert event_count(db, tid, "overdue") == 1


def test_orders_of_a_bulk_load_are_not_left_behind_the_sweep_mark(db):
    """A load writes orders due long ago; a mark left from before (here far ahead) would
    hide them from every sweep. The load deletes it, so every late order gets flagged."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from app.clock import FixedClock
    from app.workflows.demo.fill import generate_demo
    from app.workflows.desk import Desk

    now = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)
    with UnitOfWork(db, None, FixedClock(now)) as uow:
        uow.repo(OverdueSweepRepository).set_mark(datetime(2030, 1, 1, tzinfo=UTC))
        uow.commit()
    generate_demo(Desk(db=db, clock=FixedClock(now)), 300, 11)
    sweep_overdue(UnitOfWork(db, None, FixedClock(now)))
    with db.engine.connect() as conn:
        late = conn.execute(text(
            "SELECT count(*) FROM ticket WHERE status IN ('new', 'dispatched', "
            "'in_progress') AND paused_at IS NULL AND due_at < :now AND NOT EXISTS "
            "(SELECT 1 FROM ticket_overdue o WHERE o.ticket_id = ticket.id)"),
            {"now": now.replace(tzinfo=None) if db.is_sqlite else now}).scalar_one()
        flagged = conn.execute(text("SELECT count(*) FROM ticket_overdue")).scalar_one()
    assert flagged > 0
    assert late == 0
