"""Which homes a sampling plan takes (rule 5.1.2), from the database a page at a time.

Order of the homes: fresh homes before homes already sampled or planned earlier in the season
(coverage across homes), then by round (every estate's first home, then every estate's
second ...), then by the estates' order shuffled with the seed. Inside an estate the homes
follow the seeded key of `app.repositories.quality_plan`. The plan is the shortest prefix of
that order whose area reaches the target, so the same day and data always give the same
plan. `choose_homes` is the same choice over a list in memory: the reference the tests hold
the database path to.

In the database a round walks the estates in their turn order, a page of estates per
statement, each estate's next fresh home one index seek; at 1‰ of a city the first round
is not even finished, so a plan reads about as many homes as it takes. The seen homes (a
few thousand at the end of a season) are only read when the fresh ones run out.
"""
from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.repositories.quality import HomeRow
from app.repositories.quality_plan import (
    PAGE_ESTATES,
    Candidate,
    PlanSelectionRepository,
    sample_key,
)

FIRST_PAGE_SPARE_ESTATES = 50  # more estates than the mean area predicts, for small homes


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
    """The plan's homes, reading estate totals and about as many homes as the plan takes."""
    areas = repo.estate_areas()
    total = sum((a.area for a in areas), Decimal("0"))
    homes = sum(a.homes for a in areas)
    target = total * permille / 1000  # rule 5.1.2
    chosen: list[Candidate] = []
    if not homes or target <= 0:
        return Choice(total, ())
    rank = estate_order((a.estate for a in areas), seed)
    walking = sorted(rank, key=rank.__getitem__)
    expected_homes = math.ceil(target * homes / total)
    page = min(PAGE_ESTATES, expected_homes + FIRST_PAGE_SPARE_ESTATES)
    last: dict[str, int | None] = dict.fromkeys(walking)
    area = Decimal("0")
    turn = 0
    while walking and area < target:
        turn += 1
        going_on: list[str] = []
        for start in range(0, len(walking), page):
            estates = walking[start:start + page]
            found = repo.next_fresh(season, first, day, seed, [(e, last[e]) for e in estates])
            for estate, home in zip(estates, found, strict=True):
                if home is None:
                    continue  # the estate has no fresh home left
                going_on.append(estate)
                last[estate] = home.hash
                if area < target:
                    chosen.append(Candidate(home.customer_id, estate, home.heated_area,
                                            False, turn))
                    area += home.heated_area
            if area >= target:
                break
            page = min(PAGE_ESTATES, page * 2)
        walking = going_on
    if area < target:
        seen = [HomeRow(*row) for row in repo.seen_homes(season, first, day)]
        _take(in_turn(_rounds(seen, seed, seen=True), rank), area, target, chosen)
    return Choice(total, tuple(chosen))


def _rounds(homes: list[HomeRow], seed: int, seen: bool) -> list[Candidate]:
    """Candidates of one kind (fresh or seen), numbered in each estate's day order."""
    groups: dict[str, list[HomeRow]] = {}
    for home in homes:
        groups.setdefault(home.estate, []).append(home)
    candidates = []
    for estate, members in groups.items():
        members.sort(key=lambda h: (sample_key(h.customer_id, seed), h.customer_id))
        candidates += [Candidate(h.customer_id, estate, h.heated_area, seen, i + 1)
                       for i, h in enumerate(members)]
    return candidates


def choose_homes(homes: list[HomeRow], permille: Decimal, seed: int,
                 seen: frozenset[int] = frozenset()) -> list[HomeRow]:
    """The same choice as `choose_in_db`, over homes in memory (`seen`: earlier sampled)."""
    total = sum((h.heated_area for h in homes), Decimal("0"))
    candidates = (_rounds([h for h in homes if h.customer_id not in seen], seed, seen=False)
                  + _rounds([h for h in homes if h.customer_id in seen], seed, seen=True))
    chosen: list[Candidate] = []
    _take(in_turn(candidates, estate_order((h.estate for h in homes), seed)),
          Decimal("0"), total * permille / 1000, chosen)
    return [HomeRow(c.customer_id, c.estate, c.heated_area) for c in chosen]
