"""What the desk offers is what the steps do: for every status, and for an order that is
paused, escalated, a case or held by the actor, `allowed_actions` names exactly the steps
that apply (write their event) and no step it leaves out does. SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from app.models.enums import TicketStatus
from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.tickets import (
    CALLBACK,
    CLAIM,
    CLOSE,
    DISPATCH,
    ESCALATE,
    FOLLOW_UP,
    LINK_INCIDENT,
    OPEN_CASE,
    PAUSE,
    RELEASE,
    REOPEN,
    RESOLVE,
    RESUME,
    START,
)
from app.workflows.tickets.allowed import allowed_actions
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.case import open_case
from app.workflows.tickets.claim import claim, release
from app.workflows.tickets.errors import ClaimConflict, IllegalTransition
from app.workflows.tickets.escalation import escalate
from app.workflows.tickets.incidents import IncidentForm, link_ticket, open_incident
from app.workflows.tickets.lifecycle import close, dispatch, follow_up, reopen, resolve, start
from app.workflows.tickets.pause import pause, resume
from app.workflows.tickets.transitions import RULES
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket

VARIANTS = ("plain", "paused", "escalated", "case", "mine")


def _steps(basics, clock, incident_id: int) -> dict[str, Callable[[UnitOfWork, int], object]]:
    return {
        CLAIM: lambda uow, tid: claim(uow, tid),
        RELEASE: lambda uow, tid: release(uow, tid),
        DISPATCH: lambda uow, tid: dispatch(uow, tid, basics.unit_ids[1]),
        START: lambda uow, tid: start(uow, tid),
        PAUSE: lambda uow, tid: pause(uow, tid, "家中无人"),
        RESUME: lambda uow, tid: resume(uow, tid),
        ESCALATE: lambda uow, tid: escalate(uow, tid, "客户要求领导出面"),
        RESOLVE: lambda uow, tid: resolve(uow, tid, "更换阀门", "company"),
        CALLBACK: lambda uow, tid: record_callback(uow, tid, reached=False),
        CLOSE: lambda uow, tid: close(uow, tid),
        REOPEN: lambda uow, tid: reopen(uow, tid, "仍不热"),
        OPEN_CASE: lambda uow, tid: open_case(uow, tid, basics.leader.id,
                                              clock() + timedelta(hours=4)),
        FOLLOW_UP: lambda uow, tid: follow_up(uow, tid, "第三方已回复"),
        LINK_INCIDENT: lambda uow, tid: link_ticket(uow, incident_id, tid),
    }


def _order_in(db, clock, basics, status: TicketStatus, variant: str) -> int:
    tid = new_ticket(db, clock, basics)
    with Session(db.engine) as session:
        ticket = session.get(Ticket, tid)
        assert ticket is not None
        ticket.status = status
        ticket.paused_at = clock() if variant == "paused" else None
        ticket.escalated_at = clock() if variant == "escalated" else None
        ticket.is_case = variant == "case"
        ticket.assignee_id = basics.agent.id if variant == "mine" else None
        session.commit()
    return tid


def test_every_step_has_a_rule() -> None:
    assert set(RULES) == {CALLBACK, CLAIM, CLOSE, DISPATCH, ESCALATE, FOLLOW_UP,
                          LINK_INCIDENT, OPEN_CASE, PAUSE, RELEASE, REOPEN, RESOLVE, RESUME,
                          START}


@pytest.mark.parametrize("status", list(TicketStatus), ids=lambda s: s.value)
def test_allowed_actions_agree_with_the_steps(db, clock, basics, status: TicketStatus) -> None:
    incident = open_incident(UnitOfWork(db, basics.leader, clock), IncidentForm(
        kind="burst_pipe", title="阳光小区3号楼供热管道爆裂", unit_id=basics.unit_ids[1],
        areas=[("阳光小区", "3")]))
    steps = _steps(basics, clock, incident.id)
    disagreements = []
    for variant in VARIANTS:
        for action, step in steps.items():
            tid = _order_in(db, clock, basics, status, variant)
            offered = action in allowed_actions(
                get_ticket(UnitOfWork(db, basics.agent, clock), tid), basics.agent.id)
            before = event_count(db, tid, action)
            try:
                step(UnitOfWork(db, basics.agent, clock), tid)
            except (IllegalTransition, ClaimConflict):
                applied = False
            else:  # claiming an order one holds already changes nothing
                applied = event_count(db, tid, action) > before
            if offered != applied:
                disagreements.append((variant, action, offered, applied))
    assert disagreements == []
