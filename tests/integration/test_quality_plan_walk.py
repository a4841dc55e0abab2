"""The database's walk through each estate's homes (rule 5.1.2) gives the reference's order
for any seed: past the day's split point and around, with seen homes skipped until the
fresh ones run out, and deep into the rounds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from app.models.customer import Customer
from app.models.quality import SamplingPlan, SamplingPlanHome
from app.repositories.quality import HomeRow
from app.repositories.quality_plan import (
    PlanSelectionRepository,
    home_hash,
    sample_key,
    split_point,
)
from app.repositories.uow import UnitOfWork
from app.workflows.quality.plan_choice import choose_homes, choose_in_db
from tests.quality_data import after_season_clock

ESTATES = ["甲", "乙", "丙", "丁"]
SEASON, FIRST = "2025-2026", date(2025, 11, 15)


@pytest.fixture
def clock():
    return after_season_clock()


def _load(db) -> tuple[list[HomeRow], frozenset[int]]:
    rows = [dict(account_number=f"W{i:04d}", name=f"住户{i}", estate=ESTATES[i % 11 % 4],
                 heated_area=Decimal(50 + (i * 29) % 90), heating=i % 17 != 3)
            for i in range(240)]
    with db.engine.begin() as conn:
        conn.execute(insert(Customer), rows)
        homes = [HomeRow(r[0], r[1], Decimal(r[2])) for r in conn.execute(
            select(Customer.id, Customer.estate, Customer.heated_area)
            .where(Customer.heating.is_(True)))]
        plan = conn.execute(insert(SamplingPlan).values(
            sampling_date=date(2025, 12, 5), season=SEASON, seed=1, total_area=1,
            sampled_area=1, created_at=after_season_clock()()).returning(SamplingPlan.id)
        ).scalar_one()
        seen = frozenset(h.customer_id for h in homes[::5])
        conn.execute(insert(SamplingPlanHome),
                     [{"plan_id": plan, "customer_id": i, "position": n}
                      for n, i in enumerate(sorted(seen))])
    return homes, seen


@pytest.mark.parametrize("seed", [0, 1, 739_000, 739_237, 2**31 - 1])
@pytest.mark.parametrize("permille", ["30", "450", "1000"])
def test_the_walk_matches_the_reference(db, clock, seed, permille):
    homes, seen = _load(db)
    with UnitOfWork(db, None, clock) as uow:
        choice = choose_in_db(uow.repo(PlanSelectionRepository), SEASON, FIRST,
                              date(2025, 12, 15), seed, Decimal(permille))
    expected = choose_homes(homes, Decimal(permille), seed, seen)
    assert [h.customer_id for h in choice.homes] == [h.customer_id for h in expected]
    taken = [h.customer_id for h in choice.homes]
    assert len(set(taken)) == len(taken)
    if permille == "1000":  # every home, the seen ones last
        assert len(taken) == len(homes)
        assert set(taken[-len(seen):]) == seen


def test_the_day_order_is_the_hash_rotated_at_the_split_point():
    seed = 739_237
    ids = range(1, 500)
    split = split_point(seed)
    ordered = sorted(ids, key=lambda i: sample_key(i, seed))
    after = [i for i in ids if home_hash(i) >= split]
    before = [i for i in ids if home_hash(i) < split]
    assert ordered == sorted(after, key=home_hash) + sorted(before, key=home_hash)
