"""Rule 5.1.2: the area actually measured on a sampling day is ≥ 1.0 ‰ of the heated area.

A hand-worked city of exactly 100,000 m²: 1.0 ‰ is 100 m². One sampling day measures a
100 m² home (1.00 ‰, reached: the bound is inclusive), one a 90 m² home (0.90 ‰, below),
one a 50 m² home (0.50 ‰, below), one measures nothing (0 ‰, below). Changing the 1.0 ‰
setting default (to 0.5, 0.9 or 1.1) or making the bound exclusive fails these tests.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.quality.measurements import SampleForm, record_sample
from app.workflows.quality.reports import temperature_figures
from app.workflows.quality.sampled_area import day_area, season_area
from app.workflows.quality.sampling_plan import make_plan
from app.workflows.reports.season import season_from_settings
from app.workflows.settings import load_settings
from tests.quality_data import SEASON, add_customer, after_season_clock, technician

# account, area m², sampling day measured (None: never)
HOMES = [("A100", "100", "2025-12-05"), ("A090", "90", "2025-12-15"),
         ("A050", "50", "2025-12-25"), ("REST", "99760", None)]


@pytest.fixture
def city(db):
    clock = after_season_clock()
    tech = technician(db, clock)
    for account, area, _day in HOMES:
        add_customer(db, clock, account, f"户{account}", "阳光小区", area)
    for account, _area, day in HOMES:
        for room, at in (("客厅", "09:00"), ("卧室", "09:05")):  # two rooms: the home once
            if day is not None:
                record_sample(UnitOfWork(db, tech, clock),
                              SampleForm(account, day, at, room, "18.5", "3001"))
    return clock, tech


def _days(area) -> dict[date, tuple]:
    return {d.day: (d.measured_homes, d.measured_area, d.measured_permille, d.below_target)
            for d in area.days}


def test_rule_5_1_2_measured_area_reaches_one_permille_inclusive_and_below_is_flagged(
        db, city) -> None:
    clock, tech = city
    area = season_area(UnitOfWork(db, tech, clock), SEASON)
    assert area.target_permille == Decimal("1.0")  # the setting's default: rule 5.1.2
    days = _days(area)
    assert days[date(2025, 12, 5)] == (1, Decimal("100.00"), Decimal("1.00"), False)
    assert days[date(2025, 12, 15)] == (1, Decimal("90.00"), Decimal("0.90"), True)
    assert days[date(2025, 12, 25)] == (1, Decimal("50.00"), Decimal("0.50"), True)
    assert days[date(2026, 1, 5)] == (0, Decimal("0.00"), Decimal("0.00"), True)
    assert all(d.total_area == Decimal("100000.00") for d in area.days)
    below = [d.day for d in area.below]
    assert {date(2025, 11, 15), date(2025, 12, 15), date(2025, 12, 25), date(2026, 1, 5),
            date(2026, 3, 15)} <= set(below)  # days without samples are 0 ‰: below too
    assert date(2025, 12, 5) not in below and len(below) == len(area.days) - 1


def test_rule_5_1_2_a_sampling_day_still_to_come_is_not_flagged(db, city) -> None:
    _clock, tech = city
    before = FixedClock(datetime(2025, 12, 20, 2, 0, tzinfo=UTC))
    days = {d.day: d for d in season_area(UnitOfWork(db, tech, before), SEASON).days}
    assert days[date(2025, 12, 15)].below_target  # came, 0.90 ‰
    assert not days[date(2025, 12, 25)].due and not days[date(2025, 12, 25)].below_target


def test_rule_5_1_2_the_plans_area_is_shown_beside_the_measured_area(db, city) -> None:
    clock, tech = city
    plan = make_plan(UnitOfWork(db, tech, clock), date(2026, 1, 5))
    day = day_area(UnitOfWork(db, tech, clock), date(2026, 1, 5))
    assert (day.planned_homes, day.planned_area) == (len(plan.homes), plan.sampled_area)
    assert day.planned_permille == plan.permille and plan.reaches_target  # the plan: ≥ 1.0 ‰
    assert (day.measured_homes, day.measured_area, day.below_target) == (0, Decimal("0.00"),
                                                                        True)
    assert day.total_area == plan.total_area
    no_plan = day_area(UnitOfWork(db, tech, clock), date(2025, 12, 15))
    assert no_plan.planned_homes is None and no_plan.planned_permille is None


def test_rule_5_1_2_the_temperature_report_lists_measured_area_and_says_below(db, city) -> None:
    clock, tech = city
    with UnitOfWork(db, tech, clock) as uow:
        season = season_from_settings(load_settings(uow).values, SEASON)
    figure = temperature_figures(UnitOfWork(db, tech, clock), season)[0]
    table = next(t for t in figure.tables if t.title == "各抽检日抽检面积（规则 5.1.2）")
    rows = {r[0]: r for r in table.rows}
    assert rows["2025-12-05"][4:] == [1, 100.0, 1.0, 1.0, "达到 1.0‰"]
    assert rows["2025-12-15"][4:] == [1, 90.0, 0.9, 1.0, "低于 1.0‰"]
    summary = dict((r[0], r[1]) for r in figure.tables[0].rows)
    assert summary["抽检面积低于 1.0‰ 的抽检日"] >= 3
