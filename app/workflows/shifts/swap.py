"""Swaps between colleagues (rule 3.4.1: allowed, and recorded).

Either colleague or a leader records the swap; the roster changes and a `shift_swap` row
keeps both duties, both people and who recorded it, so the history still says who was
meant to be where.
"""

from __future__ import annotations

from datetime import datetime

from app.models.shift import ShiftSwap
from app.repositories.shifts.roster import ShiftRepository, SwapView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, allowed
from app.workflows.security.refusals import refused
from app.workflows.shifts.common import DESK_ROLES, signed_in


def swap_duties(uow: UnitOfWork, first_entry_id: int, second_entry_id: int | None,
                colleague_id: int | None = None, reason: str = "") -> None:
    """Exchange two duties, or (without a second duty) hand one duty to `colleague_id`."""
    with uow:
        me = signed_in(uow)
        actor = me.id
        repo = uow.repo(ShiftRepository)
        first = repo.entry(first_entry_id)
        if first is None:
            raise ValidationError({"first": "roster.unknown"})
        second = repo.entry(second_entry_id) if second_entry_id is not None else None
        if second_entry_id is not None and second is None:
            raise ValidationError({"second": "roster.unknown"})
        if second is not None:
            colleague_id = second.staff_id
        if colleague_id is None or colleague_id not in {
                s.id for s in repo.staff_choices(DESK_ROLES)}:
            raise ValidationError({"colleague": "staff.unknown"})
        if colleague_id == first.staff_id:
            raise ValidationError({"colleague": "swap.same_person"})
        parties = {first.staff_id, colleague_id}
        if actor not in parties and not allowed(me.role, Permission.SHIFT_SWAP_OTHERS):
            raise refused(uow, Permission.SHIFT_SWAP_OTHERS.value,
                          "only the two colleagues or a leader record a swap")
        if uow.clock() >= first.starts_at or (second is not None
                                               and uow.clock() >= second.starts_at):
            raise ValidationError({"first": "swap.started"})
        _check_free(repo, first.slot_id, first.duty_date, colleague_id, "colleague")
        if second is not None:
            _check_free(repo, second.slot_id, second.duty_date, first.staff_id, "second")
        original = first.staff_id
        first.staff_id = colleague_id
        if second is not None:
            second.staff_id = original
        repo.add(ShiftSwap(first_entry_id=first.id,
                           second_entry_id=second.id if second else None,
                           first_staff_id=original, second_staff_id=colleague_id,
                           reason=reason.strip(), recorded_by_id=actor,
                           recorded_at=uow.clock()))
        uow.commit()


def _check_free(repo: ShiftRepository, slot_id: int, day, staff_id: int, field: str) -> None:
    if repo.entry_exists(slot_id, day, staff_id):
        raise ValidationError({field: "roster.duplicate"})
    if repo.on_approved_leave(staff_id, day):
        raise ValidationError({field: "staff.on_leave"})


def recent_swaps(uow: UnitOfWork, since: datetime) -> list[SwapView]:
    with uow:
        return uow.repo(ShiftRepository).swaps_since(since)
