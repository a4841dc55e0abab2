"""Queries of the heating-quality figures: plans, samples, outdoor means, hot-water readings.

Sample rows come back joined with the customer's contract range and the day's outdoor mean,
so the workflows can decide qualified and exempt (rule 5.1.1) without a query per sample.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.enums import OPEN_TICKET_STATUSES, Category
from app.models.quality import (
    HotWaterReading,
    OutdoorTemperature,
    SamplingPlan,
    SamplingPlanHome,
    TemperatureSample,
)
from app.models.ticket import Ticket
from app.repositories.customers.terms import contract_alias, joined_on, term


@dataclass(frozen=True)
class HomeRow:
    customer_id: int
    estate: str
    heated_area: Decimal


@dataclass(frozen=True)
class PlanHomeRow:
    customer_id: int
    account_number: str
    name: str
    address: str
    estate: str
    heated_area: Decimal
    samples: int  # samples recorded in this home on the plan's day


@dataclass(frozen=True)
class MeasurementRow:
    """A room sample or a hot-water reading with what decides its qualification."""

    id: int
    customer_id: int
    account_number: str
    name: str
    address: str
    day: date
    measured_at: datetime
    room: str
    temperature: Decimal
    contract_min: Decimal | None
    contract_max: Decimal | None
    outdoor_mean: Decimal | None


class QualityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- homes and plans ---------------------------------------------------------------
    def plan_on(self, day: date) -> SamplingPlan | None:
        return self.session.scalar(select(SamplingPlan).where(SamplingPlan.sampling_date == day))

    def add_plan(self, plan: SamplingPlan, customer_ids: list[int]) -> SamplingPlan:
        self.session.add(plan)
        self.session.flush()
        self.session.add_all(SamplingPlanHome(plan_id=plan.id, customer_id=cid, position=i)
                             for i, cid in enumerate(customer_ids))
        self.session.flush()
        return plan

    def plan_homes(self, plan: SamplingPlan) -> list[PlanHomeRow]:
        counted = (select(func.count(TemperatureSample.id))
                   .where(TemperatureSample.customer_id == Customer.id,
                          TemperatureSample.sampling_date == plan.sampling_date)
                   .correlate(Customer).scalar_subquery())
        rows = self.session.execute(
            select(Customer.id, Customer.account_number, Customer.name, Customer.address,
                   Customer.estate, Customer.heated_area, counted)
            .join(SamplingPlanHome, SamplingPlanHome.customer_id == Customer.id)
            .where(SamplingPlanHome.plan_id == plan.id)
            .order_by(SamplingPlanHome.position))
        return [PlanHomeRow(r[0], r[1], r[2], r[3], r[4], Decimal(r[5]), int(r[6]))
                for r in rows]

    def in_plan(self, plan_id: int, customer_id: int) -> bool:
        return self.session.execute(
            select(func.count()).select_from(SamplingPlanHome)
            .where(SamplingPlanHome.plan_id == plan_id,
                   SamplingPlanHome.customer_id == customer_id)).scalar_one() > 0

    def plans_between(self, first: date, last: date) -> list[tuple[SamplingPlan, int]]:
        """The plans of the days in [first, last] with how many homes each names."""
        homes = (select(func.count(SamplingPlanHome.id))
                 .where(SamplingPlanHome.plan_id == SamplingPlan.id)
                 .correlate(SamplingPlan).scalar_subquery())
        rows = self.session.execute(
            select(SamplingPlan, homes)
            .where(SamplingPlan.sampling_date >= first, SamplingPlan.sampling_date <= last)
            .order_by(SamplingPlan.sampling_date))
        return [(plan, int(n)) for plan, n in rows]

    def measured_areas(self, first: date, last: date) -> dict[date, tuple[int, Decimal]]:
        """Rule 5.1.2: per day, the homes with a room sample and their heated area, each
        home once however many rooms were measured in it."""
        s = TemperatureSample
        homes = (select(s.sampling_date.label("day"), Customer.id.label("customer_id"),
                        Customer.heated_area.label("area"))
                 .join(Customer, Customer.id == s.customer_id)
                 .where(s.sampling_date >= first, s.sampling_date <= last)
                 .distinct().subquery())
        rows = self.session.execute(
            select(homes.c.day, func.count(), func.coalesce(func.sum(homes.c.area), 0))
            .group_by(homes.c.day))
        return {r[0]: (int(r[1]), Decimal(str(r[2])).quantize(Decimal("0.01"))) for r in rows}

    def heated_area_total(self) -> Decimal:
        """The total heated area the sampling plan divides by (heated homes with an area)."""
        total = self.session.scalar(
            select(func.coalesce(func.sum(Customer.heated_area), 0))
            .where(Customer.heating.is_(True), Customer.heated_area > 0))
        return Decimal(str(total)).quantize(Decimal("0.01"))

    # -- customers and staff -----------------------------------------------------------
    def customer_by_account(self, account_number: str) -> Customer | None:
        return self.session.scalar(
            select(Customer).where(Customer.account_number == account_number))

    # -- samples -----------------------------------------------------------------------
    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def samples(self, first: date, last: date) -> list[MeasurementRow]:
        """A season's samples (first..last) with the range of the season's contract in
        force (rule 3.1.3; the season is named by `first`'s year)."""
        s = TemperatureSample
        contract = contract_alias()
        rows = self.session.execute(
            select(s.id, s.customer_id, Customer.account_number, Customer.name,
                   Customer.address, s.sampling_date, s.measured_at, s.room, s.temperature,
                   term(contract, "room_temp_min"), term(contract, "room_temp_max"),
                   OutdoorTemperature.mean_temperature)
            .join(Customer, Customer.id == s.customer_id)
            .outerjoin(contract, joined_on(contract, first.year))
            .outerjoin(OutdoorTemperature, OutdoorTemperature.day == s.sampling_date)
            .where(and_(s.sampling_date >= first, s.sampling_date <= last))
            .order_by(s.sampling_date, s.measured_at, s.id))
        # twelve columns are past SQLAlchemy's typed select() overloads: a plain tuple then
        return [MeasurementRow(*tuple(r)) for r in rows]

    def hot_water(self, first: date, last: date) -> list[MeasurementRow]:
        """A season's readings with the contract's range in force (as `samples`)."""
        h = HotWaterReading
        contract = contract_alias()
        rows = self.session.execute(
            select(h.id, h.customer_id, Customer.account_number, Customer.name,
                   Customer.address, h.reading_date, h.measured_at, h.temperature,
                   term(contract, "hot_water_min"), term(contract, "hot_water_max"))
            .join(Customer, Customer.id == h.customer_id)
            .outerjoin(contract, joined_on(contract, first.year))
            .where(and_(h.reading_date >= first, h.reading_date <= last))
            .order_by(h.reading_date, h.measured_at, h.id))
        return [MeasurementRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], "", r[7], r[8], r[9],
                               None) for r in rows]

    # -- outdoor -----------------------------------------------------------------------
    def outdoor_on(self, day: date) -> OutdoorTemperature | None:
        return self.session.scalar(select(OutdoorTemperature).where(OutdoorTemperature.day == day))

    def outdoor_between(self, first: date, last: date) -> list[tuple[date, Decimal, str]]:
        rows = self.session.execute(
            select(OutdoorTemperature.day, OutdoorTemperature.mean_temperature,
                   OutdoorTemperature.source)
            .where(OutdoorTemperature.day >= first, OutdoorTemperature.day <= last)
            .order_by(OutdoorTemperature.day))
        return [(r[0], Decimal(r[1]), r[2]) for r in rows]

    # -- work orders -------------------------------------------------------------------
    def open_quality_orders(self, customer_ids: list[int]) -> dict[int, int]:
        """Customer → an open heating-quality work order, so a home gets one order, not two."""
        if not customer_ids:
            return {}
        rows = self.session.execute(
            select(Ticket.customer_id, func.min(Ticket.id))
            .where(Ticket.customer_id.in_(customer_ids),
                   Ticket.category == Category.HEATING_QUALITY,
                   Ticket.status.in_(OPEN_TICKET_STATUSES))
            .group_by(Ticket.customer_id))
        return {customer: ticket for customer, ticket in rows if customer is not None}
