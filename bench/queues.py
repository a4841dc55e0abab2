"""The queue benchmark: first page of every queue, a filter change, opening an order's
history, on a large data set (goal: first page <= 100 ms with 200,000 open orders among
3,000,000). Times the product's own workflows as the window calls them; asserts nothing.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from app.clock import FixedClock
from app.db.database import Database
from app.repositories.bulk import BulkRepository
from app.repositories.uow import Actor
from app.workflows.desk import Desk
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.escalation import escalate
from app.workflows.tickets.queues import QUEUES, QueueFilters, queue_page
from bench import queue_data
from bench.queue_search import search_figures
from bench.queue_window_open import window_open_figures
from bench.stats import summary_ms

BENCH_NOW = datetime(2027, 1, 15, 2, 0, tzinfo=UTC)
Log = Callable[[str], None]


class BenchError(RuntimeError):
    """The given database holds other data than the benchmark asked for."""


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def default_url(tickets: int, seed: int) -> str:
    folder = Path(tempfile.gettempdir()) / "heatdesk-bench"
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / f'queues-{tickets}-{seed}.sqlite3'}"


def _prepare(desk: Desk, tickets: int, seed: int, log: Log) -> tuple[bool, float | None]:
    db = desk.db
    db.prepare() if db.is_sqlite else db.upgrade()
    bulk = BulkRepository(db.engine)
    existing = bulk.count("ticket")
    if existing:
        marker = bulk.last_event_changes("bench", "queues") or {}
        if marker == {"tickets": tickets, "seed": seed}:
            log(f"reusing {existing:,} work orders in {db.engine.url.database}")
            return True, None
        raise BenchError(f"the database holds {existing:,} work orders that are not this "
                         "benchmark's; give an empty database or none")
    began = time.perf_counter()
    queue_data.build(desk, tickets, seed, log)
    return False, round(time.perf_counter() - began, 1)


def _timed(call: Callable[[], Any], runs: int) -> list[float]:
    call()  # warm: the first call compiles statements and fills caches
    found = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        found.append(time.perf_counter() - began)
    return found


def _filters(rng: random.Random, units: list[int], samples: list[int]) -> QueueFilters:
    pick = rng.randrange(8)
    if pick == 0:
        return QueueFilters(category=rng.choice(queue_data.CATEGORIES))
    if pick == 1:
        return QueueFilters(level=rng.choice((1, 2, 3)))
    if pick == 2:
        return QueueFilters(unit_id=rng.choice(units))
    if pick == 3:
        return QueueFilters(estate=rng.choice(queue_data.ESTATES))
    if pick == 4:
        return QueueFilters(status=rng.choice(queue_data.OPEN))
    if pick == 5:
        return QueueFilters(search=f"GD{rng.choice(samples):08d}")
    if pick == 6:
        return QueueFilters(search=rng.choice(queue_data.WORDS))
    return QueueFilters(sort="received_at", descending=True)


def run_queue_bench(tickets: int, *, db_url: str | None = None, seed: int = 7,
                    samples: int = 50, log: Log = _stderr) -> dict[str, object]:
    db = Database(db_url or default_url(tickets, seed))
    desk = Desk(db=db, clock=FixedClock(BENCH_NOW))
    try:
        reused, build_s = _prepare(desk, tickets, seed, log)
        bulk = BulkRepository(db.engine)
        staff = bulk.ids_by_key("staff", "job_number")
        units = sorted(bulk.ids_by_key("unit", "code").values())
        actor = Actor(id=staff["Q001"], job_number="Q001", name="坐席1", role="agent")
        desk = Desk(db=db, clock=desk.clock, actor=actor)
        rng = random.Random(seed)
        first = queue_page(desk.uow(), "open").rows
        ids = [row.id for row in first]
        fresh = [row.id for row in first if row.escalated_at is None]  # escalated once
        for ticket_id in fresh[:20]:  # a few real steps, so histories have lines to read
            escalate(desk.uow(), ticket_id, "基准测试")
        result: dict[str, object] = {
            "tickets": bulk.count("ticket"), "open_tickets": queue_data.open_count(tickets),
            "backend": db.dialect,
            "database": db.engine.url.render_as_string(hide_password=True),
            "samples": samples, "build_s": build_s, "reused": reused,
        }
        def page(queue: str, cursor: str | None = None) -> object:
            return queue_page(desk.uow(), queue, cursor=cursor)

        for queue in QUEUES:
            page_ms = summary_ms(_timed(partial(page, queue), samples))
            result[f"first_page_{queue}_ms"] = page_ms
            log(f"{queue}: p95 {page_ms['p95']} ms")
            cursor = queue_page(desk.uow(), queue).cursor  # the page scrolled to next
            if cursor is not None:
                result[f"second_page_{queue}_ms"] = summary_ms(
                    _timed(partial(page, queue, cursor), samples))
        changes = [_filters(rng, units, ids) for _ in range(samples)]
        it = iter(changes * 2)
        result["filter_change_ms"] = summary_ms(
            _timed(lambda: queue_page(desk.uow(), "open", next(it)), samples - 1))
        result["next_page_ms"] = result.get("second_page_open_ms")  # the same page, timed once
        targets = iter(ids[:20] * (samples // 20 + 2))
        result["history_open_ms"] = summary_ms(
            _timed(lambda: ticket_detail(desk.uow(), next(targets)), samples))
        result.update(search_figures(desk, samples))
        result.update(window_open_figures(desk, min(samples, 20)))
    finally:
        db.dispose()
    return result
