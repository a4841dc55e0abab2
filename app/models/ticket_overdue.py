"""The overdue flag of a work order, in a narrow table of its own (rule 2.8; revision 0106).

The sweep used to flag an order by updating its row in `ticket`: every flagged order wrote a
new row version into each of the order table's 18 indexes (the column was indexed, so never
a HOT update), 1.0–1.3 s for a backlog of 10,000 on PostgreSQL at full size. Now flagging is
an INSERT of a narrow row into `ticket_overdue`; the order's row is not touched.

- `due_at`: the deadline the order missed; the automatic escalation happened at that moment
  (its event is dated then, by the system, and the order counts as escalated from then on:
  the readers show `COALESCE(ticket.escalated_at, ticket_overdue.due_at)`);
- `flagged_at`: when a sweep raised the alert; the leaders' desks read the alerts after a
  cursor on (flagged_at, ticket_id), so each shows once.

`overdue_sweep_mark` holds one row: the time up to which a sweep has flagged every running
order due before it. The next sweep walks the running orders due after it (less a margin for
desks whose clocks differ), not every overdue order flagged before; without the row a sweep
walks them all once. A step that moves a deadline into the past (resuming a paused order,
raising its level) flags the order itself (app/workflows/tickets/escalation.py); a bulk
load deletes the mark (app/repositories/bulk.py). Not covered: a desk whose clock runs more
than the margin ahead of the others sets a mark in their future.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, SmallInteger
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class TicketOverdue(Base):
    __tablename__ = "ticket_overdue"
    __table_args__ = (
        Index("ix_ticket_overdue_flagged_at", "flagged_at", "ticket_id"),  # alert cursor
    )

    # No foreign key: its check locks the order's row (FOR KEY SHARE writes the row's
    # header) for every flag, half of a backlog's INSERT on PostgreSQL; orders are never
    # deleted, and only the sweep and the steps of an existing order write a flag.
    ticket_id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=False)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    flagged_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OverdueSweepMark(Base):
    __tablename__ = "overdue_sweep_mark"

    id: Mapped[int] = mapped_column(SmallInteger, primary_key=True, autoincrement=False)
    swept_until: Mapped[datetime] = mapped_column(UTCDateTime())
