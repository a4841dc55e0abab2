"""The index the overdue sweep walks (rule 2.8; revision 0102).

Only running orders not yet flagged and not paused are in it, in due order, so a sweep
reads the oldest newly overdue orders and stops at the batch's end or at the first order
not yet due, however many overdue orders were flagged before. Its WHERE text is the same
literal SQL the sweep uses (`SWEEP_SQL`), which SQLite needs to match a query to a
partial index.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from app.models.ticket import Ticket

SWEEP_SQL = ("ticket.status IN ('new', 'dispatched', 'in_progress') "
             "AND ticket.paused_at IS NULL AND ticket.overdue_alerted_at IS NULL")
_t = Ticket.__table__.c

SWEEP_INDEX = Index("ix_ticket_overdue_sweep", _t.due_at, _t.id,
                    sqlite_where=text(SWEEP_SQL), postgresql_where=text(SWEEP_SQL))
