"""Work-order queries needed by the intake desk; the queues come with the work-order issue."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.enums import OPEN_TICKET_STATUSES
from app.models.staff import Unit
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.views import TicketSummary


class TicketRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, ticket: Ticket) -> Ticket:
        self.session.add(ticket)
        self.session.flush()
        return ticket

    def get(self, ticket_id: int) -> Ticket | None:
        return self.session.get(Ticket, ticket_id)

    def open_for_customer(self, customer_id: int, limit: int = 50) -> list[TicketSummary]:
        stmt = (
            select(Ticket.id, Ticket.category, Ticket.level, Ticket.status,
                   Ticket.description, Unit.name, Ticket.received_at, Ticket.due_at)
            .join(Unit, Unit.id == Ticket.unit_id)
            .where(Ticket.customer_id == customer_id,
                   Ticket.status.in_(OPEN_TICKET_STATUSES))
            .order_by(Ticket.due_at)
            .limit(limit)
        )
        return [
            TicketSummary(id=r[0], number=format_ticket_number(r[0]), category=r[1].value,
                          level=r[2], status=r[3].value, description=r[4], unit_name=r[5],
                          received_at=r[6], due_at=r[7])
            for r in self.session.execute(stmt)
        ]
