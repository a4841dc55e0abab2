"""Which homes a sampling plan takes (rule 5.1.2), from the database a page at a time.

Order of the homes: fresh homes before homes already sampled or planned earlier in the season
(coverage across homes), then by round (every estate's first home, then every estate's
second ...), then by the estates' order shuffled with the seed. Inside an estate the homes
follow the seeded key of `app.repositories.quality_plan`. The plan is the shortest prefix of
that order whose area reaches the target, so the same day and data always give the same
plan. `choose_homes` is the same choice over a list in memory: the reference the tests hold
the database path to.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.repositories.quality import HomeRow
from app.repositories.quality_plan import Candidate, PlanSelectionRepository, sample_key

FIRST_PAGE_SPARE_ROUNDS = 1  # one round more than the mean area predicts, for small homes


@dataclass(frozen=True)
class Choice:
    total_area: Decimal
    homes: tuple[Candidate, ...]

    @property
    def sampled_area(self) -> Decimal:
        return sum((h.heated_area for h in self.homes), Decimal("0"))


def estate_order(estates: Iterable[str], seed: int) -> dict[str, int]:
    """The estates' turn order of the day: sorted by name in Python, then seeded shuffle."""
    names = sorted(set(estates))
    random.Random(seed).shuffle(names)
    return {name: i for i, name in enumerate(names)}


def in_turn(candidates: Iterable[Candidate], rank: dict[str, int]) -> list[Candidate]:
    return sorted(candidates, key=lambda c: (c.seen, c.round, rank[c.estate]))


def _take(ordered: list[Candidate], area: Decimal, target: Decimal,
          chosen: list[Candidate]) -> Decimal:
    for home in ordered:
        if area >= target:
            break
        chosen.append(home)
        area += home.heated_area
    return area


def choose_in_db(repo: PlanSelectionRepository, season: str, first: date, day: date,
                 seed: int, permille: Decimal) -> Choice:
    """The plan's homes, reading estate totals and only the rounds the target needs."""
    areas = repo.estate_areas()
    total = sum((a.area for a in areas), Decimal("0"))
    homes = sum(a.homes for a in areas)
    target = total * permille / 1000  # rule 5.1.2
    chosen: list[Candidate] = []
    if not homes or target <= 0:
        return Choice(total, ())
    rank = estate_order((a.estate for a in areas), seed)
    expected_homes = math.ceil(target * homes / total)
    step = max(1, math.ceil(expected_homes / len(areas))) + FIRST_PAGE_SPARE_ROUNDS
    area = Decimal("0")
    for seen in (False, True):
        low, size = 1, step
        while area < target:
            page = repo.candidates(season, first, day, seed, seen, (low, low + size - 1))
            if not page:
                break
            area = _take(in_turn(page, rank), area, target, chosen)
            low, size = low + size, size * 2
        if area >= target:
            break
    return Choice(total, tuple(chosen))


def choose_homes(homes: list[HomeRow], permille: Decimal, seed: int,
                 seen: frozenset[int] = frozenset()) -> list[HomeRow]:
    """The same choice as `choose_in_db`, over homes in memory (`seen`: earlier sampled)."""
    total = sum((h.heated_area for h in homes), Decimal("0"))
    groups: dict[tuple[str, bool], list[HomeRow]] = {}
    for home in homes:
        groups.setdefault((home.estate, home.customer_id in seen), []).append(home)
    candidates = []
    for (estate, was_seen), members in groups.items():
        members.sort(key=lambda h: (sample_key(h.customer_id, seed), h.customer_id))
        candidates += [Candidate(h.customer_id, estate, h.heated_area, was_seen, i + 1)
                       for i, h in enumerate(members)]
    chosen: list[Candidate] = []
    _take(in_turn(candidates, estate_order((h.estate for h in homes), seed)),
          Decimal("0"), total * permille / 1000, chosen)
    return [HomeRow(c.customer_id, c.estate, c.heated_area) for c in chosen]
