"""Work the system does by itself is the system's (issue 12, item 4; rules 2.8 and 5.4).

The overdue sweep runs on a timer at whichever desk is open, under whoever is logged in
there. What it does (flagging and escalating a late order) is recorded as the system's, at
the moment it happened (the order's deadline), never as the logged-in agent's; and the
supervision figures (rule 5.4) count people's own steps only, so they are the same before
and after a sweep.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from app.models import Event
from app.repositories.uow import UnitOfWork
from app.workflows.desk import Desk
from app.workflows.etiquette.supervision import record_call, supervision_figures
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.reports.export import build_report
from app.workflows.tickets.escalation import overdue_alerts_since, sweep_overdue
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.views import get_ticket

DAY = date(2026, 11, 26)  # the clock fixture stands at 09:30 Beijing time on this day


def _order_call(db, clock, actor, ring_s: int, unit: int) -> tuple[int, int]:
    rang = clock() - timedelta(seconds=ring_s)
    saved = save_intake(UnitOfWork(db, actor, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热", answer="已派单",
        phone="13811112222", rang_at=rang, answered_at=clock(), outcome="work_order",
        level=1, unit_id=unit))
    assert saved.ticket_id is not None
    record_call(UnitOfWork(db, actor, clock), saved.contact_id,
                ["ringing", "greeting", "verifying", "farewell"], 0)
    return saved.contact_id, saved.ticket_id


def _events_by(db, staff_id: int) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Event).where(
            Event.actor_id == staff_id)).scalar_one()


def _supervision(db, clock, basics) -> tuple:
    leader = lambda: UnitOfWork(db, basics.leader, clock)  # noqa: E731
    report = build_report(Desk(db=db, clock=clock, actor=basics.leader), "complaints",
                          "2026-2027")
    per_agent = [f for f in report.figures if "5.4" in f.subtitle]
    return (supervision_figures(leader(), DAY, DAY),
            supervision_figures(leader(), DAY, DAY, by_shift=False), per_agent)


def test_a_sweep_at_an_agents_desk_is_the_systems_step_at_the_deadline(db, clock, basics):
    agent = basics.agent  # 1001, logged in at the desk whose timer sweeps
    orders = [_order_call(db, clock, agent, ring_s=s, unit=basics.unit_ids[0])[1] for s in (6, 12)]
    clock.advance(hours=3)  # both level-1 orders are an hour late
    before = _supervision(db, clock, basics)
    own_steps = _events_by(db, agent.id)

    assert sorted(sweep_overdue(UnitOfWork(db, agent, clock))) == sorted(orders)

    assert _events_by(db, agent.id) == own_steps  # nothing recorded as agent 1001's
    assert _supervision(db, clock, basics) == before  # rule 5.4: people's own steps only
    for tid in orders:
        view = get_ticket(UnitOfWork(db, agent, clock), tid)
        overdue = [e for e in ticket_history(UnitOfWork(db, agent, clock), tid)
                   if e.action == "overdue"]
        assert [(e.actor_name, e.at) for e in overdue] == [(None, view.due_at)]
        assert view.escalated_at == view.due_at  # escalated when it became late
    alerts = overdue_alerts_since(UnitOfWork(db, basics.leader, clock))
    assert {a.ticket_id for a in alerts} == set(orders)
    assert all(a.alerted_at == clock() for a in alerts)  # the leader sees when it was raised


def test_an_escalation_by_hand_stays_the_persons_step(db, clock, basics):
    from app.workflows.tickets.escalation import escalate

    _, tid = _order_call(db, clock, basics.agent, ring_s=5, unit=basics.unit_ids[0])
    clock.advance(minutes=20)
    escalate(UnitOfWork(db, basics.agent, clock), tid, "重要用户，请值班长协调")
    clock.advance(hours=3)
    sweep_overdue(UnitOfWork(db, basics.leader, clock))
    steps = {e.action: e for e in ticket_history(UnitOfWork(db, basics.agent, clock), tid)}
    assert steps["escalate"].actor_name == basics.agent.name
    assert steps["overdue"].actor_name is None
    view = get_ticket(UnitOfWork(db, basics.agent, clock), tid)
    assert view.escalated_at == steps["escalate"].at  # the person's escalation came first
