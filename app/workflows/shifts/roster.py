"""Who is on which shift: a leader assigns staff to the pattern's slots, day by day.

The stored start and end are UTC instants computed from the local date and the slot, so
"who is on duty now" and "who comes next" are plain comparisons with the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from app.models.shift import RosterEntry
from app.repositories.shifts.roster import DutyView, ShiftRepository, SlotView, StaffChoice
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.shifts.common import DESK_ROLES, centre_zone, local_start


@dataclass(frozen=True)
class RosterWeek:
    first_day: date
    days: tuple[date, ...]
    slots: tuple[SlotView, ...]
    duties: tuple[DutyView, ...]

    def cell(self, day: date, slot_id: int) -> tuple[DutyView, ...]:
        return tuple(d for d in self.duties if d.duty_date == day and d.slot_id == slot_id)


def desk_staff(uow: UnitOfWork) -> list[StaffChoice]:
    """Everyone who can sit at a desk: the choices for roster, swaps and handovers."""
    with uow:
        return uow.repo(ShiftRepository).staff_choices(DESK_ROLES)


def roster_week(uow: UnitOfWork, first_day: date, days: int = 7) -> RosterWeek:
    last = first_day + timedelta(days=days - 1)
    with uow:
        repo = uow.repo(ShiftRepository)
        return RosterWeek(first_day, tuple(first_day + timedelta(days=n) for n in range(days)),
                          tuple(repo.active_slots()), tuple(repo.duties_between(first_day, last)))


def assign(uow: UnitOfWork, slot_id: int, duty_date: date, staff_id: int) -> DutyView:
    """Put a staff member on a shift; refused while they are on approved leave (rule 3.4.1)."""
    with uow:
        leader = require(uow, Permission.SHIFT_ROSTER).id  # rule 3.4.1
        repo = uow.repo(ShiftRepository)
        slot = repo.slot(slot_id)
        if slot is None or not slot.active:
            raise ValidationError({"slot": "slot.unknown"})
        if staff_id not in {s.id for s in repo.staff_choices(DESK_ROLES)}:
            raise ValidationError({"staff": "staff.unknown"})
        if repo.entry_exists(slot_id, duty_date, staff_id):
            raise ValidationError({"staff": "roster.duplicate"})
        if repo.on_approved_leave(staff_id, duty_date):
            raise ValidationError({"staff": "staff.on_leave"})
        starts = local_start(duty_date, slot.start_minute, centre_zone(uow))
        entry = RosterEntry(slot_id=slot_id, duty_date=duty_date, staff_id=staff_id,
                            starts_at=starts,
                            ends_at=starts + timedelta(minutes=slot.duration_minutes),
                            created_by_id=leader, created_at=uow.clock())
        repo.add(entry)
        duty = repo.duty(entry.id)
        uow.commit()
        assert duty is not None
        return duty


def unassign(uow: UnitOfWork, entry_id: int) -> None:
    """Take someone off a shift; a duty named in a recorded swap stays, for the record."""
    with uow:
        require(uow, Permission.SHIFT_ROSTER)
        repo = uow.repo(ShiftRepository)
        entry = repo.entry(entry_id)
        if entry is None:
            raise NotFound(f"roster entry {entry_id}")
        if repo.is_swapped(entry_id):
            raise ValidationError({"entry": "roster.swapped"})
        repo.delete(entry)
        uow.commit()
