"""The append-only event log: who changed what, and when.

Rows are written by the audit hook in the same transaction as the change they describe;
database triggers (see the first migration) refuse UPDATE and DELETE on this table.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class Event(Base):
    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_entity", "entity", "entity_id", "id"),
        # the audit viewer's filters, each paged by id (revision 0140); only rows with a
        # person or desk (revision 0155: the sweep's system events have neither)
        Index("ix_event_actor", "actor_id", "id", sqlite_where=text("actor_id IS NOT NULL"),
              postgresql_where=text("actor_id IS NOT NULL")),
        Index("ix_event_desk", "desk", "id", sqlite_where=text("desk IS NOT NULL"),
              postgresql_where=text("desk IS NOT NULL")),
        Index("ix_event_occurred", "occurred_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime())
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int] = mapped_column(BigId)
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    desk: Mapped[str | None] = mapped_column(String(60), default=None)  # the workstation
