"""Work-order deadlines (rule 5.2.2): level 1/2/3 due 2/8/24 h after receipt.

The hours are settings; an important customer's problem defaults to level 1, and a
contract may fix the level for a special customer.
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
    """Rule 5.2.2: important customers are level 1; a contract's level wins over both."""
    if contract_level in (1, 2, 3):
        return contract_level
    return 1 if important else DEFAULT_LEVEL
