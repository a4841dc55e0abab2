"""The sampling plan of one sampling day: homes across estates covering ≥ 1.0 ‰ of the area.

Rule 5.1.2: the technical section measures in customers' homes on the 5th, 15th and 25th,
and the sampled heated area must be at least 1.0 ‰ of the total heated area. Homes are taken
in turn from every estate (round robin) so no estate is left out, in an order shuffled by a
seed (the day's ordinal unless given), so the same day always gives the same plan.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models.quality import SamplingPlan
from app.repositories.quality import HomeRow, PlanHomeRow, QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.quality.season import check_sampling_day
from app.workflows.settings import Settings, load_settings

PlanHome = PlanHomeRow


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


def choose_homes(homes: list[HomeRow], permille: Decimal, seed: int) -> list[HomeRow]:
    """Homes in turn from each estate until their area reaches `permille` of the total.

    Rounding the ‰ down when shown means a plan shown as 1.00 ‰ really covers 1.0 ‰.
    """
    total = sum((h.heated_area for h in homes), Decimal("0"))
    target = total * permille / 1000
    rng = random.Random(seed)
    by_estate: dict[str, list[HomeRow]] = {}
    for home in homes:
        by_estate.setdefault(home.estate, []).append(home)
    estates = sorted(by_estate)
    rng.shuffle(estates)
    queues = {name: rng.sample(by_estate[name], len(by_estate[name])) for name in estates}
    chosen: list[HomeRow] = []
    area = Decimal("0")
    while area < target and any(queues.values()):
        for name in estates:
            if area >= target:
                break
            if queues[name]:
                home = queues[name].pop()
                chosen.append(home)
                area += home.heated_area
    return chosen


def _view(repo: QualityRepository, plan: SamplingPlan, settings: Settings) -> PlanView:
    homes = tuple(repo.plan_homes(plan))
    sampled = Decimal(plan.sampled_area)
    total = Decimal(plan.total_area)
    return PlanView(plan.id, plan.sampling_date, plan.season, plan.seed, total, sampled,
                    permille_of(sampled, total), target_permille(settings),
                    len({h.estate for h in homes}), homes)


def make_plan(uow: UnitOfWork, day: date, seed: int | None = None) -> PlanView:
    """The plan of a sampling day, made once; asking again returns the stored plan."""
    with uow:
        settings = load_settings(uow)
        season = check_sampling_day(settings, day)
        repo = uow.repo(QualityRepository)
        plan = repo.plan_on(day)
        if plan is None:
            seed = day.toordinal() if seed is None else seed
            homes = repo.heating_homes()
            chosen = choose_homes(homes, target_permille(settings), seed)
            plan = repo.add_plan(SamplingPlan(
                sampling_date=day, season=season.label, seed=seed,
                total_area=sum((h.heated_area for h in homes), Decimal("0")),
                sampled_area=sum((h.heated_area for h in chosen), Decimal("0")),
                created_by_id=uow.actor.id if uow.actor else None, created_at=uow.clock(),
            ), [h.customer_id for h in chosen])
            uow.commit()
        return _view(repo, plan, settings)


def plan_for(uow: UnitOfWork, day: date) -> PlanView | None:
    """The stored plan of a day, with how many samples each home has so far."""
    with uow:
        plan = uow.repo(QualityRepository).plan_on(day)
        return None if plan is None else _view(uow.repo(QualityRepository), plan,
                                               load_settings(uow))
