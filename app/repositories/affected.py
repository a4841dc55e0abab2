"""How many rows a Core UPDATE or DELETE touched, for the set-based writes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import CursorResult, Result


def rowcount(result: Result[Any]) -> int:
    """Session.execute is typed as returning a Result; for a Core UPDATE or DELETE it is a
    CursorResult, which counts the rows matched."""
    assert isinstance(result, CursorResult)
    return int(result.rowcount)
