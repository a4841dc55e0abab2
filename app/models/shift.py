"""The duty roster: the centre's shift pattern, who is on which shift, leave and swaps.

Rule 3.4.1: agents arrive before their shift, leave needs a superior's approval, and swaps
between colleagues are allowed; each of those is a row here, so the roster can say who was
on duty at any moment and why.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime
from app.models.enums import db_enum


class LeaveStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class ShiftSlot(Base):
    """One shift of the pattern, e.g. 白班 08:00 for 12 h; retired slots stay for history."""

    __tablename__ = "shift_slot"
    __table_args__ = (
        CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="start_valid"),
        CheckConstraint("duration_minutes >= 60 AND duration_minutes <= 1440",
                        name="duration_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    start_minute: Mapped[int]
    duration_minutes: Mapped[int]
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class RosterEntry(Base):
    """A staff member on one shift of one local date; start and end are stored in UTC."""

    __tablename__ = "roster_entry"
    __table_args__ = (
        UniqueConstraint("slot_id", "duty_date", "staff_id", name="uq_roster_entry_duty"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_roster_entry_staff_start", "staff_id", "starts_at"),
        Index("ix_roster_entry_start", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("shift_slot.id"))
    duty_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class LeaveRequest(Base):
    """Rule 3.4.1: leave needs a superior's approval; the decision is kept with its author."""

    __tablename__ = "leave_request"
    __table_args__ = (
        CheckConstraint("last_day >= first_day", name="days_ordered"),
        Index("ix_leave_request_staff_days", "staff_id", "first_day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[LeaveStatus] = mapped_column(db_enum(LeaveStatus, "leave_status"),
                                                default=LeaveStatus.PENDING)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    decision_note: Mapped[str] = mapped_column(Text, default="")


class ShiftSwap(Base):
    """Rule 3.4.1: a swap between colleagues, recorded with both duties and who recorded it.

    `second_entry_id` is empty when one colleague simply takes over the other's shift.
    """

    __tablename__ = "shift_swap"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_entry_id: Mapped[int] = mapped_column(ForeignKey("roster_entry.id"))
    second_entry_id: Mapped[int | None] = mapped_column(ForeignKey("roster_entry.id"),
                                                        default=None)
    first_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    second_staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
