"""Work-order deadlines (rule 5.2.2): level 1/2/3 due 2/8/24 h after receipt.

The hours are settings; an important customer's problem defaults to level 1, and a
contract may fix the level for a special customer -- but never an important customer's
below level 1: that is an override someone makes with a reason, on the order's history.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.workflows.settings import Settings

DEFAULT_LEVEL = 3


def due_at(received_at: datetime, level: int, settings: Settings) -> datetime:
    if level not in (1, 2, 3):
        raise ValueError(f"priority level must be 1, 2 or 3, not {level}")
    return received_at + timedelta(hours=settings.sla_hours(level))


def default_level(important: bool, contract_level: int | None) -> int:
    """Rule 5.2.2: important customers are level 1 whatever their contract says (the
    reading that protects the customer); otherwise a contract's level wins."""
    if important:
        return 1
    if contract_level in (1, 2, 3):
        return contract_level
    return DEFAULT_LEVEL


def needs_override(important: bool, level: int) -> bool:
    """Rule 5.2.2: an important customer graded below level 1 needs a stated reason."""
    return important and level > 1


def received_moment(now: datetime, *moments: datetime | None) -> datetime:
    """Rule 5.2.2: the deadline runs from when the centre had the call, letter or visit:
    the earliest of the moments known (ring, answer, stated receipt), never later than now."""
    known = [m for m in moments if m is not None]
    return min([*known, now])
