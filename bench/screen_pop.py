"""The screen-pop benchmark: how long a caller waits for the card, and a save, at scale.

Builds (or reuses) a demo data set, or takes a given database as it is, then times what the
agent waits for: a ring until the card is painted in the real desk window (offscreen), for
a mix of callers (`bench/pop_mix.py`), each kind with p50/p95/max, the longest GUI-thread
stall and the raw-SQL floor of the pop's own statements beside it. Every connection to the
measured database refuses writes; saves are timed on a copy (SQLite) or in a transaction
that is rolled back (PostgreSQL). Prints figures, asserts nothing about time.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from app.clock import FixedClock
from app.db import migrate
from app.db.database import AuditedSession, Database
from app.db.engine import sqlite_path
from app.repositories.bulk import BulkRepository
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.demo.data import DEMO_USERS
from app.workflows.demo.fill import DEFAULT_SEED, generate_demo
from app.workflows.demo.progress import RateProgress
from app.workflows.desk import Desk
from app.workflows.intake import IntakeForm, save_intake
from bench.pop_mix import Caller, raw_floor, read_only, record_callers, sample_callers
from bench.startup import measure_startup
from bench.stats import percentile, summary_ms

BENCH_NOW = datetime(2027, 1, 15, 2, 0, tzinfo=UTC)  # mid-season, so the history is full
GOAL_MS = 20.0
Log = Callable[[str], None]


class BenchError(RuntimeError):
    """The given database holds other data than the benchmark asked for."""


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def default_url(customers: int, contacts_per_customer: float, seed: int) -> str:
    """A file in the temp dir named by size and seed, so a second run reuses it."""
    folder = Path(tempfile.gettempdir()) / "heatdesk-bench"
    folder.mkdir(parents=True, exist_ok=True)
    name = f"screen-pop-{customers}-{contacts_per_customer:g}-{seed}.sqlite3"
    return f"sqlite:///{folder / name}"


def prepare(db: Database, customers: int, contacts_per_customer: float, seed: int,
            clock: FixedClock, log: Log, *, as_is: bool = False,
            extras: bool = True) -> tuple[bool, float | None]:
    """(reused, build seconds): the data set, built unless an identical one is there
    (`as_is`: any data already there, never changed, not even migrated; `extras=False`:
    the bulk rows without the demo's extras, for the test suite's small smoke runs)."""
    bulk = BulkRepository(db.engine)
    if as_is:
        migrate.ensure_current(db.engine, auto_upgrade=False)
        if not bulk.count("customer"):
            raise BenchError("--as-is needs a database that holds customers")
        log(f"measuring {db.engine.url.database} as it is")
        return True, None
    if db.is_sqlite:
        db.prepare()
    else:
        db.upgrade()
    existing = bulk.count("customer")
    marker = bulk.last_event_changes("demo", "generate") or {}
    wanted = {"customers": customers, "seed": seed,
              "contacts_per_customer": contacts_per_customer}
    if existing:
        # the demo's extras import a few households of their own (a billing file), so the
        # data set is named by its generate event, holding at least what it asked for
        if existing >= customers and all(marker.get(k) == v for k, v in wanted.items()):
            log(f"reusing {existing:,} customers (seed {seed}) in {db.engine.url.database}")
            return True, None
        raise BenchError(f"the database holds {existing:,} customers that are not this "
                         "benchmark's data set; give an empty database or none, or "
                         "--as-is to measure it as it is")
    started = time.perf_counter()
    progress = RateProgress("building", "customers", log)
    generate_demo(Desk(db=db, clock=clock), customers, seed,
                  contacts_per_customer=contacts_per_customer, extras=extras,
                  progress=progress, log=progress.note)
    return False, round(time.perf_counter() - started, 1)


def _time_saves(db: Database, actor: Actor, clock: FixedClock, callers: list[Caller],
                unit_id: int, count: int) -> list[float]:
    seconds: list[float] = []
    for caller in callers[:count]:
        form = IntakeForm(
            channel="phone", category="repair", description="暖气片漏水，请派人维修（基准测试）",
            phone=caller.number, customer_id=caller.customer_id, outcome="work_order",
            level=2, unit_id=unit_id, rang_at=clock(), answered_at=clock())
        started = time.perf_counter()
        save_intake(UnitOfWork(db, actor, clock), form)
        seconds.append(time.perf_counter() - started)
    return seconds


class _RolledBack(Database):
    """Sessions join one outer transaction through savepoints; closing rolls it all back,
    so saves are timed against the real data and leave nothing in it."""

    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._conn = self.engine.connect()
        self._outer = self._conn.begin()
        self.session_factory = sessionmaker(bind=self._conn, class_=AuditedSession,
                                            expire_on_commit=False,
                                            join_transaction_mode="create_savepoint")

    def dispose(self) -> None:
        self._outer.rollback()
        self._conn.close()
        super().dispose()


@contextmanager
def _save_target(url: str, log: Log) -> Iterator[tuple[Database, str]]:
    """Where saves go: a copy of a SQLite file (its commit is part of a save), or a
    rolled-back transaction on a server."""
    path = sqlite_path(url) if make_url(url).get_backend_name() == "sqlite" else None
    if path is None:
        db: Database = _RolledBack(url)
        try:
            yield db, "rolled-back transaction"
        finally:
            db.dispose()
        return
    folder = Path(tempfile.mkdtemp(prefix="heatdesk-bench-save-"))
    copy = folder / "copy.sqlite3"
    log(f"copying {path.name} for the saves")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source, \
            sqlite3.connect(copy) as target:
        source.backup(target)
    db = Database(f"sqlite:///{copy}")
    try:
        yield db, "copy"
    finally:
        db.dispose()
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


def _by_kind(seconds: dict[str, list[float]]) -> dict[str, Any]:
    every = [s for values in seconds.values() for s in values]
    return {**{kind: {**summary_ms(values), "samples": len(values)}
               for kind, values in seconds.items()},
            "all": {**summary_ms(every), "samples": len(every)}}


def _ratios(gui: dict[str, Any], floor: dict[str, Any]) -> dict[str, float]:
    return {kind: round(gui[kind]["p95"] / floor[kind]["p95"], 1)
            for kind in gui if floor.get(kind, {}).get("p95")}


def _measure(url: str, actor: Actor, clock: FixedClock, seed: int, samples: int,
             stall_samples: int, log: Log) -> tuple[dict[str, Any], list[Caller]]:
    from bench.ring_to_card import run_rings  # Qt: only once the data is ready

    db = Database(url)
    read_only(db)
    try:
        rng = random.Random(seed)
        numbers = sample_callers(db, rng, samples)
        log("callers: " + ", ".join(f"{k} {len(v)}" for k, v in numbers.items()))
        callers = record_callers(db, actor, clock, numbers)
        floor = _by_kind(raw_floor(db, callers))
        rng.shuffle(callers)  # the kinds ring in a day's order, not in blocks
        rings = run_rings(Desk(db=db, clock=clock, actor=actor), callers, stall_samples, log)
        gui = _by_kind(rings["seconds"])
        statements = [len(c.statements) for c in callers]
        figures = {
            "ring_to_card_ms": gui, "raw_sql_floor_ms": floor,
            "ratio_p95": _ratios(gui, floor), "gui_stall_ms": rings["stalls"],
            "statements_per_pop": {"max": max(statements),
                                   "p50": percentile(statements, 0.5)},
            "goal_p95_ms": GOAL_MS,
            "goal_met": all(v["p95"] <= GOAL_MS for v in gui.values()),
            "found": sum(c.customer_id is not None for c in callers),
        }
        return figures, callers
    finally:
        db.dispose()


def run_screen_pop_bench(customers: int, *, contacts_per_customer: float = 3.0,
                         db_url: str | None = None, seed: int = DEFAULT_SEED,
                         samples: int = 1000, saves: int = 200, startup: bool = True,
                         startup_runs: int = 3, stall_samples: int = 10, as_is: bool = False,
                         extras: bool = True, log: Log = _stderr) -> dict[str, object]:
    url = db_url or default_url(customers, contacts_per_customer, seed)
    clock = FixedClock(BENCH_NOW)
    db = Database(url)
    try:
        reused, build_s = prepare(db, customers, contacts_per_customer, seed, clock, log,
                                  as_is=as_is, extras=extras)
        bulk = BulkRepository(db.engine)
        counts = {t: bulk.count(t) for t in ("customer", "customer_phone", "contact",
                                             "ticket")}
        staff = bulk.ids_by_key("staff", "job_number")
        unit_id = bulk.ids_by_key("unit", "code")["U05"]
        backend = db.dialect
    finally:
        db.dispose()
    job, name, role, _ = DEMO_USERS[0]
    actor = Actor(id=staff[job], job_number=job, name=name, role=role)
    figures, callers = _measure(url, actor, clock, seed, samples, stall_samples, log)
    saves_s: list[float] = []
    save_on = None
    if saves:
        with _save_target(url, log) as (target, save_on):
            saves_s = _time_saves(target, actor, clock,
                                  [c for c in callers if c.customer_id is not None],
                                  unit_id, saves)
        log(f"save intake: {len(saves_s)} work orders saved on a {save_on}")
    result: dict[str, object] = {
        "customers": counts["customer"], "phones": counts["customer_phone"],
        "contacts": counts["contact"], "tickets": counts["ticket"],
        "backend": backend, "database": make_url_safe(url),
        "seed": seed, "samples": len(callers), **figures,
        "screen_pop_ms": figures["ring_to_card_ms"]["all"],
        "save_intake_ms": summary_ms(saves_s) if saves_s else None, "saved_on": save_on,
        "build_s": build_s, "reused": reused,
    }
    if startup:
        log("start-up: launching main.py --demo")
        result.update(measure_startup(url, startup_runs))
    else:
        result.update({"startup_s": None, "startup_reason": "not measured (--no-startup)"})
    return result


def make_url_safe(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)
