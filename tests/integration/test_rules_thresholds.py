"""The numbers of rules 5.1.1-5.1.3 pinned at their bounds, through the quality workflows.

Each test names its rule and sits on both sides of a bound, so changing a default setting
(50 → 51 °C, 55 → 54 °C, 97.5 → 97.4 %, 95 → 94.7 %, 1.0 → 0.9 ‰ ...) or turning an
inclusive comparison into an exclusive one makes it fail.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.quality.measurements import (
    HotWaterForm,
    SampleForm,
    record_hot_water,
    record_sample,
)
from app.workflows.quality.rates import room_rate, season_hot_water
from app.workflows.quality.reports import hot_water_figures, temperature_figures
from app.workflows.quality.sampling_plan import PlanView
from app.workflows.reports.season import season_from_settings
from app.workflows.settings import DEFAULTS, load_settings, save_setting
from tests.quality_data import SEASON, add_customer, after_season_clock, technician


@pytest.fixture
def quality(db):
    clock = after_season_clock()
    tech = technician(db, clock)
    add_customer(db, clock, "H001", "吴静", "阳光小区", "70", hot_water=True)
    add_customer(db, clock, "R001", "周明", "阳光小区", "90")
    return clock, tech


def _water(db, clock, tech, *values: str) -> None:
    for value in values:
        record_hot_water(UnitOfWork(db, tech, clock),
                         HotWaterForm("H001", "2025-12-10", "11:00", value, "3001"))


def _rooms(db, clock, tech, *values: str) -> None:
    for value in values:
        record_sample(UnitOfWork(db, tech, clock),
                      SampleForm("R001", "2025-12-05", "09:00", "客厅", value, "3001"))


def test_rule_5_1_3_hot_water_is_qualified_from_50_to_55_inclusive(db, quality) -> None:
    clock, tech = quality
    _water(db, clock, tech, "49.9", "50.0", "55.0", "55.1")
    judged, _rate = season_hot_water(UnitOfWork(db, tech, clock), SEASON)
    assert [(str(j.row.temperature), j.qualified) for j in judged] == [
        ("49.9", False), ("50.0", True), ("55.0", True), ("55.1", False)]
    assert (judged[0].range.low, judged[0].range.high) == (Decimal("50.0"), Decimal("55.0"))


def test_rule_5_1_3_hot_water_target_95_percent_is_inclusive(db, quality) -> None:
    clock, tech = quality
    _water(db, clock, tech, *["52.0"] * 18, "60.0")
    _judged, rate = season_hot_water(UnitOfWork(db, tech, clock), SEASON)
    assert (rate.rate, rate.target, rate.meets_target) == (Decimal("94.74"), Decimal("95.0"),
                                                           False)  # 18 of 19
    _water(db, clock, tech, "52.0")
    _judged, rate = season_hot_water(UnitOfWork(db, tech, clock), SEASON)
    assert (rate.rate, rate.meets_target) == (Decimal("95.00"), True)  # 19 of 20: reached


def test_rule_5_1_2_room_target_97_5_percent_is_inclusive(db, quality) -> None:
    clock, tech = quality
    _rooms(db, clock, tech, *["18.0"] * 38, "25.0")
    rate = room_rate(UnitOfWork(db, tech, clock), SEASON)
    assert (rate.rate, rate.target, rate.meets_target) == (Decimal("97.44"), Decimal("97.5"),
                                                           False)  # 38 of 39
    _rooms(db, clock, tech, "18.0")
    rate = room_rate(UnitOfWork(db, tech, clock), SEASON)
    assert (rate.rate, rate.meets_target) == (Decimal("97.50"), True)  # 39 of 40: reached


def test_rule_5_1_1_room_is_qualified_from_16_to_20_inclusive(db, quality) -> None:
    clock, tech = quality
    _rooms(db, clock, tech, "15.9", "16.0", "20.0", "20.1")
    rate = room_rate(UnitOfWork(db, tech, clock), SEASON)
    assert (rate.counted, rate.qualified) == (4, 2)


def test_rule_5_1_2_the_plans_own_check_is_one_permille_inclusive() -> None:
    def plan(permille: str) -> PlanView:
        return PlanView(1, None, SEASON, 1, Decimal("100000"), Decimal(permille) * 100,  # type: ignore[arg-type]
                        Decimal(permille), Decimal(str(DEFAULTS["quality.sample_permille"])),
                        1, ())

    assert plan("1.00").reaches_target
    assert not plan("0.99").reaches_target
    assert not plan("0.90").reaches_target and not plan("0.50").reaches_target


def test_the_defaults_are_the_regulations_numbers() -> None:
    """Rules 5.1.1, 5.1.2, 5.1.3 as ../shared/docs/REGULATIONS.md reads them."""
    assert {k: DEFAULTS[k] for k in (
        "quality.sample_permille", "quality.room_min", "quality.room_max",
        "quality.room_target_percent", "quality.hot_water_min", "quality.hot_water_max",
        "quality.hot_water_target_percent", "quality.exempt_below", "quality.sampling_days",
        "quality.report_by")} == {
        "quality.sample_permille": 1.0, "quality.room_min": 16.0, "quality.room_max": 20.0,
        "quality.room_target_percent": 97.5, "quality.hot_water_min": 50.0,
        "quality.hot_water_max": 55.0, "quality.hot_water_target_percent": 95.0,
        "quality.exempt_below": -7.0, "quality.sampling_days": [5, 15, 25],
        "quality.report_by": "03-31"}


def test_rule_5_1_2_the_reports_print_the_numbers_in_force(db, quality) -> None:
    """The numbers are settings: the printed rule says the values in force, not the
    regulations' defaults a leader has changed (rules 5.1.1, 5.1.2 and 5.1.3)."""
    clock, tech = quality

    def notes() -> list[str]:
        with UnitOfWork(db, tech, clock) as uow:
            season = season_from_settings(load_settings(uow).values, SEASON)
        room = temperature_figures(UnitOfWork(db, tech, clock), season)[0]
        water = hot_water_figures(UnitOfWork(db, tech, clock), season)[0]
        return [*room.notes, *water.notes, *(str(r[0]) for r in room.tables[0].rows)]

    defaults = notes()
    assert ("规则 5.1.1：室温 16–20 °C 为合格（特殊用户按合同）；室外日均气温低于 −7 °C "
            "之日的样本豁免，单列。") in defaults
    assert ("规则 5.1.2：每月 5、15、25 日抽检，抽检面积不少于总供热面积的 1.0‰；合格率 = "
            "合格样本 / 计入样本，目标 ≥ 97.5 %，3 月 31 日前上报。") in defaults
    assert "规则 5.1.3：供水温度 50–55 °C 为合格（特殊用户按合同），合格率目标 ≥ 95 %。" in defaults
    with UnitOfWork(db, tech, clock) as uow:
        for key, value in (("quality.room_min", 17.0), ("quality.exempt_below", -10.0),
                           ("quality.room_target_percent", 98.0),
                           ("quality.sample_permille", 1.5), ("quality.hot_water_min", 48.0),
                           ("quality.hot_water_target_percent", 96.5)):
            save_setting(uow, key, value)
        uow.commit()
    changed = notes()
    assert any("室温 17–20 °C" in n and "低于 −10 °C" in n for n in changed)
    assert any("总供热面积的 1.5‰" in n and "目标 ≥ 98 %" in n for n in changed)
    assert any("供水温度 48–55 °C" in n and "目标 ≥ 96.5 %" in n for n in changed)
    assert "豁免样本（室外日均低于 −10 °C）" in changed
