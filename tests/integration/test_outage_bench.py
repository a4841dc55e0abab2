"""`bench outage` end to end on the small demo: the shape of its figures, never their speed.

The city is split into stairwells until it holds the buildings asked for (issue 16's
30,000 at full size), on the bench's own database only.
"""

from __future__ import annotations

from sqlalchemy import func, select

from app.models.customer import Customer
from bench.outage_bench import run_outage_bench


def _buildings(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(
            select(Customer.estate, Customer.building)
            .where(Customer.estate != "", Customer.building != "")
            .group_by(Customer.estate, Customer.building).subquery())).scalar_one()


def test_the_city_is_split_into_stairwells_and_the_outage_is_declared_popped_restored(
        demo_copy):
    db = demo_copy.db
    before = _buildings(db)
    # the small demo has a household or two per building: a few stairwells to split
    result = run_outage_bench(db.url, 2, 10, 40, 5, seed=1, buildings=before + 3)
    city = result["network"]
    assert before + 3 <= city["buildings"] == _buildings(db) <= before + 3 + 5  # 6 at most
    assert city["substations"] == 10 and city["households"] > 0
    assert result["outage"]["households"] == result["expected_households"] >= 40
    pops = result["pop_ms"]
    assert pops["under_outage"]["samples"] == pops["under_outage"]["sentence_shown"] > 0
    assert 0 < pops["elsewhere"]["p50"] <= pops["elsewhere"]["max"]
    assert result["export"]["csv"]["rows"] > 0 and result["restore_s"] >= 0
