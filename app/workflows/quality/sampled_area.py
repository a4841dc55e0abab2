"""Rule 5.1.2: the area actually measured on each sampling day against ≥ 1.0 ‰ of the total.

A plan (sampling_plan.py) chooses homes covering 1.0 ‰, but the rule is about what was
measured: "抽测面积不低于总面积的1.0‰". A home counts once a room in it has a sample on
that day, with its whole heated area, however many rooms were measured. The total is the
one the day's plan divided by (the heated area when it was made), else today's total
heated area.

Reading taken where the text is ambiguous: the 1.0 ‰ holds for every sampling day on its
own (not only for the season's sum), so one thin day cannot hide behind a thorough one;
a sampling day that has come without any sample is 0 ‰ and below the target.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.repositories.quality import QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.quality.sampling_plan import permille_of, target_permille
from app.workflows.quality.season import QualitySeason, quality_season
from app.workflows.settings import Settings, load_settings

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class DayArea:
    """One sampling day: the plan's area beside the area measured, both in ‰ of the total."""

    day: date
    planned_homes: int | None      # None: no plan was made for the day
    planned_area: Decimal | None
    measured_homes: int
    measured_area: Decimal
    total_area: Decimal
    target_permille: Decimal       # setting quality.sample_permille (1.0)
    due: bool                      # the day has come (today or earlier)

    @property
    def planned_permille(self) -> Decimal | None:
        if self.planned_area is None:
            return None
        return permille_of(self.planned_area, self.total_area)

    @property
    def measured_permille(self) -> Decimal:
        """Rounded down to 0.01 ‰ for display; the check itself is exact."""
        return permille_of(self.measured_area, self.total_area)

    @property
    def reaches_target(self) -> bool:
        """Rule 5.1.2: measured / total ≥ target, inclusive, compared without rounding."""
        return self.measured_area * 1000 >= self.total_area * self.target_permille

    @property
    def below_target(self) -> bool:
        """A day that has come and whose measured area is under the target."""
        return self.due and not self.reaches_target


@dataclass(frozen=True)
class SeasonArea:
    season: str
    target_permille: Decimal
    days: tuple[DayArea, ...]     # every sampling day of the season, in order

    @property
    def below(self) -> tuple[DayArea, ...]:
        return tuple(d for d in self.days if d.below_target)


def _today(uow: UnitOfWork, settings: Settings) -> date:
    return uow.clock().astimezone(settings.zone).date()


def _days(uow: UnitOfWork, settings: Settings, days: list[date]) -> list[DayArea]:
    if not days:
        return []
    repo = uow.repo(QualityRepository)
    first, last = min(days), max(days)
    plans = {plan.sampling_date: (plan, homes) for plan, homes in
             repo.plans_between(first, last)}
    measured = repo.measured_areas(first, last)
    today = _today(uow, settings)
    target = target_permille(settings)
    current_total: Decimal | None = None
    out = []
    for day in days:
        plan, planned_homes = plans.get(day, (None, None))
        if plan is not None:
            total = Decimal(plan.total_area)
        else:
            if current_total is None:
                current_total = repo.heated_area_total()
            total = current_total
        homes, area = measured.get(day, (0, ZERO))
        out.append(DayArea(day, planned_homes,
                           Decimal(plan.sampled_area) if plan is not None else None,
                           homes, area, total, target, day <= today))
    return out


def area_of_season(uow: UnitOfWork, settings: Settings, season: QualitySeason) -> SeasonArea:
    """Every sampling day of the season (inside an open unit of work)."""
    return SeasonArea(season.label, target_permille(settings),
                      tuple(_days(uow, settings, season.sampling_dates())))


def season_area(uow: UnitOfWork, label: str) -> SeasonArea:
    """Rule 5.1.2: every sampling day of the season, planned and measured area in ‰."""
    with uow:
        settings = load_settings(uow)
        return area_of_season(uow, settings, quality_season(settings, label))


def day_area(uow: UnitOfWork, day: date) -> DayArea:
    """One sampling day (the quality window's plan tab)."""
    with uow:
        return _days(uow, load_settings(uow), [day])[0]
