"""Heating-quality measurements: sampling plans, room and hot-water temperatures, outdoor means.

Whether a sample is qualified or exempt is not stored: it depends on the customer's contract
and on the outdoor mean of that day, which may be entered after the sample (rule 5.1.1), so
the rates are computed when asked for.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class SamplingPlan(Base):
    """The homes chosen for one sampling day (rule 5.1.2) and the area they cover."""

    __tablename__ = "sampling_plan"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    sampling_date: Mapped[date] = mapped_column(Date, unique=True)
    season: Mapped[str] = mapped_column(String(9))
    seed: Mapped[int] = mapped_column(BigId)
    total_area: Mapped[Decimal] = mapped_column(Numeric(16, 2))
    sampled_area: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SamplingPlanHome(Base):
    __tablename__ = "sampling_plan_home"
    __table_args__ = (UniqueConstraint("plan_id", "customer_id", name="uq_sampling_plan_home_pair"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("sampling_plan.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"),
                                             index=True)
    position: Mapped[int] = mapped_column()


class TemperatureSample(Base):
    """One room measured in a customer's home by a technician (rules 5.1.1, 5.1.2)."""

    __tablename__ = "temperature_sample"
    __table_args__ = (Index("ix_temperature_sample_day", "sampling_date", "customer_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"),
                                             index=True)
    plan_id: Mapped[int | None] = mapped_column(
        ForeignKey("sampling_plan.id", ondelete="SET NULL"), default=None)
    sampling_date: Mapped[date] = mapped_column(Date)  # the centre's local date
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime())
    room: Mapped[str] = mapped_column(String(40))
    temperature: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    technician_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutdoorTemperature(Base):
    """The daily mean outdoor temperature that decides exemption (rule 5.1.1)."""

    __tablename__ = "outdoor_temperature"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    mean_temperature: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    source: Mapped[str] = mapped_column(String(20), default="entry")  # entry or csv
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HotWaterReading(Base):
    """A domestic hot-water supply temperature at a customer's tap (rule 5.1.3)."""

    __tablename__ = "hot_water_reading"
    __table_args__ = (Index("ix_hot_water_reading_day", "reading_date", "customer_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"),
                                             index=True)
    reading_date: Mapped[date] = mapped_column(Date)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime())
    temperature: Mapped[Decimal] = mapped_column(Numeric(4, 1))
    technician_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
