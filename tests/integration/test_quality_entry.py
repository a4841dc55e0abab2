"""Entering samples, plans and outdoor means: impossible input is refused at its field and
nothing is written (rules 5.1.1, 5.1.2)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.clock import FixedClock
from app.models import Event
from app.models.quality import (
    HotWaterReading,
    OutdoorTemperature,
    SamplingPlan,
    TemperatureSample,
)
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.quality.measurements import (
    HotWaterForm,
    SampleForm,
    record_hot_water,
    record_sample,
)
from app.workflows.quality.outdoor import CsvLineErrors, import_outdoor_csv, outdoor_between
from app.workflows.quality.sampling_plan import make_plan, plan_for
from tests.quality_data import add_customer, after_season_clock, technician


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def setup(db):
    clock = after_season_clock()
    tech = technician(db, clock)
    add_customer(db, clock, "Q001", "周明", "阳光小区", "90")
    return clock, tech


GOOD = dict(account_number="Q001", day="2025-12-05", time="09:30", room="客厅",
            temperature="18.5", technician="3001")


BAD = [
    ({"temperature": "80"}, "temperature", "temperature.implausible"),  # a room at 80 °C
    ({"temperature": "abc"}, "temperature", "number.invalid"),
    ({"temperature": ""}, "temperature", "required"),
    ({"day": "2026-04-05"}, "day", "date.outside_season"),
    ({"day": "2025-12-06"}, "day", "date.not_sampling_day"),  # rule 5.1.2
    ({"day": "2025-12-32"}, "day", "date.invalid"),
    ({"time": "25:00"}, "time", "time.invalid"),
    ({"room": " "}, "room", "required"),
    ({"account_number": "NOPE"}, "account_number", "account.unknown"),
    ({"technician": "9999"}, "technician", "technician.unknown"),
]


def test_impossible_sample_is_refused_and_nothing_written(db, setup):
    clock, tech = setup
    before = (_count(db, TemperatureSample), _count(db, Event))
    for change, field, code in BAD:
        with pytest.raises(ValidationError) as err:
            record_sample(UnitOfWork(db, tech, clock), SampleForm(**{**GOOD, **change}))
        assert err.value.errors == {field: code}, change
    assert (_count(db, TemperatureSample), _count(db, Event)) == before
    record_sample(UnitOfWork(db, tech, clock), SampleForm(**GOOD))  # the good form is saved
    assert _count(db, TemperatureSample) == before[0] + 1


def test_a_sample_later_than_now_is_refused(db, setup):
    _clock, tech = setup
    morning = FixedClock(datetime(2025, 12, 5, 1, 0, tzinfo=UTC))  # 09:00 in Beijing
    with pytest.raises(ValidationError) as err:
        record_sample(UnitOfWork(db, tech, morning), SampleForm(**GOOD))  # 09:30 local
    assert err.value.errors == {"time": "time.future"}
    assert _count(db, TemperatureSample) == 0


def test_plan_reaches_one_permille_and_is_stable(db, setup):
    clock, tech = setup
    for i, (estate, area) in enumerate([("甲", "100"), ("甲", "100"), ("乙", "50"),
                                        ("乙", "50"), ("丙", "110")]):
        add_customer(db, clock, f"P{i:03d}", f"住户{i}", estate, area)
    plan = make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 15))
    assert plan.total_area == Decimal("500.00")  # 90 + 100 + 100 + 50 + 50 + 110
    assert plan.permille >= Decimal("1.0") and plan.reaches_target  # rule 5.1.2
    assert len(plan.homes) == 1 and plan.seed == date(2025, 12, 15).toordinal()
    assert plan.permille == (plan.sampled_area * 1000 / 500).quantize(Decimal("0.01"))
    assert make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 15)).id == plan.id
    assert _count(db, SamplingPlan) == 1
    home = plan.homes[0]
    saved = record_sample(UnitOfWork(db, tech, clock), SampleForm(**{
        **GOOD, "account_number": home.account_number, "day": "2025-12-15"}))
    assert saved.in_plan and saved.qualified
    again = plan_for(UnitOfWork(db, tech, clock), date(2025, 12, 15))
    assert again is not None and again.homes[0].samples == 1


def test_plan_for_a_day_that_is_not_a_sampling_day_is_refused(db, setup):
    clock, tech = setup
    with pytest.raises(ValidationError) as err:
        make_plan(UnitOfWork(db, tech, clock), date(2025, 12, 16))
    assert err.value.errors == {"day": "date.not_sampling_day"}
    assert _count(db, SamplingPlan) == 0


def test_outdoor_csv_imports_all_lines(db, setup):
    clock, tech = setup
    text = "date,mean\n2025-12-05,-3.5\n\n2025-12-06,-8\n2025-12-07,1.25\n"
    assert import_outdoor_csv(UnitOfWork(db, tech, clock), text) == 3
    days = outdoor_between(UnitOfWork(db, tech, clock), date(2025, 12, 1), date(2025, 12, 31))
    assert [(d.day.day, str(d.mean), d.source) for d in days] == [
        (5, "-3.5", "csv"), (6, "-8.0", "csv"), (7, "1.3", "csv")]


def test_outdoor_csv_with_bad_lines_writes_nothing(db, setup):
    clock, tech = setup
    text = ("date,mean\n2025-12-05,-3.5\n2025-12-0x,-5\n2025-12-05,-4\n2025-12-08,-70\n"
            "2025-12-09\n2026-05-01,10\n")
    with pytest.raises(CsvLineErrors) as err:
        import_outdoor_csv(UnitOfWork(db, tech, clock), text)
    assert err.value.lines == {3: "date.invalid", 4: "date.duplicate",
                               5: "temperature.implausible", 6: "csv.columns",
                               7: "date.future"}
    assert _count(db, OutdoorTemperature) == 0


@pytest.mark.parametrize("role", ["agent", None])
def test_only_technical_staff_may_enter_measurements(db, setup, role):
    clock, tech = setup
    add_customer(db, clock, "W001", "宾馆", "和平里", "300", hot_water=True)
    actor = seed_user(UnitOfWork(db, None, clock), "1001", "王芳", role,
                        "agent-pass-1") if role else None
    before = (_count(db, TemperatureSample), _count(db, HotWaterReading), _count(db, Event))
    with pytest.raises(PermissionDenied):  # rule 5.1.2: the technical section measures
        record_sample(UnitOfWork(db, actor, clock), SampleForm(**GOOD))
    with pytest.raises(PermissionDenied):
        record_hot_water(UnitOfWork(db, actor, clock), HotWaterForm(
            "W001", "2025-12-05", "11:00", "52.0", "3001"))
    # nothing of the refused work; each refusal is an event of its own (issue 15)
    assert (_count(db, TemperatureSample), _count(db, HotWaterReading),
            _count(db, Event)) == (before[0], before[1], before[2] + 2)


@pytest.mark.parametrize("role", ["shift_leader", "supervisor", "admin"])
def test_leaders_supervisors_and_admins_may_enter_measurements(db, setup, role):
    clock, _tech = setup
    actor = seed_user(UnitOfWork(db, None, clock), "2001", "赵强", role, "lead-pass-1")
    saved = record_sample(UnitOfWork(db, actor, clock), SampleForm(**GOOD))
    assert saved.qualified and _count(db, TemperatureSample) == 1
