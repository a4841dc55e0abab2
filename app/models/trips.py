"""Field trips (rule 3.8): a planned round of stops, the phoned appointment of each stop
and what the technician found there.

A stop is one household: an open work order, an announced visit (a visit notice) or a
home of the day's temperature-sampling plan. Its walking position (estate, building,
stairwell, floor) is copied from the customer when the stop is added, so the printed route
and the report keep the order they were planned in.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import db_enum


class TripStatus(StrEnum):
    PLANNED = "planned"
    REPORTED = "reported"  # feedback entered and the trip report made (rule 3.8)


class StopKind(StrEnum):
    ORDER = "order"        # an open work order
    VISIT = "visit"        # a household told of a visit (visit notice, rule 3.8.2)
    SAMPLING = "sampling"  # a home of the sampling plan (rule 5.1.2)


class Appointment(StrEnum):
    """The phone call before the visit (rule 3.8: phone to agree a time)."""

    NOT_CALLED = "not_called"
    AGREED = "agreed"
    NOT_REACHED = "not_reached"


class StopOutcome(StrEnum):
    """What came of the stop, entered after the trip."""

    PENDING = "pending"            # nothing entered yet
    RESOLVED = "resolved"          # done on site: the order is resolved
    NEEDS_PART = "needs_part"      # waiting for a part: the order pauses
    NOBODY_HOME = "nobody_home"    # nobody at home: the order pauses
    INSPECTED = "inspected"        # looked at, nothing to do (or measured)
    FOLLOW_UP = "follow_up"        # a problem found that needs its own work order


class Trip(Base):
    __tablename__ = "trip"
    __table_args__ = (Index("ix_trip_trip_date", "trip_date"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    trip_date: Mapped[date] = mapped_column(Date)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), default=None)
    estate: Mapped[str] = mapped_column(String(100), default="")
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    status: Mapped[TripStatus] = mapped_column(db_enum(TripStatus, "trip_status"),
                                               default=TripStatus.PLANNED)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class TripStop(Base):
    __tablename__ = "trip_stop"
    __table_args__ = (
        Index("ix_trip_stop_trip", "trip_id", "position"),
        Index("ix_trip_stop_ticket_id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[StopKind] = mapped_column(db_enum(StopKind, "trip_stop_kind"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id"), default=None)
    estate: Mapped[str] = mapped_column(String(100), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    entrance: Mapped[str] = mapped_column(String(20), default="")
    room: Mapped[str] = mapped_column(String(20), default="")
    floor: Mapped[int] = mapped_column(default=0)
    # the phoned appointment (rule 3.8)
    appointment: Mapped[Appointment] = mapped_column(
        db_enum(Appointment, "trip_appointment"), default=Appointment.NOT_CALLED)
    reached_name: Mapped[str] = mapped_column(String(50), default="")
    agreed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    call_note: Mapped[str] = mapped_column(String(200), default="")
    # the feedback entered after the trip (rule 3.8: record the customer's feedback)
    outcome: Mapped[StopOutcome] = mapped_column(db_enum(StopOutcome, "trip_stop_outcome"),
                                                 default=StopOutcome.PENDING)
    found: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[str] = mapped_column(Text, default="")
    indoor_temperature: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    measured_room: Mapped[str] = mapped_column(String(40), default="")
    sample_id: Mapped[int | None] = mapped_column(ForeignKey("temperature_sample.id"),
                                                  default=None)
    confirmed_by: Mapped[str] = mapped_column(String(50), default="")
    satisfied: Mapped[bool | None] = mapped_column(default=None)
    photos: Mapped[str] = mapped_column(Text, default="")  # file names, one per line
    follow_up_ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"),
                                                            default=None)
    feedback_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    feedback_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
