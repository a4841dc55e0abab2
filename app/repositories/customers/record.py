"""The customer record as the archive edits it: the row, its phones, its marks, its history.

Scalar changes are written by the ORM (the audit hook records each field's old and new
value); phones and marks live in rows of their own, so the record's save writes one more
event on the customer naming their old and new lists, and bumps the customer's version
itself when nothing else on the row changed (another desk's save in between is refused).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session, selectinload

from app.models.customer import Customer, CustomerMarkRow
from app.models.event import Event
from app.models.heating_contract import HeatingContract
from app.models.heating_stop import HeatingStop
from app.models.staff import Staff
from app.repositories.views import EventView


class RecordRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def load(self, customer_id: int) -> Customer | None:
        return self.session.scalar(select(Customer).options(selectinload(Customer.phones))
                                   .where(Customer.id == customer_id))

    def marks(self, customer_id: int) -> set[str]:
        return {str(m) for m in self.session.scalars(
            select(CustomerMarkRow.mark).where(CustomerMarkRow.customer_id == customer_id))}

    def set_marks(self, customer_id: int, added: set[str], removed: set[str]) -> None:
        if removed:
            self.session.execute(delete(CustomerMarkRow).where(
                CustomerMarkRow.customer_id == customer_id,
                CustomerMarkRow.mark.in_(sorted(removed))))
        if added:
            self.session.execute(insert(CustomerMarkRow), [
                {"customer_id": customer_id, "mark": mark} for mark in sorted(added)])

    def bump(self, customer_id: int, expected_version: int) -> bool:
        """version + 1 where it is still `expected_version`; False: another desk saved."""
        result: Any = self.session.execute(
            update(Customer).where(Customer.id == customer_id,
                                   Customer.version == expected_version)
            .values(version=Customer.version + 1)
            .execution_options(synchronize_session=False))
        return bool(result.rowcount == 1)

    def version(self, customer_id: int) -> int | None:
        return self.session.scalar(select(Customer.version).where(Customer.id == customer_id))

    def add_event(self, customer_id: int, changes: dict[str, Any], actor_id: int | None,
                  at: datetime) -> None:
        """An event the audit hook cannot see (rows of phones and marks as lists)."""
        self.session.add(Event(occurred_at=at, actor_id=actor_id, entity="customer",
                               entity_id=customer_id, action="update", changes=changes,
                               desk=self.session.info.get("desk")))

    def history(self, customer_id: int, limit: int = 500) -> list[EventView]:
        """The record's, its contracts' and its stop/resume applications' events, newest
        first."""
        contracts = select(HeatingContract.id).where(HeatingContract.customer_id == customer_id)
        stops = select(HeatingStop.id).where(HeatingStop.customer_id == customer_id)
        stmt = (
            select(Event.id, Event.occurred_at, Staff.name, Event.entity, Event.entity_id,
                   Event.action, Event.changes)
            .outerjoin(Staff, Staff.id == Event.actor_id)
            .where(or_((Event.entity == "customer") & (Event.entity_id == customer_id),
                       (Event.entity == "heating_contract") & Event.entity_id.in_(contracts),
                       (Event.entity == "heating_stop") & Event.entity_id.in_(stops)))
            .order_by(Event.id.desc()).limit(limit))
        return [EventView(*r) for r in self.session.execute(stmt)]
