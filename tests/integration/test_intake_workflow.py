"""Intake and screen pop on real SQLite and PostgreSQL (rules 2.5, 4.4, 5.2.2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from app.models import Contact, Event, Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.screen_pop import pop_by_phone, search_customers


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_screen_pop_finds_customer_by_any_of_their_numbers(db, clock, basics):
    for number in ("13912345678", "0311-87654321", "+86 139-1234-5678"):
        pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), number)
        assert pop.card is not None and pop.card.account_number == "R00000001"
        assert pop.card.address == "新华区阳光小区3号楼2单元501室"
        assert pop.card.services == ("heating", "hot_water")


def test_unknown_number_pops_as_unknown(db, clock, basics):
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13700000000")
    assert pop.unknown and pop.phone == "13700000000"


def test_work_order_due_in_two_hours_for_level_one(db, clock, basics):
    rang = clock() - timedelta(seconds=12)
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热,家里只有14度",
        phone="13811112222", customer_id=basics.li.id, outcome="work_order", level=1,
        unit_id=basics.unit_ids[0], rang_at=rang, answered_at=clock()))
    assert result.ticket_number == f"GD{result.ticket_id:08d}"
    assert result.due_at == rang + timedelta(hours=2)  # rule 5.2.2: from the ring
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "13811112222")
    assert [t.id for t in pop.open_tickets] == [result.ticket_id]
    assert pop.last_contacts[0].ticket_number == result.ticket_number


@pytest.mark.parametrize("level,hours", [(2, 8), (3, 24)])
def test_levels_two_and_three_deadlines(db, clock, basics, level, hours):
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="visit", category="heating_quality", description="室温偏低",
        customer_id=basics.zhang.id, outcome="work_order", level=level,
        unit_id=basics.unit_ids[1]))
    assert result.due_at == clock() + timedelta(hours=hours)


def test_invalid_input_writes_nothing(db, clock, basics):
    before = (_count(db, Contact), _count(db, Ticket), _count(db, Event))
    bad_forms = [
        IntakeForm(channel="phone", category="repair", description="x", phone="12ab",
                   answer="已答复"),
        IntakeForm(channel="phone", category="repair", description="  ", phone="13811112222",
                   answer="已答复"),
        IntakeForm(channel="phone", category="repair", description="x", phone="13811112222",
                   account_number="NOPE-1", answer="已答复"),
        IntakeForm(channel="phone", category="repair", description="x", phone="13811112222",
                   outcome="work_order", level=1, unit_id=99999),
    ]
    expected = ["phone", "description", "account_number", "unit"]
    for form, field in zip(bad_forms, expected, strict=True):
        with pytest.raises(ValidationError) as err:
            save_intake(UnitOfWork(db, basics.agent, clock), form)
        assert field in err.value.errors
    assert (_count(db, Contact), _count(db, Ticket), _count(db, Event)) == before


def test_every_change_writes_an_event_in_the_same_transaction(db, clock, basics):
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="complaint", description="维修人员态度差",
        phone="13811112222", customer_id=basics.li.id, outcome="work_order", level=2,
        unit_id=basics.unit_ids[0]))
    with UnitOfWork(db, basics.agent, clock) as uow:
        events = uow.events.for_entity("ticket", result.ticket_id)
    # an important customer at level 2: the override is a step of its own (rule 5.2.2)
    assert [e.action for e in events] == ["create", "level_override"]
    assert events[0].actor_name == events[1].actor_name == "王芳"
    assert events[0].changes["description"] == "维修人员态度差"
    assert events[0].occurred_at == clock()


def test_event_log_refuses_update_and_delete(db, clock, basics):
    from sqlalchemy.exc import DBAPIError
    for statement in ("UPDATE event SET action = 'x'", "DELETE FROM event"):
        with pytest.raises(DBAPIError), db.engine.begin() as conn:
            conn.execute(text(statement))
    assert _count(db, Event) > 0


def test_search_by_account_name_address_and_phone(db, clock, basics):
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    assert [h.name for h in search_customers(uow(), "R00000002")] == ["李娜"]
    assert [h.name for h in search_customers(uow(), "张")] == ["张伟"]
    assert [h.name for h in search_customers(uow(), "和平里12号楼")] == ["李娜"]
    assert [h.name for h in search_customers(uow(), "0311 87654321")] == ["张伟"]
    assert search_customers(uow(), "100%") == []
