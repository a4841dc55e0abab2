"""A sampling plan's area is exact to the cent on both databases (rule 5.1.2).

SQLite hands a raw statement's NUMERIC back as a float (51.9 as 51.8999…); summed as such,
the plan's `sampled_area` and its audit event read '51.8999…' on SQLite and '51.90' on
PostgreSQL. Every area the plan adds up is read as the two-decimal number the column holds.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.models.event import Event
from app.repositories.uow import UnitOfWork
from app.workflows.quality.sampling_plan import make_plan
from app.workflows.settings import save_setting
from tests.quality_data import add_customer, technician

# areas whose binary floats are not the decimals (51.9, 33.3, 60.7, 44.1, 29.3, 0.1 m²…)
AREAS = ["51.90", "33.30", "60.70", "44.10", "29.30", "70.10", "48.60", "55.55"]


def _created_event(db, plan_id: int) -> dict:
    with db.engine.connect() as conn:
        return conn.execute(select(Event.changes).where(
            Event.entity == "sampling_plan", Event.entity_id == plan_id,
            Event.action == "create")).scalar_one()


def test_plan_area_is_the_exact_sum_of_its_homes_on_both_databases(db, clock):
    tech = technician(db, clock)
    area_of = {}
    for i in range(16):
        area = AREAS[i % len(AREAS)]
        area_of[add_customer(db, clock, f"A{i:03d}", f"住户{i}", "甲乙丙"[i % 3], area)] = area
    with UnitOfWork(db, tech, clock) as uow:
        save_setting(uow, "quality.sample_permille", 600)  # most of the homes on day one
        uow.commit()

    # day one takes fresh homes only; day two runs out of fresh ones and takes seen ones
    for day in (date(2025, 12, 5), date(2025, 12, 15)):
        plan = make_plan(UnitOfWork(db, tech, clock), day)
        expected = sum((Decimal(area_of[h.customer_id]) for h in plan.homes), Decimal("0"))
        assert plan.homes and plan.sampled_area == expected
        assert plan.sampled_area.as_tuple().exponent == -2, plan.sampled_area
        assert plan.total_area == sum((Decimal(a) for a in area_of.values()), Decimal("0"))
        created = _created_event(db, plan.id)
        assert created["sampled_area"] == str(expected)  # e.g. '429.90', never '429.899…'
        assert created["total_area"] == str(plan.total_area)
        again = make_plan(UnitOfWork(db, tech, clock), day)  # read back from the row
        assert again.sampled_area == expected and again.permille == plan.permille
