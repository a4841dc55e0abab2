"""Parent incidents (a burst pipe, a substation fault) and the orders of many callers.

A caller from an affected building sees the incident in the screen pop; resolving the
incident resolves every unfinished child order and queues its callback (rule 2.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.enums import (
    IncidentKind,
    IncidentStatus,
    Responsibility,
    TicketStatus,
)
from app.models.incident import Incident
from app.models.ticket import format_ticket_number
from app.repositories.tickets.incidents import IncidentRepository
from app.repositories.uow import UnitOfWork
from app.repositories.views import IncidentView
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.tickets.deadlines import ticket_times
from app.workflows.tickets.steps import actor_id, apply_step, required_text
from app.workflows.tickets.transitions import LINK_INCIDENT


@dataclass(frozen=True)
class IncidentForm:
    kind: str
    title: str
    unit_id: int
    areas: list[tuple[str, str]]  # (estate, building); "" as building: the whole estate
    description: str = ""
    expected_end_at: datetime | None = None


def _view(repo: IncidentRepository, incident: Incident) -> IncidentView:
    return IncidentView(
        id=incident.id, kind=incident.kind.value, title=incident.title,
        description=incident.description, status=incident.status.value,
        unit_id=incident.unit_id, started_at=incident.started_at,
        expected_end_at=incident.expected_end_at, areas=tuple(repo.areas(incident.id)),
        resolution=incident.resolution, children=repo.child_count(incident.id))


def open_incident(uow: UnitOfWork, form: IncidentForm) -> IncidentView:
    require(uow, Permission.INCIDENT_MANAGE)  # an outage opens one by network.outage instead
    with uow:
        view = open_incident_in(uow, form)
        uow.commit()
        return view


def open_incident_in(uow: UnitOfWork, form: IncidentForm) -> IncidentView:
    """Inside an open unit of work (another workflow's, e.g. an outage): not committed."""
    errors = required_text("title", form.title, 200)
    if form.kind not in {k.value for k in IncidentKind}:
        errors["kind"] = "choice.invalid"
    areas = sorted({(e.strip(), b.strip()) for e, b in form.areas if e.strip()})
    if not areas:
        errors["areas"] = "required"
    if not uow.units.exists(form.unit_id):
        errors["unit"] = "unit.unknown"
    if errors:
        raise ValidationError(errors)
    repo = uow.repo(IncidentRepository)
    incident = repo.add(Incident(
        kind=IncidentKind(form.kind), title=form.title.strip(),
        description=form.description.strip(), unit_id=form.unit_id,
        started_at=uow.clock(), expected_end_at=form.expected_end_at,
        created_by_id=actor_id(uow)), areas)
    return _view(repo, incident)


def link_ticket(uow: UnitOfWork, incident_id: int, ticket_id: int) -> None:
    """Make a caller's order a child of the incident."""
    with uow:
        incident = uow.repo(IncidentRepository).get(incident_id)
        if incident is None or incident.status is not IncidentStatus.OPEN:
            raise ValidationError({"incident": "incident.not_open"})
        apply_step(uow, ticket_id, LINK_INCIDENT,
                   {"incident_id": incident_id})
        uow.commit()


def incident_at(uow: UnitOfWork, estate: str, building: str) -> IncidentView | None:
    """The open incident affecting this building, inside an open unit of work."""
    if not estate:
        return None
    repo = uow.repo(IncidentRepository)
    incident = repo.open_covering(estate, building)
    return _view(repo, incident) if incident else None


def resolve_incident(uow: UnitOfWork, incident_id: int, resolution: str,
                     responsibility: str = Responsibility.COMPANY.value) -> list[int]:
    """Resolve the incident and every unfinished child; returns the children resolved."""
    require(uow, Permission.INCIDENT_MANAGE)
    errors = required_text("resolution", resolution)
    if responsibility not in {r.value for r in Responsibility} - {"undetermined"}:
        errors["responsibility"] = "required"  # rule 2.6
    if errors:
        raise ValidationError(errors)
    with uow:
        children = resolve_incident_in(uow, incident_id, resolution, responsibility)
        uow.commit()
        return children


def resolve_incident_in(uow: UnitOfWork, incident_id: int, resolution: str,
                        responsibility: str = Responsibility.COMPANY.value) -> list[int]:
    """Inside an open unit of work (an outage's restore): not committed."""
    who = actor_id(uow)
    now = uow.clock()
    incident = uow.repo(IncidentRepository).get(incident_id)
    if incident is None:
        raise NotFound(f"incident {incident_id}")
    if incident.status is not IncidentStatus.OPEN:
        raise ValidationError({"incident": "incident.not_open"})
    incident.status = IncidentStatus.RESOLVED
    incident.resolved_at = now
    incident.resolution = resolution.strip()
    uow.session.flush()
    text = resolution.strip()
    children = uow.tickets.resolve_children(incident_id, {
        "status": TicketStatus.RESOLVED, "resolution": text,
        "responsibility": Responsibility(responsibility), "resolved_at": now, "paused_at": None,
        "callback_due_at": now + ticket_times(uow).callback_after})  # rule 2.5
    uow.tickets.close_open_pauses(children, now, who)
    for ticket_id in children:
        uow.tickets.record(ticket_id, "resolve", {
            "resolution": text, "incident_id": incident_id}, who, now)
    return children


@dataclass(frozen=True)
class IncidentChild:
    ticket_id: int
    number: str
    status: str


def list_incidents(uow: UnitOfWork, include_resolved: bool = False) -> list[IncidentView]:
    """The incidents window's list: open ones first, then (if asked) the resolved."""
    with uow:
        repo = uow.repo(IncidentRepository)
        return [_view(repo, i) for i in repo.recent(include_resolved)]


def incident_children(uow: UnitOfWork, incident_id: int) -> list[IncidentChild]:
    with uow:
        return [IncidentChild(ticket_id=tid, number=format_ticket_number(tid), status=status)
                for tid, status in uow.repo(IncidentRepository).children(incident_id)]
