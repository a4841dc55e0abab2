"""The overdue sweep's statements (rule 2.8): a bounded batch flagged set-based.

One UPDATE flags the oldest newly overdue running orders, at most a batch, walking the
partial index of orders not yet flagged (app/models/ticket_sweep_index.py); one INSERT …
SELECT writes their `overdue` events from the rows the UPDATE returned, in the same
transaction. On PostgreSQL the batch is picked FOR UPDATE SKIP LOCKED, so two desks
sweeping at once take different orders instead of queueing behind each other's locks, and
the UPDATE re-checks the WHERE on the row it locks: an order is flagged by one desk only.
SQLite has one writer at a time, which gives the same guarantee.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from app.models.base import UTCDateTime
from app.models.ticket import Ticket
from app.models.ticket_sweep_index import SWEEP_SQL

_T = Ticket.__table__
OVERDUE = "overdue"

# The event rows carry the same changes the history has always shown:
# {"due_at": <ISO time of the deadline>, "escalated": true}.
_EVENTS_SQL = {
    "sqlite": """
        INSERT INTO event (occurred_at, actor_id, entity, entity_id, action, changes)
        SELECT :now, :actor, 'ticket', json_extract(value, '$[0]'), :action,
               json_object('due_at', json_extract(value, '$[1]'), 'escalated', json('true'))
        FROM json_each(:rows)""",
    "postgresql": """
        INSERT INTO event (occurred_at, actor_id, entity, entity_id, action, changes)
        SELECT :now, CAST(:actor AS BIGINT), 'ticket', CAST(r ->> 0 AS BIGINT), :action,
               json_build_object('due_at', r ->> 1, 'escalated', true)
        FROM json_array_elements(CAST(:rows AS JSON)) AS r""",
}


class OverdueSweepRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def flag_batch(self, now: datetime, limit: int) -> list[tuple[int, datetime]]:
        """Flag and escalate up to `limit` orders that are overdue at `now` and not flagged
        yet, oldest deadline first; (id, due_at) of those this call flagged."""
        due = text(SWEEP_SQL)
        pick = (select(_T.c.id).where(due, _T.c.due_at < now)
                .order_by(_T.c.due_at, _T.c.id).limit(limit)
                .with_for_update(skip_locked=True))
        stmt = (
            update(_T)
            .where(_T.c.id.in_(pick.scalar_subquery()), due, _T.c.due_at < now)
            .values(overdue_alerted_at=now,
                    escalated_at=func.coalesce(_T.c.escalated_at, now),
                    version=_T.c.version + 1)
            .returning(_T.c.id, _T.c.due_at)
            .execution_options(synchronize_session=False)
        )
        return [(r[0], r[1]) for r in self.session.execute(stmt)]

    def record_overdue(self, flagged: list[tuple[int, datetime]], actor_id: int | None,
                       now: datetime) -> None:
        """One `overdue` event per flagged order, in one INSERT … SELECT."""
        if not flagged:
            return
        dialect = self.session.get_bind().dialect.name
        rows = json.dumps([[ticket_id, due.isoformat()] for ticket_id, due in flagged])
        stmt = text(_EVENTS_SQL[dialect]).bindparams(
            bindparam("now", type_=UTCDateTime()), bindparam("actor", type_=BigInteger()))
        params: dict[str, Any] = {"now": now, "actor": actor_id, "action": OVERDUE,
                                  "rows": rows}
        self.session.execute(stmt, params)
