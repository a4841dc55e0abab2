"""Claiming and version conflicts between desks, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.claim import claim, release
from app.workflows.tickets.edits import _save, edit_details, record_urge
from app.workflows.tickets.errors import ClaimConflict, IllegalTransition, TicketConflict
from app.workflows.tickets.lifecycle import dispatch, resolve
from app.workflows.tickets.pause import pause
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket, technician


def test_second_claim_is_told_who_has_it(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    tech = technician(db, clock)
    won = claim(UnitOfWork(db, basics.agent, clock), tid)
    assert won.assignee_name == "王芳"
    with pytest.raises(ClaimConflict) as err:
        claim(UnitOfWork(db, tech, clock), tid)
    assert err.value.holder == "王芳"
    again = claim(UnitOfWork(db, basics.agent, clock), tid)  # the holder again: no change
    assert again.version == won.version
    assert event_count(db, tid, "claim") == 1


def test_only_the_holder_releases_and_then_anyone_may_claim(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    tech = technician(db, clock)
    claim(UnitOfWork(db, basics.agent, clock), tid)
    with pytest.raises(ClaimConflict):
        release(UnitOfWork(db, tech, clock), tid)
    release(UnitOfWork(db, basics.agent, clock), tid)
    assert claim(UnitOfWork(db, tech, clock), tid).assignee_name == "刘师傅"


def test_a_finished_order_cannot_be_claimed(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    resolve(UnitOfWork(db, basics.agent, clock), tid, "已处理", "company")
    with pytest.raises(IllegalTransition):
        claim(UnitOfWork(db, basics.leader, clock), tid)


def test_saving_over_another_desks_change_is_a_conflict_and_reload_works(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=3)
    shown = get_ticket(UnitOfWork(db, basics.agent, clock), tid)  # desk A shows the order
    edit_details(UnitOfWork(db, basics.leader, clock), tid, shown.version,
                 description="暖气不热,已停暖两天")  # desk B saves first
    with pytest.raises(TicketConflict):
        edit_details(UnitOfWork(db, basics.agent, clock), tid, shown.version, level=1)
    with pytest.raises(TicketConflict):  # a step made against the stale view is refused too
        pause(UnitOfWork(db, basics.agent, clock), tid, "客户不在家",
              expected_version=shown.version)
    fresh = get_ticket(UnitOfWork(db, basics.agent, clock), tid)  # reload
    assert fresh.description == "暖气不热,已停暖两天" and fresh.level == 3
    saved = edit_details(UnitOfWork(db, basics.agent, clock), tid, fresh.version, level=1)
    assert saved.level == 1 and saved.description == "暖气不热,已停暖两天"
    assert saved.due_at == saved.received_at + timedelta(hours=2)  # rule 5.2.2


def test_version_column_turns_a_lost_update_into_a_conflict(db, clock, basics):
    """Desk A loaded the order; desk B saved; A's flush finds B's version (StaleDataError)."""
    tid = new_ticket(db, clock, basics)
    uow_a = UnitOfWork(db, basics.agent, clock)
    with uow_a:
        ticket = uow_a.tickets.get(tid)
        ticket.urge_count += 1
        record_urge(UnitOfWork(db, basics.leader, clock), tid)  # B commits meanwhile
        with pytest.raises(TicketConflict):
            _save(uow_a, tid)
    assert get_ticket(UnitOfWork(db, basics.agent, clock), tid).urge_count == 1


def test_bad_edit_writes_nothing(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    shown = get_ticket(UnitOfWork(db, basics.agent, clock), tid)
    before = event_count(db)
    with pytest.raises(ValidationError) as err:
        edit_details(UnitOfWork(db, basics.agent, clock), tid, shown.version,
                     description=" ", level=7, category="nonsense")
    assert set(err.value.errors) == {"description", "level", "category"}
    assert event_count(db) == before
    assert get_ticket(UnitOfWork(db, basics.agent, clock), tid) == shown
