"""The index the overdue sweep walks (rule 2.8; revisions 0102, 0106).

Only running orders not paused are in it, in due order. Since revision 0106 the flag is
not in the order's row (app/models/ticket_overdue.py), so the sweep starts its walk at the
sweep mark, where the last sweep ended, and stops at the batch's end or at the first order
not yet due. Its WHERE text is the same
literal SQL the sweep uses (`SWEEP_SQL`), which SQLite needs to match a query to a
partial index.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from app.models.ticket import Ticket

SWEEP_SQL = ("ticket.status IN ('new', 'dispatched', 'in_progress') "
             "AND ticket.paused_at IS NULL")
_t = Ticket.__table__.c

SWEEP_INDEX = Index("ix_ticket_overdue_sweep", _t.due_at, _t.id,
                    sqlite_where=text(SWEEP_SQL), postgresql_where=text(SWEEP_SQL))
