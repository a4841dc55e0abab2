"""Parent incidents with child orders, and the screen pop of an affected caller."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.screen_pop import pop_by_phone
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.incidents import (
    IncidentForm,
    link_ticket,
    open_incident,
    resolve_incident,
)
from app.workflows.tickets.pause import pause
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket


def _burst(db, clock, basics, areas=(("阳光小区", "3"), ("阳光小区", "4"))):
    return open_incident(UnitOfWork(db, basics.leader, clock), IncidentForm(
        kind="burst_pipe", title="阳光小区3、4号楼供水管爆裂", unit_id=basics.unit_ids[1],
        areas=list(areas), description="预计4小时修复",
        expected_end_at=clock() + timedelta(hours=4)))


def test_caller_from_affected_building_sees_the_incident(db, clock, basics):
    incident = _burst(db, clock, basics)
    zhang = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678")  # 3号楼
    assert zhang.incident is not None and zhang.incident.id == incident.id
    assert zhang.incident.title == "阳光小区3、4号楼供水管爆裂"
    li = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13811112222")  # 和平里
    assert li.incident is None


def test_whole_estate_area_covers_every_building(db, clock, basics):
    _burst(db, clock, basics, areas=[("阳光小区", "")])
    assert pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678").incident


def test_resolving_the_parent_resolves_children_and_queues_callbacks(db, clock, basics):
    incident = _burst(db, clock, basics)
    children = [new_ticket(db, clock, basics) for _ in range(3)]
    other = new_ticket(db, clock, basics, customer="li")
    for tid in children:
        link_ticket(UnitOfWork(db, basics.agent, clock), incident.id, tid)
    pause(UnitOfWork(db, basics.agent, clock), children[0], "等待抢修")
    clock.advance(hours=3)
    resolved = resolve_incident(UnitOfWork(db, basics.leader, clock), incident.id,
                                "更换爆裂管段,恢复供热")
    assert resolved == sorted(children)
    for tid in children:
        t = get_ticket(UnitOfWork(db, basics.agent, clock), tid)
        assert (t.status, t.resolution, t.responsibility) == (
            "resolved", "更换爆裂管段,恢复供热", "company")
        assert t.paused_at is None and t.callback_due_at == clock() + timedelta(hours=24)
        assert ticket_history(UnitOfWork(db, basics.agent, clock), tid)[-1].action == "resolve"
    assert get_ticket(UnitOfWork(db, basics.agent, clock), other).status == "new"
    after = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13912345678")
    assert after.incident is None  # resolved incidents no longer pop
    with pytest.raises(ValidationError) as err:  # resolving twice is refused
        resolve_incident(UnitOfWork(db, basics.leader, clock), incident.id, "again")
    assert err.value.errors == {"incident": "incident.not_open"}


def test_bad_incident_form_writes_nothing(db, clock, basics):
    before = event_count(db)
    with pytest.raises(ValidationError) as err:
        open_incident(UnitOfWork(db, basics.leader, clock), IncidentForm(
            kind="flood", title=" ", unit_id=99999, areas=[(" ", "3")]))
    assert set(err.value.errors) == {"title", "kind", "areas", "unit"}
    assert event_count(db) == before
