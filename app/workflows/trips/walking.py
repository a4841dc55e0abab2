"""Walking order and time of a trip (rule 3.8: plan the route beforehand).

Stops go estate by estate, building by building, stairwell by stairwell, floor by floor:
the order a technician walks, not the order numbers. Building and room numbers compare as
numbers ("2" before "10"), and the floor is read from the room number (1203 is on the 12th
floor, 301 on the 3rd).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from app.workflows.settings import Settings

DIGITS = re.compile(r"\d+")
KIND_ORDER = {"order": 0, "visit": 1, "sampling": 2}

# settings (app/workflows/settings.py)
MINUTES_PER_STOP = "trip.minutes_per_stop"
WALK_MINUTES = "trip.walk_minutes_between_buildings"
ESTATE_MINUTES = "trip.minutes_between_estates"


class Placed(Protocol):
    @property
    def estate(self) -> str: ...
    @property
    def building(self) -> str: ...
    @property
    def entrance(self) -> str: ...
    @property
    def room(self) -> str: ...
    @property
    def kind(self) -> str: ...


P = TypeVar("P", bound=Placed)


def natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """"10" after "2", "3A" after "3": numbers compare as numbers, the rest as text."""
    parts = re.split(r"(\d+)", text.strip())
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts if p)


def floor_of(room: str) -> int:
    """The floor a room number says: all digits of its last number but the last two
    (1203 → 12, 301 → 3); 0 when the number is too short to tell."""
    numbers = DIGITS.findall(room)
    if not numbers or len(numbers[-1]) < 3:
        return 0
    return int(numbers[-1][:-2])


def walk_key(stop: Placed) -> tuple:
    return (stop.estate, natural(stop.building), natural(stop.entrance), floor_of(stop.room),
            natural(stop.room), KIND_ORDER.get(stop.kind, 9))


def walking_order(stops: Iterable[P]) -> list[P]:
    """The stops in walking order (rule 3.8)."""
    return sorted(stops, key=walk_key)


@dataclass(frozen=True)
class Estimate:
    stops: int
    buildings: int
    estates: int
    minutes: int


def estimate(stops: Sequence[Placed], settings: Settings) -> Estimate:
    """The time a trip takes: each stop, each walk to another building, each move to
    another estate (all three settings)."""
    ordered = walking_order(stops)
    buildings = len({(s.estate, s.building) for s in ordered})
    estates = len({s.estate for s in ordered})
    walks = max(0, buildings - estates)  # building changes inside an estate
    moves = max(0, estates - 1)
    minutes = (len(ordered) * settings.integer(MINUTES_PER_STOP)
               + walks * settings.integer(WALK_MINUTES)
               + moves * settings.integer(ESTATE_MINUTES))
    return Estimate(len(ordered), buildings, estates, minutes)
