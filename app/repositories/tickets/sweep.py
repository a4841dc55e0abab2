"""The overdue sweep's statements (rule 2.8): a bounded batch flagged set-based.

An UPDATE flags the oldest newly overdue running orders, at most a batch, walking the
partial index of orders not yet flagged (app/models/ticket_sweep_index.py), and an INSERT …
SELECT writes their `overdue` events from the flagged rows, in the same transaction; no row
travels through Python but the flagged orders' ids. On PostgreSQL both are one statement
(the UPDATE in a WITH), and the batch is picked FOR UPDATE SKIP LOCKED, so two desks
sweeping at once take different orders instead of queueing behind each other's locks; the
UPDATE re-checks the WHERE on the row it locks, so an order is flagged by one desk only.
SQLite has one writer at a time, which gives the same guarantee.

The event rows say what they always said: {"due_at": the deadline as Python's isoformat()
writes it, "escalated": true}, by the sweeping desk's staff member, at the sweep's time.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, BindParameter, bindparam, text
from sqlalchemy.orm import Session

from app.models.base import UTCDateTime
from app.models.ticket_sweep_index import SWEEP_SQL

OVERDUE = "overdue"

_PICK = f"""
    SELECT ticket.id FROM ticket WHERE {SWEEP_SQL} AND ticket.due_at < :now
    ORDER BY ticket.due_at, ticket.id LIMIT :batch"""
_FLAG = f"""
    UPDATE ticket SET overdue_alerted_at = :now,
                      escalated_at = COALESCE(ticket.escalated_at, :now),
                      version = ticket.version + 1
    WHERE ticket.id IN ({{pick}}) AND {SWEEP_SQL} AND ticket.due_at < :now"""

# ISO 8601 as datetime.isoformat() writes an aware UTC time: seconds, the microseconds
# only when there are any, then +00:00. SQLite stores 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC.
_SQLITE_ISO = """substr(t.due_at, 1, 10) || 'T' || substr(t.due_at, 12, 8)
    || CASE WHEN substr(t.due_at, 20) IN ('', '.000000') THEN '' ELSE substr(t.due_at, 20) END
    || '+00:00'"""
_PG_ISO = """to_char(f.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
    || CASE WHEN date_trunc('second', f.due_at) = f.due_at THEN ''
            ELSE to_char(f.due_at AT TIME ZONE 'UTC', '.US') END
    || '+00:00'"""
_EVENT_COLUMNS = "INSERT INTO event (occurred_at, actor_id, entity, entity_id, action, changes)"

_SQLITE_EVENTS = f"""{_EVENT_COLUMNS}
    SELECT :now, :actor, 'ticket', t.id, :action,
           json_object('due_at', {_SQLITE_ISO}, 'escalated', json('true'))
    FROM ticket AS t WHERE t.id IN (SELECT value FROM json_each(:ids))"""
# The batch is picked in a CTE of its own, run once: as a subquery of the UPDATE the
# planner may scan it again for each row, and with SKIP LOCKED each scan picks other rows.
_PG_SWEEP = f"""WITH pick AS ({_PICK} FOR UPDATE SKIP LOCKED),
    f AS ({_FLAG.format(pick="SELECT id FROM pick")} RETURNING ticket.id, ticket.due_at)
    {_EVENT_COLUMNS}
    SELECT :now, :actor, 'ticket', f.id, :action,
           json_build_object('due_at', {_PG_ISO}, 'escalated', true)
    FROM f RETURNING entity_id"""


def _typed(sql: str) -> Any:
    types: list[BindParameter[Any]] = [bindparam("now", type_=UTCDateTime())]
    if ":actor" in sql:
        types.append(bindparam("actor", type_=BigInteger()))
    return text(sql).bindparams(*types)


# Orders flagged per transaction. PostgreSQL: a claim or save of an order in the batch
# waits for the batch's commit, and every flagged row writes an entry into each of the
# order's indexes (about 0.1 ms a row here), so batches stay small. SQLite: one writer holds
# the whole file anyway, and a commit may checkpoint the WAL (tens of ms for a batch's
# pages), so fewer, larger batches.
BATCH = {"postgresql": 2000, "sqlite": 10_000}


class OverdueSweepRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def batch_size(self) -> int:
        return BATCH.get(self.session.get_bind().dialect.name, 2000)

    def flag_batch(self, now: datetime, limit: int, actor_id: int | None) -> list[int]:
        """Flag and escalate up to `limit` orders overdue at `now` and not flagged yet,
        oldest deadline first, each with its event; the ids of those this call flagged."""
        params = {"now": now, "batch": limit, "actor": actor_id, "action": OVERDUE}
        if self.session.get_bind().dialect.name == "postgresql":
            return list(self.session.execute(_typed(_PG_SWEEP), params).scalars())
        flagged = list(self.session.execute(
            _typed(_FLAG.format(pick=_PICK) + " RETURNING id"),
            {"now": now, "batch": limit}).scalars())
        if flagged:
            self.session.execute(_typed(_SQLITE_EVENTS),
                                 {**params, "ids": json.dumps(flagged)})
        return flagged
