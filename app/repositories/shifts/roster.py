"""Queries of the duty roster: pattern slots, roster entries, leave requests and swaps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from app.models.shift import LeaveRequest, LeaveStatus, RosterEntry, ShiftSlot, ShiftSwap
from app.models.staff import Staff


@dataclass(frozen=True)
class SlotView:
    id: int
    name: str
    start_minute: int
    duration_minutes: int
    position: int


@dataclass(frozen=True)
class StaffChoice:
    id: int
    job_number: str
    name: str
    role: str


@dataclass(frozen=True)
class DutyView:
    """One person on one shift, as the roster grid and the handover show it."""

    id: int
    slot_id: int
    slot_name: str
    duty_date: date
    staff_id: int
    staff_name: str
    job_number: str
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class LeaveView:
    id: int
    staff_id: int
    staff_name: str
    first_day: date
    last_day: date
    reason: str
    status: str
    requested_at: datetime
    decided_by_name: str
    decision_note: str


@dataclass(frozen=True)
class SwapView:
    id: int
    recorded_at: datetime
    first_staff_name: str
    second_staff_name: str
    first_duty: str
    second_duty: str
    reason: str
    recorded_by_name: str


def _duty_select():
    return (select(RosterEntry.id, RosterEntry.slot_id, ShiftSlot.name, RosterEntry.duty_date,
                   RosterEntry.staff_id, Staff.name, Staff.job_number, RosterEntry.starts_at,
                   RosterEntry.ends_at)
            .join(ShiftSlot, ShiftSlot.id == RosterEntry.slot_id)
            .join(Staff, Staff.id == RosterEntry.staff_id))


class ShiftRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # pattern -----------------------------------------------------------------------------
    def active_slots(self) -> list[SlotView]:
        rows = self.session.execute(
            select(ShiftSlot.id, ShiftSlot.name, ShiftSlot.start_minute,
                   ShiftSlot.duration_minutes, ShiftSlot.position)
            .where(ShiftSlot.active.is_(True)).order_by(ShiftSlot.position, ShiftSlot.id))
        return [SlotView(*r) for r in rows]

    def slot(self, slot_id: int) -> ShiftSlot | None:
        return self.session.get(ShiftSlot, slot_id)

    def retire_slots(self) -> None:
        for slot in self.session.scalars(select(ShiftSlot).where(ShiftSlot.active.is_(True))):
            slot.active = False
        self.session.flush()

    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def delete(self, row: object) -> None:
        self.session.delete(row)
        self.session.flush()

    # staff -------------------------------------------------------------------------------
    def staff_choices(self, roles: tuple[str, ...]) -> list[StaffChoice]:
        rows = self.session.execute(
            select(Staff.id, Staff.job_number, Staff.name, Staff.role)
            .where(Staff.active.is_(True), Staff.role.in_(roles)).order_by(Staff.job_number))
        return [StaffChoice(r[0], r[1], r[2], r[3].value) for r in rows]

    # roster ------------------------------------------------------------------------------
    def entry(self, entry_id: int) -> RosterEntry | None:
        return self.session.get(RosterEntry, entry_id)

    def entry_exists(self, slot_id: int, duty_date: date, staff_id: int) -> bool:
        return self.session.scalar(select(RosterEntry.id).where(
            RosterEntry.slot_id == slot_id, RosterEntry.duty_date == duty_date,
            RosterEntry.staff_id == staff_id)) is not None

    def duties_between(self, first_day: date, last_day: date,
                       staff_id: int | None = None) -> list[DutyView]:
        stmt = _duty_select().where(RosterEntry.duty_date.between(first_day, last_day))
        if staff_id is not None:
            stmt = stmt.where(RosterEntry.staff_id == staff_id)
        stmt = stmt.order_by(RosterEntry.duty_date, ShiftSlot.position, RosterEntry.starts_at,
                             Staff.job_number)
        return [DutyView(*r) for r in self.session.execute(stmt)]

    def duty(self, entry_id: int) -> DutyView | None:
        row = self.session.execute(_duty_select().where(RosterEntry.id == entry_id)).first()
        return DutyView(*row) if row else None

    def latest_started(self, staff_id: int, now: datetime, ended_after: datetime
                       ) -> DutyView | None:
        """The staff member's shift that has begun and ended no earlier than `ended_after`."""
        row = self.session.execute(
            _duty_select().where(RosterEntry.staff_id == staff_id,
                                 RosterEntry.starts_at <= now,
                                 RosterEntry.ends_at > ended_after)
            .order_by(RosterEntry.starts_at.desc()).limit(1)).first()
        return DutyView(*row) if row else None

    def anyone_rostered(self, first: datetime, last: datetime) -> bool:
        """Whether any shift of anyone overlaps [first, last): is there a roster at all?"""
        return self.session.scalar(select(RosterEntry.id).where(
            RosterEntry.starts_at < last, RosterEntry.ends_at > first).limit(1)) is not None

    def longest_slot_minutes(self) -> int | None:
        return self.session.scalar(select(func.max(ShiftSlot.duration_minutes)).where(
            ShiftSlot.active.is_(True)))

    def starting_at(self, moment: datetime, exclude_staff: int) -> list[DutyView]:
        """Who begins a shift at `moment`: the proposed incoming agents."""
        stmt = _duty_select().where(RosterEntry.starts_at == moment,
                                    RosterEntry.staff_id != exclude_staff)
        return [DutyView(*r) for r in self.session.execute(stmt.order_by(Staff.job_number))]

    def entries_in_days(self, staff_id: int, first_day: date, last_day: date
                        ) -> list[RosterEntry]:
        return list(self.session.scalars(select(RosterEntry).where(
            RosterEntry.staff_id == staff_id,
            RosterEntry.duty_date.between(first_day, last_day))))

    def is_swapped(self, entry_id: int) -> bool:
        return self.session.scalar(select(ShiftSwap.id).where(
            (ShiftSwap.first_entry_id == entry_id) | (ShiftSwap.second_entry_id == entry_id)
        ).limit(1)) is not None

    # leave -------------------------------------------------------------------------------
    def leave(self, leave_id: int) -> LeaveRequest | None:
        return self.session.get(LeaveRequest, leave_id)

    def on_approved_leave(self, staff_id: int, day: date) -> bool:
        return self.session.scalar(select(LeaveRequest.id).where(
            LeaveRequest.staff_id == staff_id, LeaveRequest.status == LeaveStatus.APPROVED,
            LeaveRequest.first_day <= day, LeaveRequest.last_day >= day).limit(1)) is not None

    def overlapping_leave(self, staff_id: int, first_day: date, last_day: date) -> bool:
        return self.session.scalar(select(LeaveRequest.id).where(
            LeaveRequest.staff_id == staff_id,
            LeaveRequest.status.in_((LeaveStatus.PENDING, LeaveStatus.APPROVED)),
            LeaveRequest.first_day <= last_day, LeaveRequest.last_day >= first_day
        ).limit(1)) is not None

    def leave_list(self, *, status: str | None = None, staff_id: int | None = None,
                   limit: int = 200) -> list[LeaveView]:
        decider = aliased(Staff)
        stmt = (select(LeaveRequest.id, LeaveRequest.staff_id, Staff.name,
                       LeaveRequest.first_day, LeaveRequest.last_day, LeaveRequest.reason,
                       LeaveRequest.status, LeaveRequest.requested_at, decider.name,
                       LeaveRequest.decision_note)
                .join(Staff, Staff.id == LeaveRequest.staff_id)
                .outerjoin(decider, decider.id == LeaveRequest.decided_by_id))
        if status is not None:
            stmt = stmt.where(LeaveRequest.status == LeaveStatus(status))
        if staff_id is not None:
            stmt = stmt.where(LeaveRequest.staff_id == staff_id)
        stmt = stmt.order_by(LeaveRequest.first_day.desc(), LeaveRequest.id.desc()).limit(limit)
        return [LeaveView(r[0], r[1], r[2], r[3], r[4], r[5], r[6].value, r[7], r[8] or "",
                          r[9]) for r in self.session.execute(stmt)]

    # swaps -------------------------------------------------------------------------------
    def swaps_since(self, since: datetime, limit: int = 100) -> list[SwapView]:
        first, second, recorder = aliased(Staff), aliased(Staff), aliased(Staff)
        e1, e2 = aliased(RosterEntry), aliased(RosterEntry)
        s1, s2 = aliased(ShiftSlot), aliased(ShiftSlot)
        stmt = (select(ShiftSwap.id, ShiftSwap.recorded_at, first.name, second.name,
                       e1.duty_date, s1.name, e2.duty_date, s2.name, ShiftSwap.reason,
                       recorder.name)
                .join(first, first.id == ShiftSwap.first_staff_id)
                .join(second, second.id == ShiftSwap.second_staff_id)
                .join(recorder, recorder.id == ShiftSwap.recorded_by_id)
                .join(e1, e1.id == ShiftSwap.first_entry_id)
                .join(s1, s1.id == e1.slot_id)
                .outerjoin(e2, e2.id == ShiftSwap.second_entry_id)
                .outerjoin(s2, and_(s2.id == e2.slot_id))
                .where(ShiftSwap.recorded_at >= since)
                .order_by(ShiftSwap.recorded_at.desc()).limit(limit))
        return [SwapView(r[0], r[1], r[2], r[3], f"{r[4].isoformat()} {r[5]}",
                         f"{r[6].isoformat()} {r[7]}" if r[6] else "", r[8], r[9])
                for r in self.session.execute(stmt)]
