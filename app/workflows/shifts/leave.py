"""Leave requests and a leader's decision on them (rule 3.4.1: leave needs approval).

Approving leave takes the person off the roster for those days and says which shifts now
need cover, so the leader is never left with a rostered absentee.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.shift import LeaveRequest, LeaveStatus
from app.repositories.shifts.roster import LeaveView, ShiftRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.shifts.common import require_actor

MAX_REASON = 1000


@dataclass(frozen=True)
class LeaveDecision:
    leave: LeaveView
    uncovered: tuple[str, ...]   # "2026-11-28 白班" for each shift removed from the roster


def request_leave(uow: UnitOfWork, first_day: date | None, last_day: date | None,
                  reason: str) -> LeaveView:
    errors: dict[str, str] = {}
    if first_day is None:
        errors["first_day"] = "required"
    if last_day is None:
        errors["last_day"] = "required"
    elif first_day is not None and last_day < first_day:
        errors["last_day"] = "time.order"
    if not reason.strip():
        errors["reason"] = "required"
    elif len(reason) > MAX_REASON:
        errors["reason"] = "text.too_long"
    if errors:
        raise ValidationError(errors)
    assert first_day is not None and last_day is not None
    with uow:
        staff_id = require_actor(uow)
        repo = uow.repo(ShiftRepository)
        if repo.overlapping_leave(staff_id, first_day, last_day):
            raise ValidationError({"first_day": "leave.overlaps"})
        row = LeaveRequest(staff_id=staff_id, first_day=first_day, last_day=last_day,
                           reason=reason.strip(), status=LeaveStatus.PENDING,
                           requested_at=uow.clock())
        repo.add(row)
        view = _view(repo, row.id)
        uow.commit()
        return view


def decide_leave(uow: UnitOfWork, leave_id: int, approve: bool, note: str = "") -> LeaveDecision:
    """A leader approves or rejects; a rejection needs a reason the requester can read."""
    if not approve and not note.strip():
        raise ValidationError({"note": "required"})
    with uow:
        leader = require(uow, Permission.SHIFT_LEAVE_DECIDE).id
        repo = uow.repo(ShiftRepository)
        row = repo.leave(leave_id)
        if row is None:
            raise NotFound(f"leave request {leave_id}")
        if row.status != LeaveStatus.PENDING:
            raise ValidationError({"leave": "leave.decided"})
        if row.staff_id == leader:
            raise ValidationError({"leave": "leave.own"})
        row.status = LeaveStatus.APPROVED if approve else LeaveStatus.REJECTED
        row.decided_by_id, row.decided_at, row.decision_note = leader, uow.clock(), note.strip()
        uncovered: list[str] = []
        if approve:
            for entry in repo.entries_in_days(row.staff_id, row.first_day, row.last_day):
                duty = repo.duty(entry.id)
                if duty is None or repo.is_swapped(entry.id):
                    continue
                uncovered.append(f"{duty.duty_date.isoformat()} {duty.slot_name}")
                repo.delete(entry)
        repo.session.flush()
        view = _view(repo, row.id)
        uow.commit()
        return LeaveDecision(view, tuple(sorted(uncovered)))


def pending_leave(uow: UnitOfWork) -> list[LeaveView]:
    with uow:
        return uow.repo(ShiftRepository).leave_list(status=LeaveStatus.PENDING.value)


def my_leave(uow: UnitOfWork) -> list[LeaveView]:
    with uow:
        return uow.repo(ShiftRepository).leave_list(staff_id=require_actor(uow))


def _view(repo: ShiftRepository, leave_id: int) -> LeaveView:
    return next(v for v in repo.leave_list() if v.id == leave_id)
