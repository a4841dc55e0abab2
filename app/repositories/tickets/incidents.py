"""Incident queries: which open incident covers a building, and an incident's orders."""

from __future__ import annotations

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models.enums import IncidentStatus
from app.models.incident import Incident, IncidentArea
from app.models.ticket import Ticket


class IncidentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, incident: Incident, areas: list[tuple[str, str]]) -> Incident:
        self.session.add(incident)
        self.session.flush()
        for estate, building in areas:
            self.session.add(IncidentArea(incident_id=incident.id, estate=estate,
                                          building=building))
        self.session.flush()
        return incident

    def get(self, incident_id: int) -> Incident | None:
        return self.session.get(Incident, incident_id)

    def areas(self, incident_id: int) -> list[tuple[str, str]]:
        stmt = (select(IncidentArea.estate, IncidentArea.building)
                .where(IncidentArea.incident_id == incident_id)
                .order_by(IncidentArea.estate, IncidentArea.building))
        return [(r[0], r[1]) for r in self.session.execute(stmt)]

    def open_covering(self, estate: str, building: str) -> Incident | None:
        """The newest open incident whose area holds this building (or its whole estate)."""
        stmt = (
            select(Incident)
            .join(IncidentArea, IncidentArea.incident_id == Incident.id)
            .where(Incident.status == IncidentStatus.OPEN, IncidentArea.estate == estate,
                   or_(IncidentArea.building == building, IncidentArea.building == ""))
            .order_by(Incident.started_at.desc(), Incident.id.desc())
            .limit(1)
        )
        return self.session.execute(stmt).scalars().first()

    def open_incidents(self, limit: int = 100) -> list[Incident]:
        stmt = (select(Incident).where(Incident.status == IncidentStatus.OPEN)
                .order_by(Incident.started_at.desc()).limit(limit))
        return list(self.session.execute(stmt).scalars())

    def child_count(self, incident_id: int) -> int:
        return self.session.scalar(select(func.count()).select_from(Ticket)
                                   .where(Ticket.incident_id == incident_id)) or 0

    def recent(self, include_resolved: bool, limit: int = 100) -> list[Incident]:
        """Incidents for the incidents window: open ones first, then the latest resolved."""
        stmt = select(Incident)
        if not include_resolved:
            stmt = stmt.where(Incident.status == IncidentStatus.OPEN)
        stmt = stmt.order_by(Incident.status, Incident.started_at.desc(),
                             Incident.id.desc()).limit(limit)
        return list(self.session.execute(stmt).scalars())

    def children(self, incident_id: int, limit: int = 200) -> list[tuple[int, str]]:
        """(ticket id, status) of the incident's orders, oldest first."""
        stmt = (select(Ticket.id, Ticket.status).where(Ticket.incident_id == incident_id)
                .order_by(Ticket.id).limit(limit))
        return [(r[0], r[1].value) for r in self.session.execute(stmt)]
