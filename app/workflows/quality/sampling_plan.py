"""The sampling plan of one sampling day: homes across estates covering ≥ 1.0 ‰ of the area.

Rule 5.1.2: the technical section measures in customers' homes on the 5th, 15th and 25th,
and the sampled heated area must be at least 1.0 ‰ of the total heated area. Homes are taken
in turn from every estate (round robin) so no estate is left out, in an order shuffled by a
seed (the day's ordinal unless given), so the same day always gives the same plan. Homes
sampled or planned earlier in the season come last, so the season covers many homes. The
choice runs in the database a page of rounds at a time (`plan_choice.choose_in_db`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models.quality import SamplingPlan
from app.repositories.quality import PlanHomeRow, QualityRepository
from app.repositories.quality_plan import PlanSelectionRepository
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.permissions import Permission, require
from app.workflows.quality.measurements import may_measure
from app.workflows.quality.plan_choice import choose_homes, choose_in_db
from app.workflows.quality.season import check_sampling_day
from app.workflows.settings import Settings, load_settings

PlanHome = PlanHomeRow
__all__ = ["PlanHome", "PlanView", "choose_homes", "make_plan", "permille_of", "plan_for",
           "target_permille"]


@dataclass(frozen=True)
class PlanView:
    id: int
    day: date
    season: str
    seed: int
    total_area: Decimal
    sampled_area: Decimal
    permille: Decimal          # sampled / total in ‰, two decimals
    target_permille: Decimal   # rule 5.1.2: 1.0 ‰ (setting quality.sample_permille)
    estates: int
    homes: tuple[PlanHomeRow, ...]

    @property
    def reaches_target(self) -> bool:
        return self.permille >= self.target_permille


def target_permille(settings: Settings) -> Decimal:
    return Decimal(str(settings["quality.sample_permille"]))  # rule 5.1.2


def permille_of(sampled: Decimal, total: Decimal) -> Decimal:
    if total <= 0:
        return Decimal("0.00")
    return (sampled * 1000 / total).quantize(Decimal("0.01"), rounding="ROUND_DOWN")


def _view(repo: QualityRepository, plan: SamplingPlan, settings: Settings) -> PlanView:
    homes = tuple(repo.plan_homes(plan))
    sampled = Decimal(plan.sampled_area)
    total = Decimal(plan.total_area)
    return PlanView(plan.id, plan.sampling_date, plan.season, plan.seed, total, sampled,
                    permille_of(sampled, total), target_permille(settings),
                    len({h.estate for h in homes}), homes)


def may_plan(actor: Actor | None) -> bool:
    """Rule 5.1.2: the technical section samples; an agent does not choose the homes."""
    return may_measure(actor)


def make_plan(uow: UnitOfWork, day: date, seed: int | None = None) -> PlanView:
    """The plan of a sampling day, made once; asking again returns the stored plan."""
    actor = require(uow, Permission.QUALITY_MEASURE)  # rule 5.1.2; demo, benches: a technician
    with uow:
        settings = load_settings(uow)
        season = check_sampling_day(settings, day)
        repo = uow.repo(QualityRepository)
        plan = repo.plan_on(day)
        if plan is None:
            seed = day.toordinal() if seed is None else seed
            choice = choose_in_db(uow.repo(PlanSelectionRepository), season.label,
                                  season.first, day, seed, target_permille(settings))
            plan = repo.add_plan(SamplingPlan(
                sampling_date=day, season=season.label, seed=seed,
                total_area=choice.total_area, sampled_area=choice.sampled_area,
                created_by_id=actor.id, created_at=uow.clock(),
            ), [h.customer_id for h in choice.homes])
            uow.commit()
        return _view(repo, plan, settings)


def plan_for(uow: UnitOfWork, day: date) -> PlanView | None:
    """The stored plan of a day, with how many samples each home has so far."""
    with uow:
        plan = uow.repo(QualityRepository).plan_on(day)
        return None if plan is None else _view(uow.repo(QualityRepository), plan,
                                               load_settings(uow))
