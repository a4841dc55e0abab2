"""The overdue sweep's statements (rule 2.8): a bounded batch flagged set-based.

Flagging an order is an INSERT of a narrow row into `ticket_overdue` (app/models/
ticket_overdue.py), never an UPDATE of the order's wide, heavily indexed row. A batch picks
the oldest running, unpaused orders due before now that have no flag yet, walking the
partial index of running orders by due time from the sweep mark (where the last finished
sweep ended, less a margin) or from the previous batch's last order, and inserts their flags
and their `overdue` events in the same transaction; no row travels through Python but the
flagged orders' ids. On PostgreSQL a batch is one statement (the inserts in a WITH); two
desks sweeping at once may pick the same orders, and the flag's primary key lets one of
them insert it (ON CONFLICT DO NOTHING; only orders this desk flagged get an event). SQLite
has one writer at a time, which gives the same guarantee.

The events are the system's (no actor) at the moment the order became overdue, its
deadline: {"due_at": the deadline as Python's isoformat() writes it, "escalated": true}.
Nobody logged in at the sweeping desk did this, and supervision figures count people's own
steps only (rule 5.4).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, BindParameter, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from app.models.base import UTCDateTime
from app.models.ticket_sweep_index import SWEEP_SQL

OVERDUE = "overdue"
MARK_ID = 1
# The walk starts this much before the mark: a desk whose clock is behind the one that set
# the mark, or a step committed while a sweep read, still finds its orders.
MARK_MARGIN = timedelta(minutes=10)

_UNFLAGGED = "NOT EXISTS (SELECT 1 FROM ticket_overdue AS o WHERE o.ticket_id = ticket.id)"


def _pick(*, lower: bool, after: bool, one: bool) -> str:
    where = [SWEEP_SQL, "ticket.due_at < :now", _UNFLAGGED]
    if lower:
        where.append("ticket.due_at >= :lower")
    if after:
        where.append("(ticket.due_at > :after_due OR "
                     "(ticket.due_at = :after_due AND ticket.id > :after_id))")
    if one:
        where.append("ticket.id = :ticket_id")
    return (f"SELECT ticket.id, ticket.due_at FROM ticket WHERE {' AND '.join(where)} "
            "ORDER BY ticket.due_at, ticket.id LIMIT :batch")


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
_FLAG_COLUMNS = "INSERT INTO ticket_overdue (ticket_id, due_at, flagged_at)"

_SQLITE_FLAG = f"""{_FLAG_COLUMNS} SELECT id, due_at, :now FROM ({{pick}}) WHERE true
    ON CONFLICT (ticket_id) DO NOTHING RETURNING ticket_id, due_at"""
_SQLITE_EVENTS = f"""{_EVENT_COLUMNS}
    SELECT t.due_at, NULL, 'ticket', t.ticket_id, :action,
           json_object('due_at', {_SQLITE_ISO}, 'escalated', json('true'))
    FROM ticket_overdue AS t WHERE t.ticket_id IN (SELECT value FROM json_each(:ids))"""
# The batch is picked in a CTE of its own, run once; the statement answers in one row:
# the ids it flagged, how many it picked (fewer than the batch means the walk reached the
# orders not yet due) and the last order it picked (where the next batch goes on).
_PG_SWEEP = f"""WITH pick AS MATERIALIZED ({{pick}}),
    f AS ({_FLAG_COLUMNS} SELECT id, due_at, :now FROM pick
          ON CONFLICT (ticket_id) DO NOTHING RETURNING ticket_id, due_at),
    ev AS ({_EVENT_COLUMNS}
           SELECT f.due_at, NULL, 'ticket', f.ticket_id, :action,
                  json_build_object('due_at', {_PG_ISO}, 'escalated', true)
           FROM f RETURNING entity_id)
    SELECT (SELECT array_agg(entity_id) FROM ev) AS flagged,
           (SELECT count(*) FROM pick) AS picked, last.due_at, last.id
    FROM (SELECT 1) AS one LEFT JOIN LATERAL (
        SELECT id, due_at FROM pick ORDER BY due_at DESC, id DESC LIMIT 1) AS last ON true"""

_MARK_READ = "SELECT swept_until FROM overdue_sweep_mark WHERE id = :mark"
_MARK_SET = {
    "postgresql": """INSERT INTO overdue_sweep_mark (id, swept_until) VALUES (:mark, :now)
        ON CONFLICT (id) DO UPDATE
        SET swept_until = GREATEST(overdue_sweep_mark.swept_until, EXCLUDED.swept_until)""",
    "sqlite": """INSERT INTO overdue_sweep_mark (id, swept_until) VALUES (:mark, :now)
        ON CONFLICT (id) DO UPDATE
        SET swept_until = max(overdue_sweep_mark.swept_until, excluded.swept_until)""",
}


def _typed(sql: str, *times: str) -> Any:
    types: list[BindParameter[Any]] = [bindparam(name, type_=UTCDateTime())
                                       for name in times if f":{name}" in sql]
    if ":after_id" in sql:
        types.append(bindparam("after_id", type_=BigInteger()))
    return text(sql).bindparams(*types)


# Orders flagged per transaction. Flagging locks no order (it inserts narrow rows of its
# own), so a claim or a save never waits for a sweep; the batch only bounds what one
# transaction writes, and a commit may checkpoint SQLite's WAL (tens of ms), so few,
# large batches.
BATCH = {"postgresql": 10_000, "sqlite": 10_000}


@dataclass(frozen=True)
class Batch:
    flagged: list[int]
    picked: int
    last: tuple[Any, int] | None  # (due_at as the database gave it, id) of the last picked


class OverdueSweepRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def _dialect(self) -> str:
        return self.session.get_bind().dialect.name

    def batch_size(self) -> int:
        return BATCH.get(self._dialect, 2000)

    def mark(self) -> datetime | None:
        """Up to when every running order due before it has been flagged (None: unknown)."""
        stmt = text(_MARK_READ).columns(swept_until=UTCDateTime())
        return self.session.execute(stmt, {"mark": MARK_ID}).scalar_one_or_none()

    def set_mark(self, now: datetime) -> None:
        """A sweep at `now` walked to its end: every running order due before `now` is
        flagged. The mark never moves back."""
        self.session.execute(_typed(_MARK_SET.get(self._dialect, _MARK_SET["sqlite"]), "now"),
                             {"mark": MARK_ID, "now": now})

    def flag_batch(self, now: datetime, limit: int, *, lower: datetime | None = None,
                   after: tuple[Any, int] | None = None,
                   ticket_id: int | None = None) -> Batch:
        """Flag up to `limit` running orders overdue at `now` and not flagged yet, oldest
        deadline first (due at or after `lower`, after the order `after`), each with its
        event; `ticket_id` flags that order only, if it is overdue."""
        pick = _pick(lower=lower is not None, after=after is not None,
                     one=ticket_id is not None)
        params: dict[str, Any] = {"now": now, "batch": limit, "action": OVERDUE,
                                  "lower": lower, "ticket_id": ticket_id}
        if after is not None:
            params.update(after_due=after[0], after_id=after[1])
        if self._dialect == "postgresql":
            return self._flag_pg(pick, params)
        return self._flag_sqlite(pick, params)

    def _flag_pg(self, pick: str, params: dict[str, Any]) -> Batch:
        if params["ticket_id"] is None:
            # A sweep's commit need not wait for the WAL to reach the disk (a 10,000 batch
            # writes megabytes of it): a crash loses whole batches, flags, events and mark
            # together, never half of one, and the next sweep flags those orders again.
            # Not for one order flagged inside a person's step: that step stays durable.
            self.session.execute(text("SET LOCAL synchronous_commit = off"))
        sql = _PG_SWEEP.format(pick=pick)
        stmt = _typed(sql, "now", "lower", "after_due").columns(
            flagged=ARRAY(BigInteger()), picked=BigInteger(), due_at=UTCDateTime(),
            id=BigInteger())
        flagged, picked, due, last_id = self.session.execute(stmt, params).one()
        return Batch([int(i) for i in flagged or ()], int(picked),
                     None if last_id is None else (due, int(last_id)))

    def _flag_sqlite(self, pick: str, params: dict[str, Any]) -> Batch:
        # the deadlines stay the stored text (no type on the result): the next batch's
        # keyset compares them as stored
        stmt = _typed(_SQLITE_FLAG.format(pick=pick), "now", "lower")
        rows = [(int(r[0]), r[1]) for r in self.session.execute(stmt, params)]
        flagged = [r[0] for r in rows]
        if flagged:
            self.session.execute(text(_SQLITE_EVENTS),
                                 {"action": OVERDUE, "ids": json.dumps(flagged)})
        last = max(((due, tid) for tid, due in rows), default=None)
        return Batch(flagged, len(rows), last)
