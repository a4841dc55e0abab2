"""A parent incident (a burst pipe, a substation fault) and the buildings it affects.

Callers from an affected building see the incident in the screen pop; their work orders
link to it through ticket.incident_id, and resolving the incident resolves them.
An area with an empty building covers the whole estate.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import IncidentKind, IncidentStatus, db_enum


class Incident(Base):
    __tablename__ = "incident"
    __table_args__ = (Index("ix_incident_status", "status", "started_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[IncidentKind] = mapped_column(db_enum(IncidentKind, "incident_kind"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[IncidentStatus] = mapped_column(
        db_enum(IncidentStatus, "incident_status"), default=IncidentStatus.OPEN)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_end_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resolution: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)


class IncidentArea(Base):
    __tablename__ = "incident_area"
    __table_args__ = (Index("ix_incident_area_place", "estate", "building"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incident.id", ondelete="CASCADE"))
    estate: Mapped[str] = mapped_column(String(100))
    building: Mapped[str] = mapped_column(String(20), default="")
