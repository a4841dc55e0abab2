"""Full-width phone numbers through the workflows on SQLite and PostgreSQL (issue 12.9)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.models.customer import CustomerPhone
from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.screen_pop import pop_by_phone, search_customers


def test_customer_form_stores_full_width_numbers_as_ascii(db, clock, basics):
    card = create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
        name="周敏", phones=["１３７\u3000００００ ００００", "（０３１１）６６６６－７７７７"],
        estate="幸福家园"))
    with db.engine.connect() as conn:
        stored = set(conn.execute(select(CustomerPhone.number).where(
            CustomerPhone.customer_id == card.id)).scalars())
    assert stored == {"13700000000", "031166667777"}
    pop = pop_by_phone(UnitOfWork(db, basics.agent, clock), "１３７ ００００ ００００")
    assert pop.card is not None and pop.card.name == "周敏"


def test_search_with_full_width_digits_finds_the_owner(db, clock, basics):
    uow = UnitOfWork(db, basics.agent, clock)
    assert [h.name for h in search_customers(uow, "１３８ １１１１ ２２２２")] == ["李娜"]
    assert "李娜" in [h.name for h in search_customers(uow, "１１１１\u3000２２２")]


def test_a_too_long_number_is_refused_naming_the_problem(db, clock, basics):
    with pytest.raises(ValidationError) as refused:
        create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
            name="x", phones=["１" * 21], estate="幸福家园"))
    assert refused.value.errors["phones"] == "phone.too_long"


def test_a_work_order_from_a_full_width_number_keeps_the_ascii_number(db, clock, basics):
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热",
        phone="０３１１ ８７６５ ４３２１", customer_id=basics.zhang.id,
        outcome="work_order", unit_id=basics.unit_ids[0], level=3,
        rang_at=clock(), answered_at=clock()))
    with db.engine.connect() as conn:
        phone = conn.execute(select(Ticket.phone).where(Ticket.id == result.ticket_id)).scalar()
    assert phone == "031187654321"
