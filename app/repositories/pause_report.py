"""Every pause of the work orders received in a period, for the compliance report
(rule 5.2.2: measured against the original deadline and the paused one side by side).

Driven from `ticket_pause` (a small table: only orders waiting for a customer have rows)
joined to their orders, so it reads nothing of the orders that were never paused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.models.base import UTCDateTime
from app.models.staff import Staff
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketPause


@dataclass(frozen=True)
class PauseRow:
    ticket_id: int
    level: int
    received_at: datetime
    due_at: datetime  # the effective deadline: moved later by every ended pause
    done_at: datetime | None  # resolved, or closed without a resolution step
    paused_at: datetime
    resumed_at: datetime | None
    reason: str
    paused_by: str
    resumed_by: str


class PauseReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def pauses(self, begin: datetime, end: datetime) -> list[PauseRow]:
        """The pauses of orders received in [begin, end), by order and time."""
        paused_by, resumed_by = aliased(Staff), aliased(Staff)
        done_at = func.coalesce(Ticket.resolved_at, Ticket.closed_at, type_=UTCDateTime())
        stmt = (select(Ticket.id, Ticket.level, Ticket.received_at, Ticket.due_at, done_at,
                       TicketPause.paused_at, TicketPause.resumed_at, TicketPause.reason,
                       paused_by.name, resumed_by.name)
                .join(Ticket, Ticket.id == TicketPause.ticket_id)
                .outerjoin(paused_by, paused_by.id == TicketPause.paused_by_id)
                .outerjoin(resumed_by, resumed_by.id == TicketPause.resumed_by_id)
                .where(Ticket.received_at >= begin, Ticket.received_at < end,
                       # the paused orders by their key: without it SQLite read every order
                       # of the table (0.85 s at 1,288,703 orders) to probe for pauses
                       Ticket.id.in_(select(TicketPause.ticket_id)))
                .order_by(Ticket.id, TicketPause.paused_at, TicketPause.id))
        return [PauseRow(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5], r[6], r[7] or "",
                         r[8] or "", r[9] or "") for r in self.session.execute(stmt)]
