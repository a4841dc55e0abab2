"""The screen pop in two statements gives what the feature-by-feature reads gave.

Every kind of caller is covered: a customer with open orders, contacts, a notice and an
incident over the building; a number shared by two customers (a landline); a number
nobody owns that called before; a number nobody knows at all.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import event

from app.models.notice import Notice, NoticeKind, NoticeReason, NoticeRecipient
from app.repositories.notices import NoticeRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.phone import normalise_phone
from app.workflows.screen_pop import LAST_CONTACTS, ScreenPop, pop_by_phone, pop_customer
from app.workflows.tickets.incidents import IncidentForm, incident_at, open_incident

LANDLINE = "0311-87654321"  # 张伟's landline, shared below with 张磊


def _intake(db, clock, basics, phone, customer_id, *, order: bool, text: str = "暖气不热"):
    clock.advance(minutes=7)
    return save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair" if order else "enquiry", description=text,
        phone=phone, customer_id=customer_id, answer="" if order else "已答复",
        outcome="work_order" if order else "answered", level=2 if order else None,
        unit_id=basics.unit_ids[0] if order else None))


def _notice(db, clock, basics, customer_id: int) -> None:
    with UnitOfWork(db, basics.leader, clock) as uow:
        for minutes in (5, 30):
            notice = Notice(kind=NoticeKind.POSTING, reason=NoticeReason.INTERRUPTION,
                            estate="阳光小区", created_at=clock(),
                            starts_at=clock() + timedelta(hours=1),
                            ends_at=clock() + timedelta(hours=5))
            uow.session.add(notice)
            uow.session.flush()
            uow.session.add(NoticeRecipient(notice_id=notice.id, customer_id=customer_id,
                                            notified_at=clock() + timedelta(minutes=minutes)))
        uow.commit()


@pytest.fixture
def callers(db, clock, basics):
    """张伟 with everything a card can show; 张磊 sharing his landline; a stranger."""
    zhang = basics.zhang.id
    for n in range(14):  # more contacts than the pop lists, some with orders
        _intake(db, clock, basics, "13912345678", zhang, order=n % 3 == 0, text=f"第{n}次")
    _intake(db, clock, basics, "13700001111", None, order=False, text="陌生来电")
    _intake(db, clock, basics, "13700001111", None, order=True, text="陌生来电报修")
    _notice(db, clock, basics, zhang)
    open_incident(UnitOfWork(db, basics.leader, clock), IncidentForm(
        kind="burst_pipe", title="阳光小区3号楼供水管爆裂", unit_id=basics.unit_ids[1],
        areas=[("阳光小区", "3"), ("阳光小区", "")], description="预计4小时修复",
        expected_end_at=clock() + timedelta(hours=4)))
    create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
        name="张磊", phones=[LANDLINE], district="新华区", estate="阳光小区", building="3",
        entrance="2", room="502", heated_area="70", account_number="R00000000"))
    return basics


def _reference(db, clock, basics, raw: str) -> ScreenPop:
    """The same pop from the repositories each feature has (one read per part)."""
    phone = normalise_phone(raw)
    assert phone is not None
    with UnitOfWork(db, basics.agent, clock) as uow:
        ids = uow.customers.ids_by_phone(phone)
        if not ids:
            return ScreenPop(phone=phone, last_contacts=tuple(
                uow.contacts.last_for_phone(phone, LAST_CONTACTS)))
        card = uow.customers.card(ids[0])
        assert card is not None
        return ScreenPop(
            phone=phone, card=card,
            candidates=tuple(uow.customers.hits(ids)) if len(ids) > 1 else (),
            open_tickets=tuple(uow.tickets.open_for_customer(ids[0])),
            last_contacts=tuple(uow.contacts.last_for_customer(ids[0], LAST_CONTACTS)),
            last_notice=uow.repo(NoticeRepository).latest_for_customer(ids[0]),
            incident=incident_at(uow, card.estate, card.building))


class _Statements:
    def __init__(self, db) -> None:
        self.engine, self.count = db.engine, 0

    def _seen(self, *_args) -> None:
        self.count += 1

    def __enter__(self) -> _Statements:
        event.listen(self.engine, "before_cursor_execute", self._seen)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


@pytest.mark.parametrize("phone", ["13912345678", LANDLINE, "13811112222", "13700001111",
                                   "14500000000"])
def test_pop_is_two_statements_with_the_same_result(db, clock, callers, phone):
    expected = _reference(db, clock, callers, phone)
    with _Statements(db) as statements:
        pop = pop_by_phone(UnitOfWork(db, callers.agent, clock), phone)
    assert statements.count <= 2
    assert pop == expected


def test_the_full_card_has_every_part(db, clock, callers):
    pop = pop_by_phone(UnitOfWork(db, callers.agent, clock), "13912345678")
    assert pop.card is not None and pop.card.phones == tuple(
        normalise_phone(p) for p in ("13912345678", LANDLINE))
    assert len(pop.open_tickets) == 5 and len(pop.last_contacts) == LAST_CONTACTS
    assert [c.description for c in pop.last_contacts][:2] == ["第13次", "第12次"]
    assert any(c.ticket_number for c in pop.last_contacts)
    notice = pop.last_notice  # the later of the two notices reached him last
    assert notice is not None and notice.starts_at is not None
    assert notice.starts_at - notice.notified_at == timedelta(minutes=30)
    assert pop.incident is not None and pop.incident.areas == (("阳光小区", ""),
                                                                ("阳光小区", "3"))
    assert pop.incident.children == 0


def test_a_shared_landline_lists_both_and_shows_the_first(db, clock, callers):
    pop = pop_by_phone(UnitOfWork(db, callers.agent, clock), LANDLINE)
    assert pop.card is not None and pop.card.name == "张伟"  # the lower id comes first
    assert [c.name for c in pop.candidates] == ["张磊", "张伟"]  # by account number


def test_an_unknown_number_shows_its_earlier_calls(db, clock, callers):
    pop = pop_by_phone(UnitOfWork(db, callers.agent, clock), "13700001111")
    assert pop.unknown and [c.description for c in pop.last_contacts] == [
        "陌生来电报修", "陌生来电"]


def test_pop_customer_matches_the_pop_by_phone(db, clock, callers):
    by_phone = pop_by_phone(UnitOfWork(db, callers.agent, clock), "13811112222")
    with _Statements(db) as statements:
        chosen = pop_customer(UnitOfWork(db, callers.agent, clock), callers.li.id,
                              "13811112222")
    assert statements.count <= 2 and chosen == by_phone
    assert pop_customer(UnitOfWork(db, callers.agent, clock), 999_999).card is None
