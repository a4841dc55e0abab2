"""Aggregate reads on contacts and work orders for the supervision figures (rules 2.4, 5.4).

Counts that SQL groups well (contacts per category, per agent, repeat phones) are grouped in
the database; per-order facts needed for deadlines and times are returned as small rows so
the workflow computes exact figures the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.base import UTCDateTime
from app.models.contact import Contact
from app.models.customer import Customer
from app.models.enums import Satisfaction
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback


@dataclass(frozen=True)
class TicketFact:
    """One work order received in the period, with what the figures need of it."""

    id: int
    level: int
    category: str
    responsibility: str
    unit: str
    estate: str
    created_by: str
    received_at: datetime
    due_at: datetime
    done_at: datetime | None  # resolved, or closed without a resolution step
    satisfaction: Satisfaction | None  # the latest reached callback's answer


class StatisticsRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def contacts_by_category(self, begin: datetime, end: datetime) -> dict[str, int]:
        stmt = (select(Contact.category, func.count())
                .where(Contact.created_at >= begin, Contact.created_at < end)
                .group_by(Contact.category))
        return {c.value: int(n) for c, n in self.session.execute(stmt)}

    def contacts_per_agent(self, begin: datetime, end: datetime) -> list[tuple[str, str, int]]:
        """(agent name, category, contacts) for every agent with contacts in the period."""
        stmt = (select(Staff.name, Contact.category, func.count())
                .join(Staff, Staff.id == Contact.agent_id)
                .where(Contact.created_at >= begin, Contact.created_at < end)
                .group_by(Staff.name, Contact.category).order_by(Staff.name))
        return [(name, cat.value, int(n)) for name, cat, n in self.session.execute(stmt)]

    def repeat_phones(self, begin: datetime, end: datetime,
                      at_least: int) -> list[tuple[str, int, datetime]]:
        """Phones that reached the desk `at_least` times: (phone, contacts, last contact)."""
        stmt = (select(Contact.phone, func.count(), func.max(Contact.created_at))
                .where(Contact.created_at >= begin, Contact.created_at < end,
                       Contact.phone != "")
                .group_by(Contact.phone).having(func.count() >= at_least)
                .order_by(func.count().desc(), Contact.phone))
        return [(p, int(n), last) for p, n, last in self.session.execute(stmt)]

    def ticket_facts(self, begin: datetime, end: datetime) -> list[TicketFact]:
        creator = Staff.__table__.alias("creator")
        stmt = (select(Ticket.id, Ticket.level, Ticket.category, Ticket.responsibility,
                       Unit.name, Customer.estate, creator.c.name, Ticket.received_at,
                       Ticket.due_at, func.coalesce(Ticket.resolved_at, Ticket.closed_at,
                                     type_=UTCDateTime()))
                .join(Unit, Unit.id == Ticket.unit_id)
                .join(creator, creator.c.id == Ticket.created_by_id)
                .outerjoin(Customer, Customer.id == Ticket.customer_id)
                .where(Ticket.received_at >= begin, Ticket.received_at < end)
                .order_by(Ticket.id))
        rows = self.session.execute(stmt).all()
        latest = self._latest_satisfaction(begin)
        facts = []
        for r in rows:
            facts.append(TicketFact(r[0], r[1], r[2].value, r[3].value, r[4], r[5] or "",
                                    r[6], r[7], r[8], r[9], latest.get(r[0])))
        return facts

    def _latest_satisfaction(self, begin: datetime) -> dict[int, Satisfaction]:
        stmt = (select(TicketCallback.ticket_id, TicketCallback.satisfaction)
                .join(Ticket, Ticket.id == TicketCallback.ticket_id)
                .where(Ticket.received_at >= begin, TicketCallback.reached.is_(True),
                       TicketCallback.satisfaction.is_not(None))
                .order_by(TicketCallback.called_at, TicketCallback.id))
        return {tid: s for tid, s in self.session.execute(stmt) if s is not None}
