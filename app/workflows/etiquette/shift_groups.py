"""Which shift a call belongs to, for the supervision figures per shift (rule 5.4).

The shifts are the centre's real pattern (`shift_slot`, the roster's slots) in the centre's
local time; only while no pattern is configured do the figures fall back to the etiquette
settings' stand-in day/night pattern. A shift belongs to the local day it began, so a
night's small hours count with the evening before.

Patterns are free-form (any start, 1-24 h), so they can overlap or leave gaps: a moment in
two shifts goes to the one that began last (a fresh shift takes over the desk), and a
moment in none is grouped as "outside the pattern" on its local day, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.repositories.shifts.roster import ShiftRepository, SlotView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.etiquette.config import EtiquetteConfig
from app.workflows.settings import load_settings

MAX_RANGE_DAYS = 366  # figures over at most a year of shifts


def check_days(first: date, last: date) -> None:
    """The days first..last a figures window may cover (the field `last` is refused)."""
    if last < first:
        raise ValidationError({"last": "date.order"})
    if (last - first).days >= MAX_RANGE_DAYS:
        raise ValidationError({"last": "date.range_too_long"})


@dataclass(frozen=True)
class ShiftGroup:
    """One shift on one local day; `name` None (and no start/end) is outside the pattern."""

    day: date
    name: str | None
    starts: datetime | None     # local, in the centre's zone
    ends: datetime | None
    position: int = 0           # the slot's place in the pattern, for ordering
    stand_in: bool = False      # the etiquette settings' day/night, not the roster's pattern

    @property
    def order(self) -> tuple:
        """Sort key within an agent: by day, then the shifts as they begin, gaps last."""
        gap = self.starts is None
        return (self.day, gap, self.starts.replace(tzinfo=None) if self.starts else
                datetime.min, self.position)


class ShiftPlan:
    """Maps call moments to shift groups; built once per query.

    Every boundary of a pattern is a whole minute (times are entered as HH:MM), so a call's
    shift follows from the minute it fell in, which is also all the figures' statement
    reads (calls are counted per agent and minute): each minute is worked out once. A week
    at 1,000,000 customers holds about 200,000 calls in 10,080 minutes; worked out call by
    call the grouping took 5.8 of the figures' 7 s (docs/performance.md)."""

    def __init__(self) -> None:
        self._by_minute: dict[datetime, ShiftGroup] = {}

    def window(self, first: date, last: date) -> tuple[datetime, datetime]:
        """UTC bounds holding every call of a shift that began on a day in [first, last]."""
        raise NotImplementedError

    def group_of(self, moment: datetime) -> ShiftGroup:
        minute = moment.replace(second=0, microsecond=0)
        found = self._by_minute.get(minute)
        if found is None:
            found = self._by_minute[minute] = self._group_of(minute)
        return found

    def _group_of(self, moment: datetime) -> ShiftGroup:
        raise NotImplementedError


class PatternPlan(ShiftPlan):
    def __init__(self, slots: list[SlotView], zone: tzinfo) -> None:
        super().__init__()
        self.slots = slots
        self.zone = zone

    def _starts(self, day: date, slot: SlotView) -> datetime:
        midnight = datetime.combine(day, time(0, 0), tzinfo=self.zone)
        return midnight + timedelta(minutes=slot.start_minute)

    def _ends(self, day: date, slot: SlotView) -> datetime:
        return self._starts(day, slot) + timedelta(minutes=slot.duration_minutes)

    def _group(self, day: date, slot: SlotView) -> ShiftGroup:
        return ShiftGroup(day, slot.name, self._starts(day, slot), self._ends(day, slot),
                          slot.position)

    def window(self, first: date, last: date) -> tuple[datetime, datetime]:
        # gaps are grouped by local day, so the local days themselves are covered as well
        start = min([self._starts(first, s) for s in self.slots]
                    + [datetime.combine(first, time(0, 0), tzinfo=self.zone)])
        end = max([self._ends(last, s) for s in self.slots]
                  + [datetime.combine(last + timedelta(days=1), time(0, 0),
                                      tzinfo=self.zone)])
        return start.astimezone(UTC), end.astimezone(UTC)

    def _group_of(self, moment: datetime) -> ShiftGroup:
        local = moment.astimezone(self.zone)
        covering = [(self._starts(day, slot), day, slot)
                    for day in (local.date() - timedelta(days=1), local.date())
                    for slot in self.slots
                    if self._starts(day, slot) <= local < self._ends(day, slot)]
        if not covering:
            return ShiftGroup(local.date(), None, None, None)
        latest = max(starts for starts, _, _ in covering)
        day, slot = min(((day, slot) for starts, day, slot in covering if starts == latest),
                        key=lambda pair: pair[1].position)
        return self._group(day, slot)


class StandInPlan(ShiftPlan):
    """The etiquette settings' day/night pattern, used while no shift pattern exists."""

    def __init__(self, config: EtiquetteConfig) -> None:
        super().__init__()
        self.config = config

    def window(self, first: date, last: date) -> tuple[datetime, datetime]:
        return self.config.shift_window(first, last)

    def _group_of(self, moment: datetime) -> ShiftGroup:
        key = self.config.shift_of(moment)
        day_from, night_from = self.config.day_shift_from, self.config.night_shift_from
        tz = self.config.tz
        if key.name == "day":
            starts = datetime.combine(key.day, day_from, tz)
            ends = datetime.combine(key.day, night_from, tz)
            position = 0
        else:
            starts = datetime.combine(key.day, night_from, tz)
            ends = datetime.combine(key.day + timedelta(days=1), day_from, tz)
            position = 1
        return ShiftGroup(key.day, key.name, starts, ends, position, stand_in=True)


def load_plan(uow: UnitOfWork, config: EtiquetteConfig) -> ShiftPlan:
    """Inside an open unit of work: the real pattern if one is configured, else the stand-in."""
    slots = uow.repo(ShiftRepository).active_slots()
    if not slots:
        return StandInPlan(config)
    return PatternPlan(slots, load_settings(uow).zone)
