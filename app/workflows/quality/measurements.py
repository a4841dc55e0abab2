"""Recording what a technician measured: a room in a sampled home, or a hot-water tap.

Every problem is reported at its field before anything is written: an impossible value (a
room at 80 °C), a day outside the season or, when required, not a sampling day (rule 5.1.2),
an unknown account or technician, a moment still in the future. Only the technical staff
and those above them may record measurements at all (`may_measure`): anyone else gets
PermissionDenied before any field is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from datetime import time as clock_time
from decimal import Decimal

from app.models.customer import Customer
from app.models.enums import Role
from app.models.quality import HotWaterReading, TemperatureSample
from app.repositories.quality import QualityRepository
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.customers.contracts import terms_in_force
from app.workflows.customers.season import contract_season
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, allowed, require, roles_with
from app.workflows.quality.rates import Range, hot_water_range, room_range
from app.workflows.quality.season import check_sampling_day
from app.workflows.quality.values import (
    HOT_WATER_PLAUSIBLE,
    ROOM_PLAUSIBLE,
    local_moment,
    parse_day,
    parse_temperature,
    parse_time,
)
from app.workflows.settings import load_settings

MAX_ROOM = 40
# rule 5.1.2: the technical section measures; leaders, supervisors and admins may correct
MEASURING_ROLES = frozenset(Role(r) for r in roles_with(Permission.QUALITY_MEASURE))


def may_measure(actor: Actor | None) -> bool:
    """Whether this staff member may enter room samples and hot-water readings."""
    return actor is not None and allowed(actor.role, Permission.QUALITY_MEASURE)


def _require_measurer(uow: UnitOfWork) -> None:
    require(uow, Permission.QUALITY_MEASURE)


@dataclass
class SampleForm:
    account_number: str
    day: str | date
    time: str | clock_time
    room: str
    temperature: str
    technician: str  # job number (工号)


@dataclass
class HotWaterForm:
    account_number: str
    day: str | date
    time: str | clock_time
    temperature: str
    technician: str


@dataclass(frozen=True)
class Saved:
    id: int
    customer_name: str
    temperature: Decimal
    range: Range
    in_plan: bool = False

    @property
    def qualified(self) -> bool:
        return self.range.holds(self.temperature)


def _common(uow: UnitOfWork, account: str, technician: str, errors: dict[str, str]
            ) -> tuple[Customer | None, int | None]:
    repo = uow.repo(QualityRepository)
    customer = repo.customer_by_account(account.strip()) if account.strip() else None
    if not account.strip():
        errors["account_number"] = "required"
    elif customer is None:
        errors["account_number"] = "account.unknown"
    staff = uow.staff.by_job_number(technician.strip()) if technician.strip() else None
    if not technician.strip():
        errors["technician"] = "required"
    elif staff is None or not staff.active:
        errors["technician"] = "technician.unknown"
    return customer, staff.id if staff else None


def record_sample(uow: UnitOfWork, form: SampleForm) -> Saved:
    """One room of one home on a sampling day (rules 5.1.1, 5.1.2)."""
    _require_measurer(uow)
    errors: dict[str, str] = {}
    value = parse_temperature(form.temperature, ROOM_PLAUSIBLE, errors, "temperature")
    day = parse_day(form.day, errors, "day")
    at = parse_time(form.time, errors, "time")
    room = form.room.strip()
    if not room:
        errors["room"] = "required"
    elif len(room) > MAX_ROOM:
        errors["room"] = "text.too_long"
    with uow:
        settings = load_settings(uow)
        if day is not None:
            try:
                check_sampling_day(settings, day)
            except ValidationError as exc:
                errors.update(exc.errors)
        customer, technician_id = _common(uow, form.account_number, form.technician, errors)
        if day is not None and at is not None and "day" not in errors:
            moment = local_moment(day, at, settings.zone)
            if moment > uow.clock():
                errors["time"] = "time.future"
        if errors:
            raise ValidationError(errors)
        assert customer is not None and technician_id is not None and value is not None
        assert day is not None and at is not None
        repo = uow.repo(QualityRepository)
        plan = repo.plan_on(day)
        in_plan = plan is not None and repo.in_plan(plan.id, customer.id)
        sample = TemperatureSample(
            customer_id=customer.id, plan_id=plan.id if in_plan and plan else None,
            sampling_date=day, measured_at=local_moment(day, at, settings.zone), room=room,
            temperature=value, technician_id=technician_id, created_at=uow.clock())
        repo.add(sample)
        # the range of the sampling day's season contract (rule 3.1.3)
        terms = terms_in_force(uow, customer.id, contract_season(day, settings.values))
        uow.commit()
        assert terms is not None
        return Saved(sample.id, customer.name, value,
                     room_range(terms.room_temp_min, terms.room_temp_max, settings),
                     in_plan)


def record_hot_water(uow: UnitOfWork, form: HotWaterForm) -> Saved:
    """A hot-water supply temperature (rule 5.1.3); any day, but never in the future."""
    _require_measurer(uow)
    errors: dict[str, str] = {}
    value = parse_temperature(form.temperature, HOT_WATER_PLAUSIBLE, errors, "temperature")
    day = parse_day(form.day, errors, "day")
    at = parse_time(form.time, errors, "time")
    with uow:
        settings = load_settings(uow)
        customer, technician_id = _common(uow, form.account_number, form.technician, errors)
        if customer is not None and not customer.hot_water:
            errors["account_number"] = "customer.no_hot_water"
        if day is not None and at is not None and \
                local_moment(day, at, settings.zone) > uow.clock():
            errors["time"] = "time.future"
        if errors:
            raise ValidationError(errors)
        assert customer is not None and technician_id is not None and value is not None
        assert day is not None and at is not None
        reading = HotWaterReading(
            customer_id=customer.id, reading_date=day,
            measured_at=local_moment(day, at, settings.zone), temperature=value,
            technician_id=technician_id, created_at=uow.clock())
        uow.repo(QualityRepository).add(reading)
        terms = terms_in_force(uow, customer.id, contract_season(day, settings.values))
        uow.commit()
        assert terms is not None
        return Saved(reading.id, customer.name, value,
                     hot_water_range(terms.hot_water_min, terms.hot_water_max, settings))
