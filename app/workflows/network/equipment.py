"""The equipment register (rule 5.2.1): pumps, heat exchangers, valves, meters and
controllers per substation, each status change recorded with who and when, and the intact
rate per substation and for the company against its target (a setting, >= 90 %).

The rate counts the units in service: a retired unit is neither intact nor a failure.
A rate equal to the target meets it (the rule says "not lower than").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.network import Equipment, EquipmentChange, EquipmentKind, EquipmentStatus
from app.repositories.network.equipment import EquipmentRepository
from app.repositories.network.tree import NetworkRepository
from app.repositories.network.views import EquipmentChangeView, EquipmentView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings

MAX_NOTE = 500


@dataclass(frozen=True)
class IntactRate:
    """Intact units over the units in service; `met` when the rate reaches the target."""

    name: str
    intact: int
    total: int
    target: float

    @property
    def percent(self) -> float | None:
        return None if self.total == 0 else round(100.0 * self.intact / self.total, 2)

    @property
    def met(self) -> bool:
        # rule 5.2.1: ">= 90 %" - compared in integers so 9 of 10 is exactly 90 % and meets
        return self.total == 0 or self.intact * 100 >= self.target * self.total


@dataclass(frozen=True)
class IntactRates:
    company: IntactRate
    substations: tuple[IntactRate, ...]
    kinds: tuple[IntactRate, ...]


def add_equipment(uow: UnitOfWork, substation_id: int, kind: str, name: str,
                  model: str = "", status: str = EquipmentStatus.INTACT.value) -> int:
    errors: dict[str, str] = {}
    if kind not in {k.value for k in EquipmentKind}:
        errors["kind"] = "choice.invalid"
    if status not in {s.value for s in EquipmentStatus}:
        errors["status"] = "choice.invalid"
    if not name.strip():
        errors["name"] = "required"
    with uow:
        actor = require(uow, Permission.NETWORK_EDIT)
        if uow.repo(NetworkRepository).substation(substation_id) is None:
            errors["substation"] = "network.unknown_node"
        if errors:
            raise ValidationError(errors)
        now = uow.clock()
        repo = uow.repo(EquipmentRepository)
        row = Equipment(substation_id=substation_id, kind=EquipmentKind(kind),
                        name=name.strip(), model=model.strip(),
                        status=EquipmentStatus(status), status_at=now)
        repo.add(row)
        repo.add(EquipmentChange(equipment_id=row.id, old_status=None,
                                 status=EquipmentStatus(status), note="",
                                 changed_by_id=actor.id, changed_at=now))
        uow.commit()
        return row.id


def set_status(uow: UnitOfWork, equipment_id: int, status: str, note: str = "",
               version: int | None = None) -> EquipmentView:
    """Record a status change with who and when; a faulty unit needs a note."""
    errors: dict[str, str] = {}
    if status not in {s.value for s in EquipmentStatus}:
        errors["status"] = "choice.invalid"
    elif status != EquipmentStatus.INTACT.value and not note.strip():
        errors["note"] = "required"
    if len(note) > MAX_NOTE:
        errors["note"] = "text.too_long"
    with uow:
        actor = require(uow, Permission.NETWORK_EQUIPMENT_STATUS)
        repo = uow.repo(EquipmentRepository)
        row = repo.get(equipment_id)
        if row is None:
            raise NotFound(f"equipment {equipment_id}")
        if errors:
            raise ValidationError(errors)
        if version is not None and row.version != version:
            raise Conflict(f"equipment {equipment_id} was changed at another desk")
        if row.status.value == status:
            raise ValidationError({"status": "network.status_unchanged"})
        now = uow.clock()
        repo.add(EquipmentChange(equipment_id=row.id, old_status=row.status,
                                 status=EquipmentStatus(status), note=note.strip(),
                                 changed_by_id=actor.id, changed_at=now))
        row.status, row.status_at = EquipmentStatus(status), now
        uow.commit()
        return next(v for v in repo.of_substation(row.substation_id) if v.id == row.id)


def equipment_of(uow: UnitOfWork, substation_id: int) -> list[EquipmentView]:
    with uow:
        return uow.repo(EquipmentRepository).of_substation(substation_id)


def status_history(uow: UnitOfWork, equipment_id: int) -> list[EquipmentChangeView]:
    with uow:
        return uow.repo(EquipmentRepository).changes(equipment_id=equipment_id)


def changes_between(uow: UnitOfWork, since: datetime,
                    until: datetime | None = None) -> list[EquipmentChangeView]:
    """Inside an open unit of work: status changes in a time span (a shift), newest first."""
    return [c for c in uow.repo(EquipmentRepository).changes(since=since, until=until)
            if c.old_status is not None]  # a unit registered is not a change of state


def intact_rates(uow: UnitOfWork) -> IntactRates:
    """Inside an open unit of work: the rates per substation, per kind and the company's."""
    target = load_settings(uow).number("network.intact_target_percent")  # rule 5.2.1
    repo = uow.repo(EquipmentRepository)
    subs = tuple(IntactRate(r.name, int(r.intact or 0), int(r.total), target)
                 for r in repo.intact_counts())
    kinds = tuple(IntactRate(r.kind.value, int(r.intact or 0), int(r.total), target)
                  for r in repo.kind_counts())
    company = IntactRate("", sum(s.intact for s in subs), sum(s.total for s in subs), target)
    return IntactRates(company, subs, kinds)


def read_intact_rates(uow: UnitOfWork) -> IntactRates:
    with uow:
        return intact_rates(uow)
