"""Choosing a sampling plan's homes inside the database (rule 5.1.2).

At a million customers the plan must not read every home. The database gives the
per-estate totals in one aggregate query, read from the index
`ix_customer_sample_order` (app/models/customer_sample_index.py), and then each estate's
next home in the day's order, for a page of estates at a time: one index seek per estate.

The day's order inside an estate is the homes' fixed hash h = id·KEY_MUL mod MOD1 rotated
by the seed: the homes with h ≥ the day's split point in ascending h, then the rest.
`sample_key` gives each home its place in that order in Python, so tests and the in-memory
reference agree with the SQL. Ids below MOD1 have distinct hashes, so there are no ties.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    Date,
    String,
    bindparam,
    func,
    select,
    text,
)
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.customer_sample_index import HASH_MOD, HASH_MUL, SAMPLE_HASH_SQL
from app.models.quality import SamplingPlan, SamplingPlanHome, TemperatureSample

KEY_MUL = HASH_MUL
MOD1 = HASH_MOD
SEED_MUL = 40503
PAGE_ESTATES = 1000  # estates per statement: four parameters each


def seed_offset(seed: int) -> int:
    return (seed * SEED_MUL) % MOD1


def home_hash(customer_id: int) -> int:
    """The fixed hash the index holds (`SAMPLE_HASH_SQL`)."""
    return customer_id * KEY_MUL % MOD1


def sample_key(customer_id: int, seed: int) -> int:
    """A home's place in the day's order: its hash rotated by the seed."""
    return (home_hash(customer_id) + seed_offset(seed)) % MOD1


def area_m2(value: Any) -> Decimal:
    """A heated area as the database holds it, NUMERIC(…, 2), exactly: SQLite hands a raw
    statement's NUMERIC back as a float (51.9 as 51.899999…), PostgreSQL as a Decimal, so
    both are read through their shortest decimal text and kept to the cent. Every area a
    plan adds up comes through here, so both databases store and audit the same sum."""
    return Decimal(str(value)).quantize(CENT)


CENT = Decimal("0.01")


def split_point(seed: int) -> int:
    """The smallest hash whose home comes first on the day of `seed`."""
    return (MOD1 - seed_offset(seed)) % MOD1


@dataclass(frozen=True)
class EstateArea:
    estate: str
    homes: int
    area: Decimal


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    estate: str
    heated_area: Decimal
    seen: bool   # already sampled or planned earlier in the season (rule 5.1.2 coverage)
    round: int   # 1 = the estate's first home in the day's order


@dataclass(frozen=True)
class NextHome:
    customer_id: int
    heated_area: Decimal
    hash: int  # where the estate's walk goes on from


def _homes_filter() -> tuple[ColumnElement[bool], ...]:
    return Customer.heating.is_(True), Customer.heated_area > 0


_HOME = "customer.heating = :yes AND customer.heated_area > 0"
_FRESH = f"""
    customer.estate = e.estate AND {_HOME}
    AND NOT EXISTS (SELECT 1 FROM sampling_plan_home ph
                    JOIN sampling_plan pl ON pl.id = ph.plan_id
                    WHERE ph.customer_id = customer.id AND pl.season = :season
                      AND pl.sampling_date < :day)
    AND NOT EXISTS (SELECT 1 FROM temperature_sample ts
                    WHERE ts.customer_id = customer.id AND ts.sampling_date >= :first
                      AND ts.sampling_date < :day)"""
_SEEK = "(SELECT customer.id FROM customer WHERE {fresh} AND {h} > e.{low}{high} ORDER BY {h} LIMIT 1)"
_NEXT_SQL = """
    WITH e(estate, pos, a_low, b_low) AS (VALUES {values})
    SELECT n.pos, n.id, (SELECT c.heated_area FROM customer c WHERE c.id = n.id)
    FROM (SELECT e.pos AS pos, COALESCE({seek_a}, {seek_b}) AS id FROM e) AS n
    WHERE n.id IS NOT NULL"""


def _next_sql(estates: int) -> str:
    values = ", ".join(f"(:e{i}, {i}, :a{i}, :b{i})" for i in range(estates))
    return _NEXT_SQL.format(
        values=values,
        seek_a=_SEEK.format(fresh=_FRESH, h=SAMPLE_HASH_SQL, low="a_low", high=""),
        seek_b=_SEEK.format(fresh=_FRESH, h=SAMPLE_HASH_SQL, low="b_low",
                            high=f" AND {SAMPLE_HASH_SQL} < :split"))


class PlanSelectionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def estate_areas(self) -> list[EstateArea]:
        """Homes and heated area of every estate, one aggregate query (no home is read)."""
        rows = self.session.execute(
            select(Customer.estate, func.count(Customer.id), func.sum(Customer.heated_area))
            .where(*_homes_filter()).group_by(Customer.estate))
        return [EstateArea(r[0], int(r[1]), area_m2(r[2])) for r in rows]

    def next_fresh(self, season: str, first: date, day: date, seed: int,
                   walks: list[tuple[str, int | None]]) -> list[NextHome | None]:
        """For each (estate, hash of the home taken last or None), the estate's next home
        in the day's order that no earlier plan of the season chose and nobody sampled
        earlier in the season; None when the estate has no such home left. One statement,
        one index seek (two at the wrap-around) per estate."""
        split = split_point(seed)
        params: dict[str, Any] = {"season": season, "first": first, "day": day,
                                  "split": split, "yes": True}
        for i, (estate, last) in enumerate(walks):
            if last is None:
                low_a, low_b = split - 1, -1
            elif last >= split:
                low_a, low_b = last, -1
            else:
                low_a, low_b = MOD1, last  # past the wrap-around: only the rest is left
            params.update({f"e{i}": estate, f"a{i}": low_a, f"b{i}": low_b})
        types: list[BindParameter[Any]] = [bindparam("first", type_=Date()), bindparam("day", type_=Date()),
                 bindparam("season", type_=String()), bindparam("split", type_=BigInteger())]
        types += [bindparam(f"{k}{i}", type_=String() if k == "e" else BigInteger())
                  for i in range(len(walks)) for k in "eab"]
        stmt = text(_next_sql(len(walks))).bindparams(*types)
        found: list[NextHome | None] = [None] * len(walks)
        for pos, customer_id, area in self.session.execute(stmt, params):
            found[int(pos)] = NextHome(int(customer_id), area_m2(area), home_hash(customer_id))
        return found

    def seen_homes(self, season: str, first: date, day: date) -> list[tuple[int, str, Decimal]]:
        """(id, estate, heated area) of the homes planned or sampled earlier in the season:
        read from the plans and samples, a few thousand at most, never the whole city."""
        planned = (select(SamplingPlanHome.customer_id)
                   .join(SamplingPlan, SamplingPlan.id == SamplingPlanHome.plan_id)
                   .where(SamplingPlan.season == season, SamplingPlan.sampling_date < day))
        sampled = (select(TemperatureSample.customer_id)
                   .where(TemperatureSample.sampling_date >= first,
                          TemperatureSample.sampling_date < day))
        rows = self.session.execute(
            select(Customer.id, Customer.estate, Customer.heated_area)
            .where(*_homes_filter(), Customer.id.in_(planned.union(sampled))))
        return [(int(r[0]), r[1], area_m2(r[2])) for r in rows]
