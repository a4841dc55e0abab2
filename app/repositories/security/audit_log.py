"""The audit viewer's reading of the event log: filtered, newest first, one page at a time.

The event table grows by every change of every desk (millions of rows in a few seasons), so
every filter runs on an index and pages are cut by keyset (`id < last id seen`), never by
OFFSET: page 500 costs what page 1 costs. Indexes (revision 0140 and the foundation):
person `ix_event_actor (actor_id, id)`, desk `ix_event_desk (desk, id)`, time
`ix_event_occurred (occurred_at, id)`, order or customer `ix_event_entity (entity,
entity_id, id)`; the primary key orders an unfiltered page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, or_, select, text, union_all
from sqlalchemy.orm import Session, aliased

from app.models.customer import Customer
from app.models.event import Event
from app.models.staff import Staff


@dataclass(frozen=True)
class AuditFilter:
    """Every field optional; the ones given must all hold."""

    person_id: int | None = None  # what they did, and what was done to their account
    desk: str | None = None
    entity: str | None = None  # "ticket" (an order) or "customer"
    entity_id: int | None = None
    since: datetime | None = None  # inclusive, aware UTC
    until: datetime | None = None  # exclusive


@dataclass(frozen=True)
class AuditRow:
    id: int
    occurred_at: datetime
    actor_job_number: str | None
    actor_name: str | None
    desk: str | None
    entity: str
    entity_id: int
    action: str
    changes: dict[str, Any]
    subject: str | None = None  # a staff record's job number and name


def _where(stmt: Select[Any], f: AuditFilter, before_id: int | None) -> Select[Any]:
    if before_id is not None:
        stmt = stmt.where(Event.id < before_id)
    if f.desk:
        stmt = stmt.where(Event.desk == f.desk)
    if f.entity:
        stmt = stmt.where(Event.entity == f.entity)
        if f.entity_id is not None:
            stmt = stmt.where(Event.entity_id == f.entity_id)
    if f.since is not None:
        stmt = stmt.where(Event.occurred_at >= f.since)
    if f.until is not None:
        stmt = stmt.where(Event.occurred_at < f.until)
    return stmt


class AuditLogRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def page(self, f: AuditFilter, before_id: int | None, limit: int) -> list[AuditRow]:
        """Up to `limit` events matching `f`, newest first, older than `before_id`."""
        ids = select(Event.id)
        if f.person_id is None:
            ids = _where(ids, f, before_id).order_by(Event.id.desc()).limit(limit)
        else:
            # two index range scans, each cut at `limit`, merged: never an OR over the table
            done = _where(ids.where(Event.actor_id == f.person_id), f, before_id)
            suffered = _where(ids.where(
                Event.entity == "staff", Event.entity_id == f.person_id,
                or_(Event.actor_id.is_(None), Event.actor_id != f.person_id)), f, before_id)
            merged = union_all(done.order_by(Event.id.desc()).limit(limit).subquery().select(),
                               suffered.order_by(Event.id.desc()).limit(limit)
                               .subquery().select()).subquery()
            ids = select(merged.c.id).order_by(merged.c.id.desc()).limit(limit)
        chosen = ids.subquery()
        actor, subject = aliased(Staff), aliased(Staff)
        stmt = (select(Event.id, Event.occurred_at, actor.job_number, actor.name, Event.desk,
                       Event.entity, Event.entity_id, Event.action, Event.changes,
                       subject.job_number, subject.name)
                .join(chosen, chosen.c.id == Event.id)
                .outerjoin(actor, actor.id == Event.actor_id)
                .outerjoin(subject, and_(Event.entity == "staff",
                                         subject.id == Event.entity_id))
                .order_by(Event.id.desc()))
        return [AuditRow(id=r[0], occurred_at=r[1], actor_job_number=r[2], actor_name=r[3],
                         desk=r[4], entity=r[5], entity_id=r[6], action=r[7], changes=r[8],
                         subject=f"{r[9]} {r[10]}" if r[9] else None)
                for r in self.session.execute(stmt)]

    def customer_id(self, account_number: str) -> int | None:
        return self.session.scalar(select(Customer.id)
                                   .where(Customer.account_number == account_number))

    def desks(self) -> list[str]:
        """The desks named in the log (the viewer's desk filter offers them): a loose index
        scan on `ix_event_desk`, one index probe per desk, not a DISTINCT over the table."""
        return [d for d in self.session.scalars(text(_DESKS_SQL)) if d]


_DESKS_SQL = """
WITH RECURSIVE d(desk) AS (
    SELECT MIN(desk) FROM event WHERE desk IS NOT NULL
    UNION ALL
    SELECT (SELECT MIN(e.desk) FROM event e WHERE e.desk > d.desk) FROM d
    WHERE d.desk IS NOT NULL
)
SELECT desk FROM d WHERE desk IS NOT NULL
"""
