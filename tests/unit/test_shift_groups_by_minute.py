"""A call's shift is worked out once per minute (rule 5.4 figures per shift): the answer
is the one the call's own moment gives, on both sides of a boundary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.repositories.shifts.roster import SlotView
from app.workflows.etiquette.shift_groups import PatternPlan

BEIJING = timezone(timedelta(hours=8))
DAY = SlotView(1, "白班", 8 * 60, 8 * 60, 0)  # 08:00-16:00
EVENING = SlotView(2, "中班", 16 * 60, 8 * 60, 1)  # 16:00-24:00, midnight-08:00 a gap


def _at(hour: int, minute: int, second: float) -> datetime:
    whole = int(second)
    return datetime(2027, 1, 14, hour, minute, whole, int((second - whole) * 1e6),
                    tzinfo=BEIJING).astimezone(UTC)


def test_each_side_of_a_boundary_keeps_its_shift() -> None:
    plan = PatternPlan([DAY, EVENING], BEIJING)
    moments = [_at(7, 59, 0), _at(7, 59, 59.999), _at(8, 0, 0), _at(8, 0, 30),
               _at(15, 59, 59.5), _at(16, 0, 0.001)]
    cached = [plan.group_of(m) for m in moments]
    fresh = [PatternPlan([DAY, EVENING], BEIJING)._group_of(m) for m in moments]
    assert cached == fresh
    assert [g.name for g in cached] == [None, None, "白班", "白班", "白班", "中班"]
    assert len(plan._by_minute) == 4  # 07:59, 08:00, 15:59 and 16:00, each worked out once
