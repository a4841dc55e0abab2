"""The demo most demo tests read, made once per test process (fixture `demo_copy` in
tests/conftest.py hands each test a copy of its own, on SQLite and PostgreSQL).

It is what `generate_demo` makes in an empty database: DEMO_CUSTOMERS customers, seed
DEMO_SEED, at DEMO_NOW (the `clock` fixture's moment), the extras included. Generating it
takes seconds on SQLite and tens of seconds on PostgreSQL on a loaded machine; copying a
file or a database (CREATE DATABASE ... TEMPLATE) takes a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.clock import FixedClock
from app.db.database import Database

if TYPE_CHECKING:
    from app.workflows.demo.fill import DemoSummary

DEMO_NOW = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 09:30 in Beijing, 2026-2027 season
DEMO_CUSTOMERS = 300
DEMO_SEED = 11


@dataclass(frozen=True)
class DemoCopy:
    db: Database          # this test's own copy
    summary: DemoSummary  # what generate_demo returned when the original was made


def generate_original(db: Database) -> DemoSummary:
    """Fill the empty, migrated `db` with the demo, then let go of it (a PostgreSQL
    template database must have nobody connected)."""
    from app.workflows.demo.fill import generate_demo  # imported by the demo tests only
    from app.workflows.desk import Desk

    try:
        return generate_demo(Desk(db=db, clock=FixedClock(DEMO_NOW)), DEMO_CUSTOMERS,
                             DEMO_SEED)
    finally:
        db.dispose()
