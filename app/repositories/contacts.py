"""Contact history: the last contacts of a customer or of an unknown number."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.staff import Staff
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.views import ContactSummary


class ContactRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, contact: Contact) -> Contact:
        self.session.add(contact)
        self.session.flush()
        return contact

    def _summaries(self, where, limit: int) -> list[ContactSummary]:
        stmt = (
            select(Contact.id, Contact.created_at, Contact.channel, Contact.category,
                   Contact.description, Contact.outcome, Staff.name, Ticket.id)
            .join(Staff, Staff.id == Contact.agent_id)
            .outerjoin(Ticket, Ticket.contact_id == Contact.id)
            .where(where)
            .order_by(Contact.created_at.desc(), Contact.id.desc())
            .limit(limit)
        )
        return [
            ContactSummary(id=r[0], created_at=r[1], channel=r[2].value, category=r[3].value,
                           description=r[4], outcome=r[5].value, agent_name=r[6],
                           ticket_number=format_ticket_number(r[7]) if r[7] else None)
            for r in self.session.execute(stmt)
        ]

    def last_for_customer(self, customer_id: int, limit: int = 10) -> list[ContactSummary]:
        return self._summaries(Contact.customer_id == customer_id, limit)

    def last_for_phone(self, phone: str, limit: int = 10) -> list[ContactSummary]:
        return self._summaries(Contact.phone == phone, limit)
