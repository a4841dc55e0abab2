"""Choosing a sampling plan's homes inside the database (rule 5.1.2).

At a million customers the plan must not read every home into memory. The database gives
the per-estate totals in one aggregate query, and candidates a page of rounds at a time:
inside each estate the homes are numbered (ROW_NUMBER) in the order of a seeded key, so
"round r" is every estate's r-th home. The key is integer arithmetic that SQLite and
PostgreSQL compute alike (64-bit, no overflow for ids below 3·10⁹), mirrored by
`sample_key` in Python so tests and the in-memory reference agree with the SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, case, exists, func, literal_column, or_, select
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.quality import SamplingPlan, SamplingPlanHome, TemperatureSample

KEY_MUL = 2654435761     # Knuth's multiplicative constant
SEED_MUL = 40503
MOD1 = 4294967291        # the largest prime below 2**32
MUL2 = 48271             # the MINSTD multiplier ...
MOD2 = 2147483647        # ... and its prime modulus


def seed_offset(seed: int) -> int:
    return (seed * SEED_MUL) % MOD1


def sample_key(customer_id: int, seed: int) -> int:
    """A home's place in the day's shuffled order; the SQL of `_key` computes the same."""
    return ((customer_id * KEY_MUL + seed_offset(seed)) % MOD1) * MUL2 % MOD2


def _const(value: int) -> ColumnElement[int]:
    return literal_column(str(int(value)), BigInteger)


def _key(seed: int) -> ColumnElement[int]:
    mixed = (Customer.id * _const(KEY_MUL) + _const(seed_offset(seed))) % _const(MOD1)
    return (mixed * _const(MUL2)) % _const(MOD2)


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


def _homes_filter() -> tuple[ColumnElement[bool], ...]:
    return Customer.heating.is_(True), Customer.heated_area > 0


class PlanSelectionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def estate_areas(self) -> list[EstateArea]:
        """Homes and heated area of every estate, one aggregate query (no home is read)."""
        rows = self.session.execute(
            select(Customer.estate, func.count(Customer.id), func.sum(Customer.heated_area))
            .where(*_homes_filter()).group_by(Customer.estate))
        return [EstateArea(r[0], int(r[1]), Decimal(str(r[2])).quantize(Decimal("0.01")))
                for r in rows]

    def candidates(self, season: str, first: date, day: date, seed: int, seen: bool,
                   rounds: tuple[int, int]) -> list[Candidate]:
        """Rounds `rounds[0]..rounds[1]` of fresh (or of already seen) homes, every estate.

        A home is seen when an earlier plan of the season chose it or a sample was taken in
        it earlier in the season; fresh and seen homes are numbered apart, so the plan can
        exhaust the fresh ones first.
        """
        planned = exists().where(
            SamplingPlanHome.customer_id == Customer.id,
            SamplingPlanHome.plan_id == SamplingPlan.id,
            SamplingPlan.season == season, SamplingPlan.sampling_date < day)
        sampled = exists().where(
            TemperatureSample.customer_id == Customer.id,
            TemperatureSample.sampling_date >= first, TemperatureSample.sampling_date < day)
        base = (select(Customer.id.label("id"), Customer.estate.label("estate"),
                       Customer.heated_area.label("area"),
                       case((or_(planned, sampled), 1), else_=0).label("seen"),
                       _key(seed).label("k"))
                .where(*_homes_filter()).subquery())
        ranked = select(base.c.id, base.c.estate, base.c.area, base.c.seen,
                        func.row_number().over(partition_by=(base.c.estate, base.c.seen),
                                               order_by=(base.c.k, base.c.id)).label("rn")
                        ).subquery()
        rows = self.session.execute(
            select(ranked.c.id, ranked.c.estate, ranked.c.area, ranked.c.rn)
            .where(ranked.c.seen == (1 if seen else 0),
                   ranked.c.rn.between(rounds[0], rounds[1]))
            .order_by(ranked.c.rn, ranked.c.id))
        return [Candidate(r[0], r[1], Decimal(r[2]), seen, int(r[3])) for r in rows]
