"""Outages (issue 16, rule 5.2.1): planned maintenance and unplanned faults over nodes.

Declaring one covers every building below its nodes (set-based), creates the incident or
joins an open one, and from then on the screen pop of a caller from a covered building
reads the outage from `network_active_outage` in one indexed lookup. Restoring resolves
the incident (its child orders are resolved and their callbacks queued, rule 2.5) and
records every household's hours without heat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.models.enums import IncidentKind, IncidentStatus
from app.models.network import NodeKind, Outage, OutageKind, OutageOrigin
from app.repositories.network.outages import OutageRepository, hours_between, view_of
from app.repositories.network.tree import NetworkRepository
from app.repositories.network.views import OutageView
from app.repositories.tickets.incidents import IncidentRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.tickets.incidents import (
    IncidentForm,
    open_incident_in,
    resolve_incident_in,
)

MAX_REASON = 500


@dataclass(frozen=True)
class OutageForm:
    kind: str                  # planned | unplanned
    origin: str                # planned | dispatch | leader
    reason: str
    starts_at: datetime
    expected_end_at: datetime | None
    unit_id: int               # the executing unit the incident is dispatched to
    sources: list[int] = field(default_factory=list)
    substations: list[int] = field(default_factory=list)
    buildings: list[int] = field(default_factory=list)
    incident_id: int | None = None  # join this open incident instead of opening one


@dataclass(frozen=True)
class Declared:
    outage: OutageView
    incident_id: int
    joined: bool               # an open incident was joined, not created


def _errors(form: OutageForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.kind not in {k.value for k in OutageKind}:
        errors["kind"] = "choice.invalid"
    if form.origin not in {o.value for o in OutageOrigin}:
        errors["origin"] = "choice.invalid"
    elif (form.kind == OutageKind.PLANNED.value) != (form.origin == OutageOrigin.PLANNED.value):
        errors["origin"] = "network.origin_mismatch"
    if not form.reason.strip():
        errors["reason"] = "required"
    elif len(form.reason) > MAX_REASON:
        errors["reason"] = "text.too_long"
    if form.expected_end_at is not None and form.expected_end_at <= form.starts_at:
        errors["expected_end_at"] = "time.end_before_start"
    if not (form.sources or form.substations or form.buildings):
        errors["nodes"] = "required"
    return errors


def _title(repo: NetworkRepository, form: OutageForm) -> tuple[str, int | None]:
    """The names the sentence says (阳光换热站, or 东郊热源), and the first substation;
    each kind of node read in one statement, whatever the number of nodes."""
    sources = repo.source_names(form.sources)
    subs = repo.substation_names(form.substations)
    buildings = repo.building_substations(form.buildings)
    if (len(sources), len(subs), len(buildings)) != (
            len(set(form.sources)), len(set(form.substations)), len(set(form.buildings))):
        raise ValidationError({"nodes": "network.unknown_node"})
    first = form.substations[0] if form.substations else (
        buildings[form.buildings[0]] if form.buildings else None)
    names = [sources[i] for i in dict.fromkeys(form.sources)]
    names += [subs[i] for i in dict.fromkeys(form.substations)]
    fed = repo.substation_names(dict.fromkeys(buildings[i] for i in form.buildings))
    names += [n for n in fed.values() if n not in names]
    title = "、".join(names[:3]) + ("等" if len(names) > 3 else "")
    return title[:200], first


def declare_outage(uow: UnitOfWork, form: OutageForm) -> Declared:
    actor = require(uow, Permission.NETWORK_OUTAGE)  # the role first, then the form
    errors = _errors(form)
    if errors:
        raise ValidationError(errors)
    with uow:
        net = uow.repo(NetworkRepository)
        title, first_substation = _title(net, form)
        now = uow.clock()
        repo = uow.repo(OutageRepository)
        nodes = ([(NodeKind.SOURCE, i) for i in dict.fromkeys(form.sources)]
                 + [(NodeKind.SUBSTATION, i) for i in dict.fromkeys(form.substations)]
                 + [(NodeKind.BUILDING, i) for i in dict.fromkeys(form.buildings)])
        outage = repo.add(Outage(
            kind=OutageKind(form.kind), origin=OutageOrigin(form.origin),
            reason=form.reason.strip(), title=title, substation_id=first_substation,
            starts_at=form.starts_at, expected_end_at=form.expected_end_at,
            created_by_id=actor.id, created_at=now), nodes)
        buildings, households = repo.cover(outage.id, form.sources, form.substations,
                                           form.buildings)
        if buildings == 0:
            raise ValidationError({"nodes": "network.no_buildings"})
        outage.buildings, outage.households = buildings, households
        incident_id, joined = _incident_for(uow, repo, outage, form)
        outage.incident_id = incident_id
        repo.add_incident_areas(outage.id, incident_id)
        uow.flush()
        view = view_of(outage)
        uow.commit()
        return Declared(view, incident_id, joined)


def _incident_for(uow: UnitOfWork, repo: OutageRepository, outage: Outage,
                  form: OutageForm) -> tuple[int, bool]:
    """Join the named open incident, or open one over the outage's first building (the
    other buildings are added set-based by the caller)."""
    if form.incident_id is not None:
        incident = uow.repo(IncidentRepository).get(form.incident_id)
        if incident is None or incident.status is not IncidentStatus.OPEN:
            raise ValidationError({"incident": "incident.not_open"})
        return incident.id, True
    estate, building = repo.first_building(outage.id)
    kind = (IncidentKind.SUPPLY_INTERRUPTION if outage.kind is OutageKind.PLANNED
            else IncidentKind.SUBSTATION_FAULT)
    word = "计划检修停热" if outage.kind is OutageKind.PLANNED else "故障停热"
    view = open_incident_in(uow, IncidentForm(
        kind=kind.value, title=f"{outage.title}{word}", unit_id=form.unit_id,
        areas=[(estate, building)], description=outage.reason,
        expected_end_at=outage.expected_end_at))
    return view.id, False


def restore_outage(uow: UnitOfWork, outage_id: int, resolution: str = "",
                   version: int | None = None) -> OutageView:
    """Heat is back: the incident is resolved (its orders' callbacks queued, rule 2.5)
    and each household's hours without heat are recorded."""
    with uow:
        actor = require(uow, Permission.NETWORK_OUTAGE)
        repo = uow.repo(OutageRepository)
        outage = repo.get(outage_id)
        if outage is None:
            raise NotFound(f"outage {outage_id}")
        if version is not None and outage.version != version:
            raise Conflict(f"outage {outage_id} was changed at another desk")
        if outage.restored_at is not None:
            raise ValidationError({"outage": "network.already_restored"})
        now = uow.clock()
        start = min(outage.starts_at, now)
        repo.restore(outage.id, hours_between(start, now))
        outage.restored_at, outage.restored_by_id = now, actor.id
        if outage.incident_id is not None:
            incident = uow.repo(IncidentRepository).get(outage.incident_id)
            if incident is not None and incident.status is IncidentStatus.OPEN:
                resolve_incident_in(uow, incident.id,
                                    resolution.strip() or f"{outage.title}已恢复供热")
        uow.flush()
        view = view_of(outage)
        uow.commit()
        return view


def outages(uow: UnitOfWork, *, active_only: bool = False,
            substation_id: int | None = None) -> list[OutageView]:
    with uow:
        return uow.repo(OutageRepository).listing(active_only=active_only,
                                                  substation_id=substation_id)


def outage_buildings(uow: UnitOfWork, outage_id: int) -> list[tuple[str, str, int]]:
    with uow:
        return uow.repo(OutageRepository).buildings_of(outage_id)
