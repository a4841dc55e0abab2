"""Visitors at the service hall (rule 3.7.2): the register of a day and the counts the
visitor summary report shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.models.contact import Contact
from app.models.customer import Customer
from app.models.staff import Staff
from app.models.ticket import Ticket, format_ticket_number
from app.models.visitors import Visitor


@dataclass(frozen=True)
class VisitorLine:
    id: int
    name: str
    party: int
    phone: str
    arrived_at: datetime
    left_at: datetime | None
    account_number: str
    customer_name: str
    category: str
    description: str
    answer: str
    outcome: str
    given: tuple[str, ...]
    follow_up: str
    ticket_number: str
    ticket_status: str
    received_by: str


@dataclass(frozen=True)
class VisitCount:
    arrived_at: datetime
    party: int
    category: str
    has_order: bool


class VisitorRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, visitor: Visitor) -> Visitor:
        self.session.add(visitor)
        self.session.flush()
        return visitor

    def contact_customer(self, contact_id: int) -> int | None:
        return self.session.scalar(select(Contact.customer_id).where(Contact.id == contact_id))

    def between(self, first: datetime, last: datetime, limit: int = 500) -> list[VisitorLine]:
        staff = aliased(Staff)
        rows = self.session.execute(
            select(Visitor, Contact.phone, Contact.category, Contact.description,
                   Contact.answer, Contact.outcome, Customer.account_number, Customer.name,
                   Ticket.id, Ticket.status, staff.name)
            .join(Contact, Contact.id == Visitor.contact_id)
            .outerjoin(Customer, Customer.id == Visitor.customer_id)
            .outerjoin(Ticket, Ticket.contact_id == Contact.id)
            .join(staff, staff.id == Visitor.received_by_id)
            .where(Visitor.arrived_at >= first, Visitor.arrived_at < last)
            .order_by(Visitor.arrived_at.desc()).limit(limit))
        return [VisitorLine(
            v.id, v.name, v.party, phone, v.arrived_at, v.left_at, account or "", cname or "",
            str(category), description, answer, str(outcome),
            tuple(g for g in v.given.splitlines() if g), v.follow_up,
            format_ticket_number(tid) if tid else "", str(status) if status else "", by)
            for (v, phone, category, description, answer, outcome, account, cname, tid,
                 status, by) in rows]

    def counts(self, first: datetime, last: datetime) -> list[VisitCount]:
        rows = self.session.execute(
            select(Visitor.arrived_at, Visitor.party, Contact.category, Ticket.id)
            .join(Contact, Contact.id == Visitor.contact_id)
            .outerjoin(Ticket, Ticket.contact_id == Contact.id)
            .where(Visitor.arrived_at >= first, Visitor.arrived_at < last))
        return [VisitCount(at, party, str(category), tid is not None)
                for at, party, category, tid in rows]
