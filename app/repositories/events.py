"""Reading the append-only event log (writing is the audit hook's job)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.event import Event
from app.models.staff import Staff
from app.repositories.views import EventView


class EventRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def for_entity(self, entity: str, entity_id: int) -> list[EventView]:
        stmt = (
            select(Event.id, Event.occurred_at, Staff.name, Event.entity, Event.entity_id,
                   Event.action, Event.changes)
            .outerjoin(Staff, Staff.id == Event.actor_id)
            .where(Event.entity == entity, Event.entity_id == entity_id)
            .order_by(Event.id)
        )
        return [EventView(*r) for r in self.session.execute(stmt)]
