"""Who may take which step: one table (transitions.ROLES), the steps enforce it and the
desk offers only what it would accept. Callbacks (rule 2.5) and cases (rule 3.6.2(3)) are
the hotline desk's: a technician is neither offered them nor let through. Grading stays
the executing units' (rule 5.2.2, grading.py), so a technician may change the level.
SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.models.enums import Role
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied
from app.workflows.tickets.allowed import allowed_actions
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.case import open_case
from app.workflows.tickets.lifecycle import dispatch, resolve
from app.workflows.tickets.transitions import CALLBACK, OPEN_CASE, RESOLVE
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket, technician

DESK = {Role.AGENT, Role.SHIFT_LEADER, Role.SUPERVISOR, Role.ADMIN}


def _resolved(db, clock, basics) -> int:
    tid = new_ticket(db, clock, basics)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    resolve(UnitOfWork(db, basics.agent, clock), tid, "更换阀门", "company")
    return tid


@pytest.mark.parametrize("role", list(Role))
def test_each_role_is_offered_what_the_steps_accept(db, clock, basics, role):
    resolved = get_ticket(UnitOfWork(db, basics.agent, clock), _resolved(db, clock, basics))
    fresh = get_ticket(UnitOfWork(db, basics.agent, clock), new_ticket(db, clock, basics))
    offered = allowed_actions(resolved, 999, str(role))
    assert (CALLBACK in offered) == (role in DESK)          # rule 2.5
    assert (OPEN_CASE in allowed_actions(fresh, 999, str(role))) == (role in DESK)  # 3.6.2(3)
    assert RESOLVE not in offered and CALLBACK in allowed_actions(resolved, 999)


def test_a_technician_may_not_call_back_or_open_a_case(db, clock, basics):
    tech = technician(db, clock)
    tid = _resolved(db, clock, basics)
    fresh = new_ticket(db, clock, basics)
    before = event_count(db)
    with pytest.raises(PermissionDenied):
        record_callback(UnitOfWork(db, tech, clock), tid, reached=True,
                        satisfaction="satisfied", words="好")
    with pytest.raises(PermissionDenied):
        open_case(UnitOfWork(db, tech, clock), fresh, holder_id=basics.leader.id,
                  callback_due_at=clock() + timedelta(hours=2))
    assert event_count(db) == before + 2  # only the two refusals' own events (issue 15)
    result = record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=True,
                             satisfaction="satisfied", words="好")
    assert result.ticket.status == "closed"
