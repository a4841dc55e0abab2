"""`bench sweep`: the overdue sweep with a backlog of newly overdue orders (rule 2.8).

On a copy of a data set (`--db`, never written) or on a demo data set built for the run,
every order already overdue is flagged first (the desks swept them before), then each run
makes `--backlog` orders newly overdue (running, not paused, due a few minutes ago, not
flagged) and times them. The backlog is drawn from the newest 3 × `--backlog` orders: orders
that fall due together were received together, so they lie near each other in the table
(a backlog scattered over the whole table writes a page per order). Timed:

- `sweep_ms`: `sweep_overdue` as a desk calls it, in batches (`sweep.BATCH`), each an
  INSERT … SELECT of the flags into `ticket_overdue` and of their events, in its own
  transaction. Before each run the sweep mark is moved back to the backlog's oldest
  deadline (no desk swept while the backlog grew), so the sweep walks every running order
  due since then, as it would;
- `floor_ms`: the bare INSERT … SELECT that flags the same backlog in one statement, no
  events, same walk (what no sweep can beat), and `ratio_p50` = sweep p50 / floor p50;
- `idle_sweep_ms`: the sweep every desk runs every minute when nothing fell due since the
  last one (after each timed sweep);
- `gui`: a real leader's DeskWindow (offscreen) whose sweep timer fires: the longest
  GUI-thread stall (5 ms heartbeat, bench/stall_meter.py) until the sweep and the alert
  read are done, and how long that took. (On the GUI thread the sweep would freeze the
  desk for `sweep_ms`: the sweep runs through the window's operation runner as a long,
  quiet operation, on a worker thread on both databases.)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.machine import emit
from bench.throwaway_db import add_data_set_arguments, log, working_copy

EXIT_REFUSED = 2
GOAL_SWEEP_MS = 200.0
GOAL_STALL_MS = 50.0


def register_sweep_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "sweep", help="overdue sweep of a backlog, raw-SQL floor and GUI stall (JSON)",
        description="Time the overdue sweep of a backlog of newly overdue orders on a copy "
                    "of --db (or a demo data set built for the run), beside the bare "
                    "UPDATE, and the GUI-thread stall of a desk window sweeping it.")
    add_data_set_arguments(parser, "data set to copy (never written)")
    parser.add_argument("--backlog", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--no-gui", action="store_true", help="skip the desk window")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.backlog < 1 or args.repeat < 1 or args.customers < 100:
        print("--backlog and --repeat must be positive, --customers at least 100",
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_sweep_bench(args.source, backend=args.backend, customers=args.customers,
                                 backlog=args.backlog, repeat=args.repeat, seed=args.seed,
                                 gui=not args.no_gui)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0


def run_sweep_bench(source: str | None, *, backend: str = "sqlite", customers: int = 100_000,
                    backlog: int = 10_000, repeat: int = 5, seed: int = 2026,
                    gui: bool = True) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HEATDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="heatdesk-bench-sweep-")
    from app.db.database import Database
    from bench.stats import summary_ms

    with working_copy(source, backend=backend, customers=customers, seed=seed) as url:
        db = Database(url)
        try:
            backlog_ids, sizes = _prepare(db, backlog, seed)
            leader = _leader(db)
            sweeps, floors, idle, flagged = [], [], [], []
            for _ in range(repeat):
                _make_overdue(db, backlog_ids)
                took, count = _timed_sweep(db, leader)
                sweeps.append(took)
                flagged.append(count)
                idle.append(_timed_sweep(db, leader)[0])
                oldest = _make_overdue(db, backlog_ids)
                floors.append(_timed_floor(db, oldest))
            figures: dict[str, Any] = {}
            if gui:
                figures = _gui(db, leader, backlog_ids, repeat)
        finally:
            db.dispose()
    sweep, floor = summary_ms(sweeps), summary_ms(floors)
    from app.repositories.tickets.sweep import BATCH

    return {
        "bench": "sweep", "backend": db.engine.dialect.name, "source": source or "demo",
        **sizes, "backlog": backlog, "batch": BATCH[db.engine.dialect.name], "repeat": repeat,
        "sweep_ms": sweep, "floor_ms": floor, "idle_sweep_ms": summary_ms(idle),
        "sweep_runs_ms": [round(s * 1000, 1) for s in sweeps],
        "ratio_p50": round(sweep["p50"] / floor["p50"], 2) if floor["p50"] else None,
        "flagged_per_run": flagged, **figures,
        "goal_sweep_ms": GOAL_SWEEP_MS, "goal_stall_ms": GOAL_STALL_MS,
    }


# ---- the backlog --------------------------------------------------------------------
def _prepare(db: Any, backlog: int, seed: int) -> tuple[list[int], dict[str, int]]:
    """Flag what is overdue already; pick the orders each run makes newly overdue."""
    from sqlalchemy import func, select, text

    from app.models.ticket import Ticket
    from app.models.ticket_sweep_index import SWEEP_SQL
    from app.workflows.tickets.escalation import sweep_overdue

    started = time.perf_counter()
    from app.repositories.uow import UnitOfWork

    sweep_overdue(UnitOfWork(db, None), batch=50_000)  # what the desks swept before
    with db.engine.begin() as conn:
        tickets = conn.execute(select(func.count()).select_from(Ticket)).scalar_one()
        customers = conn.execute(text("SELECT count(*) FROM customer")).scalar_one()
        running = conn.execute(select(func.count()).select_from(Ticket).where(
            text(SWEEP_SQL), text("NOT EXISTS (SELECT 1 FROM ticket_overdue AS o "
                                  "WHERE o.ticket_id = ticket.id)"))).scalar_one()
    if tickets < backlog:
        raise RuntimeError(f"only {tickets:,} orders for a backlog of {backlog:,}")
    with db.engine.connect() as conn:  # the newest orders: those that fall due together
        newest = list(conn.execute(select(Ticket.id).order_by(Ticket.id.desc())
                                   .limit(3 * backlog)).scalars())
    ids = random.Random(seed).sample(newest, backlog)
    log(f"backlog of {backlog:,} chosen in {time.perf_counter() - started:.1f} s")
    return sorted(ids), {"customers": customers, "tickets": tickets,
                                   "running_not_flagged": running}


def _make_overdue(db: Any, ids: list[int]) -> Any:
    """The orders become running, unflagged and due a few minutes ago, oldest first; the
    sweep mark goes back to the oldest deadline (no desk swept since). That deadline."""
    from sqlalchemy import bindparam, delete, update

    from app.models.ticket import Ticket
    from app.models.ticket_overdue import OverdueSweepMark, TicketOverdue

    now = db_now()
    rows = [{"tid": tid, "due": now - timedelta(minutes=5, seconds=n),
             "received": now - timedelta(hours=3, seconds=n)} for n, tid in enumerate(ids)]
    oldest = min(r["due"] for r in rows)
    t = Ticket.__table__
    stmt = (update(t).where(t.c.id == bindparam("tid"))
            .values(status="dispatched", paused_at=None,
                    resolved_at=None, closed_at=None, callback_due_at=None,
                    received_at=bindparam("received"), due_at=bindparam("due")))
    o, m = TicketOverdue.__table__, OverdueSweepMark.__table__
    with db.engine.begin() as conn:
        conn.execute(stmt, rows)
        conn.execute(delete(o).where(o.c.ticket_id.in_(ids)))
        conn.execute(delete(m))
        conn.execute(m.insert().values(id=1, swept_until=oldest))
    return oldest


def db_now() -> Any:
    from app.clock import system_clock

    return system_clock()


def _leader(db: Any) -> Any:
    from app.repositories.uow import UnitOfWork
    from app.workflows.auth import seed_user

    job = f"SW{random.randrange(10**6):06d}"  # the bench's own leader, as a fixture seeds one
    return seed_user(UnitOfWork(db, None), job, "夜班值班长", "shift_leader", "bench-pass-1")


def _timed_sweep(db: Any, leader: Any) -> tuple[float, int]:
    from app.repositories.uow import UnitOfWork
    from app.workflows.tickets.escalation import sweep_overdue

    started = time.perf_counter()
    swept = sweep_overdue(UnitOfWork(db, leader))
    return time.perf_counter() - started, len(swept)


def _timed_floor(db: Any, oldest: Any) -> float:
    """The bare INSERT … SELECT: the same orders flagged in one statement, without events,
    walking from the same place as the sweep."""
    from sqlalchemy import bindparam, text

    from app.models.base import UTCDateTime
    from app.models.ticket_sweep_index import SWEEP_SQL
    from app.repositories.tickets.sweep import MARK_MARGIN

    stmt = text(f"INSERT INTO ticket_overdue (ticket_id, due_at, flagged_at) "
                f"SELECT id, due_at, :now FROM ticket WHERE {SWEEP_SQL} AND due_at < :now "
                f"AND due_at >= :lower AND NOT EXISTS (SELECT 1 FROM ticket_overdue AS o "
                f"WHERE o.ticket_id = ticket.id)").bindparams(
        bindparam("now", type_=UTCDateTime()), bindparam("lower", type_=UTCDateTime()))
    started = time.perf_counter()
    with db.engine.begin() as conn:
        conn.execute(stmt, {"now": db_now(), "lower": oldest - MARK_MARGIN})
    return time.perf_counter() - started


# ---- the desk window ----------------------------------------------------------------
def _gui(db: Any, leader: Any, ids: list[int], repeat: int) -> dict[str, Any]:
    from app.ui.application import create_application
    from app.ui.desk_window import DeskWindow
    from app.ui.memory import settle_after_start
    from app.ui.ops import active_operations
    from app.ui.tickets.overdue_alerts import OVERDUE_WATCH
    from app.workflows.desk import Desk
    from app.workflows.drafts import DraftStore
    from bench.gui_stall import _spin_until, _summary
    from bench.stall_meter import StallMeter

    create_application()
    desk = Desk(db=db, actor=leader)
    meter = StallMeter()
    figures: dict[str, Any] = {}
    try:
        window = DeskWindow(desk, None, drafts=DraftStore(
            Path(tempfile.mkdtemp(prefix="drafts-"))))
        window.show()
        settle_after_start()  # as the desk's start-up does once the window is shown
        _spin_until(lambda: active_operations() == 0)
        watch = window.slots.get(OVERDUE_WATCH)
        assert watch is not None
        watch.timer.stop()  # the bench fires it

        def swept() -> bool:
            return not window.ops.is_running("overdue.check")

        runs = []
        for _ in range(repeat):
            _make_overdue(db, ids)
            _spin_until(lambda: active_operations() == 0)
            runs.append(meter.measure(watch.timer.timeout.emit, swept))
        figures["gui"] = _summary(runs)
        window.close()
        window.deleteLater()
        _spin_until(lambda: active_operations() == 0)
    finally:
        meter.close()
    return figures
