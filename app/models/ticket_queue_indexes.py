"""Indexes the work-order queues walk in order (revision 0006).

Each queue page reads the next rows of an index after a keyset (sort value, id), so the
first page of "all open" costs the same with 200,000 open orders as with 20. The open-order
indexes are partial: closed orders, the bulk of a season's 3,000,000, are not in them.
Their WHERE text is the same literal SQL the queue queries use (`OPEN_SQL`), which SQLite
needs to match a query to a partial index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Index, text

from app.models.ticket import Ticket

OPEN_SQL = "ticket.status IN ('new', 'dispatched', 'in_progress', 'resolved')"
_t = Ticket.__table__.c


def _open_index(name: str, *columns: ColumnElement[Any]) -> Index:
    """An index over open orders only, with the WHERE text both dialects must match."""
    return Index(name, *columns, sqlite_where=text(OPEN_SQL), postgresql_where=text(OPEN_SQL))


QUEUE_INDEXES = (
    _open_index("ix_ticket_open_due", _t.due_at, _t.id),
    _open_index("ix_ticket_open_received", _t.received_at, _t.id),
    _open_index("ix_ticket_open_assignee_due", _t.assignee_id, _t.due_at, _t.id),
    _open_index("ix_ticket_open_unit_due", _t.unit_id, _t.due_at, _t.id),
    # level decides the deadline (rule 5.2.2), so in due order the level-3 orders come
    # last: filtering by level without this index read every earlier level-1/2 order
    _open_index("ix_ticket_open_level_due", _t.level, _t.due_at, _t.id),
    Index("ix_ticket_closed_at", _t.closed_at, _t.id),
    Index("ix_ticket_phone", _t.phone),  # search by the number on the order
)
