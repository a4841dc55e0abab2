"""The screen-pop benchmark: how long a caller waits for the card, and a save, at scale.

Builds (or reuses) a demo data set, then times the product's own workflows as the desk calls
them: `pop_by_phone` with existing and unknown numbers (card, open work orders, last ten
contacts) and `save_intake` with a work order. Prints figures, asserts nothing about time.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from app.clock import FixedClock
from app.db.database import Database
from app.repositories.bulk import BulkRepository
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.demo.data import DEMO_USERS, STRANGER_PREFIXES
from app.workflows.demo.fill import DEFAULT_SEED, generate_demo
from app.workflows.desk import Desk
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.screen_pop import pop_by_phone
from app.workflows.tickets.sla import default_level
from bench.startup import measure_startup
from bench.stats import summary_ms

BENCH_NOW = datetime(2027, 1, 15, 2, 0, tzinfo=UTC)  # mid-season, so the history is full
UNKNOWN_SHARE = 0.1
WARM_UP = 50
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
            clock: FixedClock, log: Log) -> tuple[bool, float | None]:
    """(reused, build seconds): the data set, built unless an identical one is there."""
    if db.is_sqlite:
        db.prepare()
    else:
        db.upgrade()
    bulk = BulkRepository(db.engine)
    existing = bulk.count("customer")
    marker = bulk.last_event_changes("demo", "generate") or {}
    wanted = {"customers": customers, "seed": seed,
              "contacts_per_customer": contacts_per_customer}
    if existing:
        if existing == customers and all(marker.get(k) == v for k, v in wanted.items()):
            log(f"reusing {existing:,} customers (seed {seed}) in {db.engine.url.database}")
            return True, None
        raise BenchError(f"the database holds {existing:,} customers that are not this "
                         "benchmark's data set; give an empty database or none")
    started = time.perf_counter()

    def progress(done: int, total: int) -> None:
        if done == total or done % max(total // 20, 1) < 5_000:
            log(f"building: {done:,}/{total:,} customers, "
                f"{time.perf_counter() - started:.0f} s")

    generate_demo(Desk(db=db, clock=clock), customers, seed,
                  contacts_per_customer=contacts_per_customer, progress=progress)
    return False, round(time.perf_counter() - started, 1)


def _numbers(bulk: BulkRepository, rng: random.Random, samples: int) -> list[str]:
    """Existing customers' numbers and (a tenth) numbers no customer has, shuffled."""
    unknown = int(samples * UNKNOWN_SHARE)
    last_phone = bulk.next_ids()["customer_phone"] - 1
    ids = rng.sample(range(1, last_phone + 1), min(samples - unknown, last_phone))
    numbers = bulk.phone_numbers(ids)
    numbers += [rng.choice(STRANGER_PREFIXES) + f"{rng.randrange(10**8):08d}"
                for _ in range(unknown)]
    rng.shuffle(numbers)
    return numbers


def _time_pops(db: Database, actor: Actor, clock: FixedClock, numbers: list[str],
               log: Log) -> tuple[list[float], int, int]:
    for number in numbers[:WARM_UP]:
        pop_by_phone(UnitOfWork(db, actor, clock), number)
    seconds: list[float] = []
    found = tickets = 0
    for number in numbers:
        started = time.perf_counter()
        pop = pop_by_phone(UnitOfWork(db, actor, clock), number)
        seconds.append(time.perf_counter() - started)
        found += pop.card is not None
        tickets += len(pop.open_tickets)
    log(f"screen pop: {len(numbers)} numbers, {found} customers found")
    return seconds, found, tickets


def _time_saves(db: Database, actor: Actor, clock: FixedClock, numbers: list[str],
                unit_id: int, count: int) -> list[float]:
    seconds: list[float] = []
    for number in numbers[:count]:
        pop = pop_by_phone(UnitOfWork(db, actor, clock), number)
        card = pop.card
        form = IntakeForm(
            channel="phone", category="repair", description="暖气片漏水,请派人维修(基准测试)",
            phone=number, customer_id=card.id if card else None, outcome="work_order",
            level=default_level(card.important, card.contract_level) if card else 3,
            unit_id=unit_id, rang_at=clock(), answered_at=clock())
        started = time.perf_counter()
        save_intake(UnitOfWork(db, actor, clock), form)
        seconds.append(time.perf_counter() - started)
    return seconds


def run_screen_pop_bench(customers: int, *, contacts_per_customer: float = 3.0,
                         db_url: str | None = None, seed: int = DEFAULT_SEED,
                         samples: int = 2000, saves: int = 200, startup: bool = True,
                         startup_runs: int = 3,
                         log: Log = _stderr) -> dict[str, object]:
    url = db_url or default_url(customers, contacts_per_customer, seed)
    db = Database(url)
    clock = FixedClock(BENCH_NOW)
    try:
        reused, build_s = prepare(db, customers, contacts_per_customer, seed, clock, log)
        bulk = BulkRepository(db.engine)
        counts = {t: bulk.count(t) for t in ("customer", "customer_phone", "contact",
                                             "ticket")}
        staff = bulk.ids_by_key("staff", "job_number")
        job, name, role, _ = DEMO_USERS[0]
        actor = Actor(id=staff[job], job_number=job, name=name, role=role)
        rng = random.Random(seed)
        numbers = _numbers(bulk, rng, samples)
        pops, found, open_tickets = _time_pops(db, actor, clock, numbers, log)
        known = [n for n in numbers if n[:3] not in STRANGER_PREFIXES]
        unit_id = bulk.ids_by_key("unit", "code")["U05"]
        saves_s = _time_saves(db, actor, clock, known, unit_id, min(saves, len(known)))
        log(f"save intake: {len(saves_s)} work orders saved")
        result: dict[str, object] = {
            "customers": counts["customer"], "phones": counts["customer_phone"],
            "contacts": counts["contact"], "tickets": counts["ticket"],
            "backend": db.dialect,
            "database": db.engine.url.render_as_string(hide_password=True),
            "seed": seed, "samples": len(pops), "found": found,
            "open_tickets_seen": open_tickets,
            "screen_pop_ms": summary_ms(pops),
            "save_intake_ms": summary_ms(saves_s) if saves_s else None,
            "build_s": build_s, "reused": reused,
        }
    finally:
        db.dispose()
    if startup:
        log("start-up: launching main.py --demo")
        result.update(measure_startup(url, startup_runs))
    else:
        result.update({"startup_s": None, "startup_reason": "not measured (--no-startup)"})
    return result
