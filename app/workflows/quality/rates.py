"""Qualification rates of a season: room temperature (rules 5.1.1, 5.1.2) and hot water (5.1.3).

A room sample is qualified when 16 °C ≤ t ≤ 20 °C (inclusive), or within the customer's
contract range where the contract sets one. A sample taken on a day whose outdoor mean is
below −7 °C is exempt: it is reported apart and left out of the rate, which is qualified /
non-exempt samples against the 97.5 % target. Hot water counts 50–55 °C against 95 %.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.repositories.quality import MeasurementRow, QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.quality.season import QualitySeason, quality_season
from app.workflows.settings import Settings, load_settings

HUNDREDTH = Decimal("0.01")


@dataclass(frozen=True)
class Range:
    low: Decimal
    high: Decimal
    contract: bool  # True when the customer's contract overrides the standard

    def holds(self, value: Decimal) -> bool:
        return self.low <= value <= self.high  # rule 5.1.1: inclusive


def _setting(settings: Settings, key: str) -> Decimal:
    return Decimal(str(settings[key]))


def room_range(low: Decimal | None, high: Decimal | None, settings: Settings) -> Range:
    """Rule 5.1.1: 16–20 °C, unless the contract of a special customer says otherwise."""
    return Range(Decimal(low) if low is not None else _setting(settings, "quality.room_min"),
                 Decimal(high) if high is not None else _setting(settings, "quality.room_max"),
                 low is not None or high is not None)


def hot_water_range(low: Decimal | None, high: Decimal | None, settings: Settings) -> Range:
    """Rule 5.1.3: 50–55 °C at the tap, special customers per contract."""
    return Range(
        Decimal(low) if low is not None else _setting(settings, "quality.hot_water_min"),
        Decimal(high) if high is not None else _setting(settings, "quality.hot_water_max"),
        low is not None or high is not None)


def is_exempt(outdoor_mean: Decimal | None, settings: Settings) -> bool:
    """Rule 5.1.1: a daily mean strictly below −7 °C; an unknown mean exempts nothing."""
    return outdoor_mean is not None and Decimal(outdoor_mean) < _setting(
        settings, "quality.exempt_below")


def rate_percent(qualified: int, counted: int) -> Decimal | None:
    """Qualified share in %, two decimals (half up); None when nothing counts."""
    if counted <= 0:
        return None
    return (Decimal(qualified) * 100 / Decimal(counted)).quantize(HUNDREDTH, ROUND_HALF_UP)


@dataclass(frozen=True)
class Judged:
    row: MeasurementRow
    range: Range
    qualified: bool
    exempt: bool


@dataclass(frozen=True)
class RoomRate:
    season: str
    samples: int
    exempt: int             # reported apart (rule 5.1.1)
    exempt_qualified: int
    counted: int            # non-exempt samples
    qualified: int
    rate: Decimal | None
    target: Decimal
    report_by: date
    days_without_outdoor: int  # sampling days with samples but no outdoor mean yet

    @property
    def meets_target(self) -> bool:
        return self.rate is not None and self.rate >= self.target


@dataclass(frozen=True)
class HotWaterRate:
    season: str
    readings: int
    qualified: int
    rate: Decimal | None
    target: Decimal

    @property
    def meets_target(self) -> bool:
        return self.rate is not None and self.rate >= self.target


def judge_samples(rows: list[MeasurementRow], settings: Settings) -> list[Judged]:
    out = []
    for row in rows:
        limits = room_range(row.contract_min, row.contract_max, settings)
        out.append(Judged(row, limits, limits.holds(Decimal(row.temperature)),
                          is_exempt(row.outdoor_mean, settings)))
    return out


def summarise_room(season: QualitySeason, judged: list[Judged], settings: Settings
                   ) -> RoomRate:
    counted = [j for j in judged if not j.exempt]
    exempt = [j for j in judged if j.exempt]
    qualified = sum(1 for j in counted if j.qualified)
    missing = {j.row.day for j in judged if j.row.outdoor_mean is None}
    return RoomRate(season.label, len(judged), len(exempt), sum(1 for j in exempt if j.qualified),
                    len(counted), qualified, rate_percent(qualified, len(counted)),
                    _setting(settings, "quality.room_target_percent"), season.report_by,
                    len(missing))


def season_samples(uow: UnitOfWork, label: str) -> tuple[QualitySeason, list[Judged], Settings]:
    """Every sample of the season, judged (inside an open unit of work)."""
    settings = load_settings(uow)
    season = quality_season(settings, label)
    rows = uow.repo(QualityRepository).samples(season.first, season.last)
    return season, judge_samples(rows, settings), settings


def room_rate(uow: UnitOfWork, label: str) -> RoomRate:
    """Rule 5.1.2: the season's rate = qualified / non-exempt samples, target 97.5 %."""
    with uow:
        season, judged, settings = season_samples(uow, label)
        return summarise_room(season, judged, settings)


def judge_hot_water(rows: list[MeasurementRow], settings: Settings) -> list[Judged]:
    out = []
    for row in rows:
        limits = hot_water_range(row.contract_min, row.contract_max, settings)
        out.append(Judged(row, limits, limits.holds(Decimal(row.temperature)), False))
    return out


def summarise_hot_water(season: QualitySeason, judged: list[Judged], settings: Settings
                        ) -> HotWaterRate:
    qualified = sum(1 for j in judged if j.qualified)
    return HotWaterRate(season.label, len(judged), qualified,
                        rate_percent(qualified, len(judged)),
                        _setting(settings, "quality.hot_water_target_percent"))


def season_hot_water(uow: UnitOfWork, label: str) -> tuple[list[Judged], HotWaterRate]:
    """Rule 5.1.3: readings of the season judged against 50–55 °C, rate against 95 %."""
    with uow:
        settings = load_settings(uow)
        season = quality_season(settings, label)
        judged = judge_hot_water(
            uow.repo(QualityRepository).hot_water(season.first, season.last), settings)
    return judged, summarise_hot_water(season, judged, settings)
