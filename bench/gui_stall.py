"""`bench gui-stall`: how long the window freezes on a slow database server, before and
after the operation runner.

A fresh PostgreSQL database is built on the local server (the product's migrations, then
the demo generator), and a real DeskWindow and queue window open it through a loopback
proxy that adds a latency (200 ms) to every round trip. While each action runs until its
result is on screen, a 5 ms heartbeat on the GUI thread records the longest gap
(`bench/stall_meter.py`):

- screen pop: `window.ring(number)` until the card shows the caller's name;
- save: `window.save()` of a filled work-order intake until the saved note shows;
- queue paging: the table model's `fetchMore()` (what the view calls on scrolling) until
  the next page is in the table; and a queue switch until its first page is listed.

BEFORE forces every runner of both windows inline (`background = False`), so the calls
run on the GUI thread as they used to; AFTER leaves the runner's own choice (a server
database: a worker thread). The time to the result is printed too: the runner keeps the
window painting, it does not make the server answer sooner.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.machine import emit

EXIT_REFUSED = 2
GOAL_STALL_MS = 50.0
ADMIN_URL = os.environ.get("HEATDESK_BENCH_PG_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
NOTE = ("result_ms is how long the agent waits until the data is on screen: the runner keeps "
        "the window painting and taking keys meanwhile, it cannot make the server answer "
        "sooner, so result_ms stays about the same before and after.")


def register_gui_stall_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "gui-stall", help="longest GUI-thread stall on a slow PostgreSQL server (JSON)",
        description="Build a throwaway PostgreSQL database, make the server slow with a "
                    "loopback proxy and measure the longest GUI-thread stall of a ring, a "
                    "save and queue paging, with the runner forced inline (before) and "
                    "as it chooses (after).")
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--latency-ms", type=float, default=200.0,
                        help="added to every client-to-server chunk")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each action")
    parser.add_argument("--seed", type=int, default=2026)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.customers < 50 or args.repeat < 1 or args.latency_ms < 0:
        print("--customers must be at least 50, --repeat positive, --latency-ms not "
              "negative", file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_gui_stall_bench(args.customers, latency_ms=args.latency_ms,
                                     repeat=args.repeat, seed=args.seed)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def _fresh_database() -> Iterator[str]:
    """A new database on the local server, migrated, dropped afterwards."""
    from sqlalchemy import create_engine, text

    from app.db.database import Database

    name = f"heatdesk_bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        raise RuntimeError(f"no PostgreSQL at {ADMIN_URL} ({exc}); set "
                           "HEATDESK_BENCH_PG_URL") from exc
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        db = Database(url)
        db.upgrade()
        db.dispose()
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        _log(f"dropped {name}")


def run_gui_stall_bench(customers: int, *, latency_ms: float = 200.0, repeat: int = 5,
                        seed: int = 2026) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HEATDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="heatdesk-bench-gui-")
    from sqlalchemy.engine import make_url

    from bench.slow_proxy import SlowProxy

    with _fresh_database() as url:
        _log(f"building {customers:,} demo customers")
        build_s, plan = _build(url, customers, seed, repeat)
        direct = make_url(url)
        with SlowProxy(direct.port or 5432, target_host=direct.host or "127.0.0.1",
                       latency=latency_ms / 1000) as proxy:
            _log(f"proxy on 127.0.0.1:{proxy.port}, {latency_ms:g} ms per round trip")
            figures = _measure(proxy.url_for(url), plan, repeat)
            connections = proxy.connections
    return {
        "bench": "gui-stall", "backend": "postgresql", "customers": customers,
        "latency_ms": latency_ms, "repeat": repeat, "heartbeat_ms": 5,
        "goal_stall_ms": GOAL_STALL_MS, **figures,
        "goal_met": all(action["stall_ms"]["max"] <= GOAL_STALL_MS
                        for action in figures["after"].values()),
        "note": NOTE, "build_s": build_s, "proxy_connections": connections,
        "queue_page_size": plan["page_size"],
    }


def _build(url: str, customers: int, seed: int, repeat: int) -> tuple[float, dict[str, Any]]:
    """Load the demo data (directly, not through the proxy) and pick what to act on."""
    import random

    from app.db.database import Database
    from app.repositories.bulk import BulkRepository
    from app.repositories.uow import Actor
    from app.workflows.demo.data import DEMO_USERS
    from app.workflows.demo.fill import generate_demo
    from app.workflows.desk import Desk
    from app.workflows.screen_pop import pop_by_phone
    from app.workflows.tickets.queues import PAGE_SIZE, QueueFilters, queue_page

    db = Database(url)
    try:
        started = time.perf_counter()
        generate_demo(Desk(db=db), customers, seed)
        build_s = round(time.perf_counter() - started, 1)
        bulk = BulkRepository(db.engine)
        staff = bulk.ids_by_key("staff", "job_number")
        job, name, role, _ = DEMO_USERS[0]
        actor = Actor(id=staff[job], job_number=job, name=name, role=role)
        desk = Desk(db=db, actor=actor)
        rng = random.Random(seed)
        last_phone = bulk.next_ids()["customer_phone"] - 1
        callers: list[tuple[str, str]] = []  # (number, name) of single-customer numbers
        for number in bulk.phone_numbers(rng.sample(range(1, last_phone + 1),
                                                    min(last_phone, 20 * repeat + 40))):
            pop = pop_by_phone(desk.uow(), number)
            if pop.card is not None and not pop.candidates:
                callers.append((number, pop.card.name))
        needed = 2 * repeat + 2
        if len(callers) < needed:
            raise RuntimeError(f"only {len(callers)} single-customer numbers found")
        open_rows = len(queue_page(desk.uow(), "open", QueueFilters(), None,
                                   limit=(repeat + 2) * PAGE_SIZE).rows)
        page_size = min(PAGE_SIZE, max(1, open_rows // (repeat + 2)))
        return build_s, {"actor": actor, "callers": callers[:needed],
                         "unit_id": bulk.ids_by_key("unit", "code")["U05"],
                         "page_size": page_size, "open_rows": open_rows}
    finally:
        db.dispose()


# ---- the windows --------------------------------------------------------------------
def _queue_window_class() -> Any:
    import importlib

    try:
        module = importlib.import_module("app.ui.tickets.queue_window")
    except ImportError:  # where it lived before the screens moved beside their workflows
        module = importlib.import_module("app.ui.queues.queue_window")
    return module.QueueWindow


def _runners(*windows: Any) -> list[Any]:
    from app.ui.ops import OpRunner

    found: list[Any] = []
    for window in windows:
        for runner in [getattr(window, "ops", None), *window.findChildren(OpRunner)]:
            if runner is not None and runner not in found:
                found.append(runner)
    return found


def _idle() -> bool:
    from app.ui.ops import active_operations

    return active_operations() == 0


def _spin_until(ready: Callable[[], bool], timeout: float = 120.0) -> None:
    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError("the window did not settle in time")
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _measure(url: str, plan: dict[str, Any], repeat: int) -> dict[str, Any]:
    from app.db.database import Database
    from app.ui.application import create_application
    from app.workflows.desk import Desk
    from bench.stall_meter import StallMeter

    create_application()
    db = Database(url)
    desk = Desk(db=db, actor=plan["actor"])
    meter = StallMeter()
    figures: dict[str, Any] = {}
    try:
        for mode, inline in (("before", True), ("after", False)):
            _log(f"{mode}: runner {'forced inline' if inline else 'as it chooses'}")
            figures[mode] = _one_mode(desk, meter, plan, repeat, inline)
            figures[f"runners_{mode}"] = figures[mode].pop("runners")
    finally:
        meter.close()
        db.dispose()
    return figures


def _one_mode(desk: Any, meter: Any, plan: dict[str, Any], repeat: int,
              inline: bool) -> dict[str, Any]:
    from app.ui.desk_window import DeskWindow
    from app.workflows.drafts import DraftStore

    window = DeskWindow(desk, None, drafts=DraftStore(Path(tempfile.mkdtemp(prefix="drafts-"))))
    window.show()
    _spin_until(_idle)
    queues: Any = None
    try:
        results: dict[str, Any] = {}
        callers = list(plan["callers"])
        if inline:
            _force_inline(window)
        _ring(window, meter, callers[-1])  # warm-up: the pool's connections, first pop
        results["screen_pop"] = _summary(
            [_ring(window, meter, callers[i]) for i in range(repeat)])
        results["save_intake"] = _summary(
            [_save(window, meter, callers[repeat + i], plan["unit_id"])
             for i in range(repeat)])
        queues = _queue_window_class()(desk, live=False)
        queues.page_size = plan["page_size"]
        queues.show()
        _spin_until(lambda: _idle() and queues.model.rowCount() > 0)
        if inline:
            _force_inline(queues)
        results["queue_next_page"] = _summary([_next_page(queues, meter)
                                               for _ in range(repeat)])
        results["queue_switch"] = _summary(
            [_switch(queues, meter, ("overdue", "open")[i % 2]) for i in range(repeat)])
        results["runners"] = [{"host": type(r.host).__name__, "background": r.background}
                              for r in _runners(window, queues)]
        return results
    finally:
        if queues is not None:
            queues.close()
            queues.deleteLater()
        window.close()
        window.deleteLater()
        _spin_until(_idle)


def _force_inline(window: Any) -> None:
    for runner in _runners(window):
        runner.background = False


def _ring(window: Any, meter: Any, caller: tuple[str, str]) -> Any:
    number, name = caller
    window.next_call()
    _spin_until(_idle)
    return meter.measure(lambda: window.ring(number),
                         lambda: window.card.name.text() == name and _idle())


def _save(window: Any, meter: Any, caller: tuple[str, str], unit_id: int) -> Any:
    number, name = caller
    window.next_call()
    window.ring(number)  # not measured: the card the agent saves against
    _spin_until(lambda: window.card.name.text() == name and _idle())
    window.form.restore({"category": "repair", "outcome": "work_order", "unit_id": unit_id,
                         "description": "暖气片漏水，请派人维修（界面卡顿测试）"})
    window.form.saved_note.clear()
    return meter.measure(window.save, lambda: bool(window.form.saved_note.text()) and _idle())


def _next_page(queues: Any, meter: Any) -> Any:
    from PySide6.QtCore import QModelIndex

    model = queues.model
    if not model.canFetchMore(QModelIndex()):
        queues.refresh()
        _spin_until(_idle)
    shown: list[int] = []  # rows in the table at the trigger

    def scroll_on() -> None:
        shown.append(model.rowCount())
        model.fetchMore(QModelIndex())

    return meter.measure(scroll_on, lambda: model.rowCount() > shown[0] and _idle())


def _switch(queues: Any, meter: Any, queue: str) -> Any:
    queues.status.clear()
    return meter.measure(lambda: queues.show_queue(queue),
                         lambda: queues.queue == queue and bool(queues.status.text())
                         and _idle())


def _summary(runs: list[Any]) -> dict[str, Any]:
    """max and p50 of the stall and of the time to the result, and where the worst was."""
    from bench.stats import percentile

    stalls = [m.stall_ms for m in runs]
    waits = [m.result_ms for m in runs if m.result_ms is not None]
    worst = max(runs, key=lambda m: m.stall_ms)
    return {
        "stall_ms": {"max": max(stalls), "p50": percentile(stalls, 0.5)},
        "result_ms": {"max": max(waits), "p50": percentile(waits, 0.5)} if waits else None,
        "timed_out": len(runs) - len(waits),
        "stalls_ms": stalls,
        "worst_stall_in": worst.where,
    }
