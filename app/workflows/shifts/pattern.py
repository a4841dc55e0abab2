"""The shift pattern a centre works: day and night, three shifts, or its own.

Changing the pattern retires the old slots instead of deleting them, so past roster
entries and handovers keep the name of the shift they belonged to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.models.shift import ShiftSlot
from app.repositories.shifts.roster import ShiftRepository, SlotView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require

_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


@dataclass(frozen=True)
class SlotSpec:
    name: str
    start: str      # local "HH:MM"
    hours: float


def parse_start(text: str) -> int | None:
    match = _HHMM.fullmatch(text.strip())
    return int(match[1]) * 60 + int(match[2]) if match else None


def format_minute(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def validate_pattern(specs: list[SlotSpec]) -> dict[str, str]:
    """Errors keyed `slots.N.field`; a pattern needs one slot at least and unique names."""
    errors: dict[str, str] = {}
    if not specs:
        errors["slots"] = "required"
    seen: set[str] = set()
    for n, spec in enumerate(specs):
        name = spec.name.strip()
        if not name:
            errors[f"slots.{n}.name"] = "required"
        elif name in seen:
            errors[f"slots.{n}.name"] = "slot.duplicate"
        elif len(name) > 30:
            errors[f"slots.{n}.name"] = "text.too_long"
        seen.add(name)
        if parse_start(spec.start) is None:
            errors[f"slots.{n}.start"] = "time.invalid"
        if not 1 <= spec.hours <= 24:
            errors[f"slots.{n}.hours"] = "hours.invalid"
    return errors


def current_pattern(uow: UnitOfWork) -> list[SlotView]:
    with uow:
        return uow.repo(ShiftRepository).active_slots()


def set_pattern(uow: UnitOfWork, specs: list[SlotSpec]) -> list[SlotView]:
    """Replace the active pattern (a leader's action; rule 3.4.1)."""
    errors = validate_pattern(specs)
    if errors:
        raise ValidationError(errors)
    with uow:
        require(uow, Permission.SHIFT_ROSTER)
        repo = uow.repo(ShiftRepository)
        repo.retire_slots()
        for n, spec in enumerate(specs):
            repo.add(ShiftSlot(name=spec.name.strip(), start_minute=parse_start(spec.start),
                               duration_minutes=round(spec.hours * 60), position=n,
                               active=True))
        slots = repo.active_slots()
        uow.commit()
        return slots
