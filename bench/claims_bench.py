"""`bench claims`: p95 of claiming a work order with 20 desks contending on PostgreSQL.

Every desk (a process with its own Database, as a desk PC has its own connection) claims
the same orders in its own shuffled order, so most attempts lose and are told the holder:
both outcomes are timed, because both are what an agent waits for. Goal:
p95 <= 20 ms. Fresh orders are added for each run, so an existing data set (e.g. the one
`bench queues` builds) can be reused. Without --db a temporary PostgreSQL database is
created on HEATDESK_BENCH_PG_URL (default: the local server) and dropped afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.machine import emit

GOAL_P95_MS = 20.0
EXIT_REFUSED = 2
ADMIN_URL = os.environ.get("HEATDESK_BENCH_PG_URL",
                           "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def register_claims_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "claims", help="claim latency with concurrent desks (prints JSON)",
        description="Time claiming work orders with DESKS desks contending for the same "
                    "orders; prints p50/p95/p99 as JSON.")
    parser.add_argument("--desks", type=int, default=20)
    parser.add_argument("--orders", type=int, default=500, help="fresh orders to claim")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="pause of each desk between two claims (0: back to back)")
    parser.add_argument("--db", dest="db_url", help="a PostgreSQL database already migrated "
                        "(default: a temporary one on the local server)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.desks < 1 or args.orders < 1:
        print("--desks and --orders must be positive", file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_claim_bench(args.db_url or getattr(args, "db", None),
                                 desks=args.desks, orders=args.orders,
                                 think_ms=args.think_ms)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0


def run_claim_bench(db_url: str | None, *, desks: int = 20, orders: int = 500,
                    think_ms: float = 0.0) -> dict:
    """The claim figure as a dict; `bench queues` reuses it for its own JSON."""
    if db_url is None:
        return _with_temporary_database(lambda url: run_claim_bench(
            url, desks=desks, orders=orders, think_ms=think_ms))
    from app.db.database import Database

    db = Database(db_url)
    try:
        db.prepare()
        actors = _desk_staff(db, desks)
        ids = _fresh_orders(db, actors[0].id, orders)
    finally:
        db.dispose()
    timings, outcomes = _contend(db_url, actors, ids, think_ms / 1000)
    from bench.stats import summary_ms

    won = Counter(tid for tid, ok in outcomes if ok)
    return {
        "bench": "claims", "backend": db.dialect, "desks": desks, "orders": orders,
        "think_ms": think_ms, "attempts": len(timings), "claims_won": sum(won.values()),
        "double_claims": sum(1 for n in won.values() if n > 1),
        "claim_ms": summary_ms(timings), "goal_p95_ms": GOAL_P95_MS,
    }


def _with_temporary_database(body: Any) -> dict:
    from sqlalchemy import create_engine, text

    from app.db.database import Database

    name = f"heatdesk_bench_claims_{uuid.uuid4().hex[:8]}"
    try:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT",
                              connect_args={"connect_timeout": 3})
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        raise RuntimeError(f"no PostgreSQL at {ADMIN_URL} ({exc}); give --db URL") from exc
    url = ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        print(f"temporary database {name}: migrating", file=sys.stderr)
        db = Database(url)
        db.upgrade()
        db.dispose()
        return body(url)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _desk_staff(db, desks: int) -> list:
    from app.repositories.uow import Actor, UnitOfWork
    from app.workflows.auth import seed_user

    actors = []
    for i in range(desks):
        job = f"BC{i:03d}"
        with UnitOfWork(db) as uow:
            staff = uow.staff.by_job_number(job)
            existing = (Actor(staff.id, staff.job_number, staff.name, staff.role.value)
                        if staff is not None else None)
        actors.append(existing or seed_user(UnitOfWork(db), job, f"压测坐席{i:02d}",
                                              "agent", "bench-pass-1"))
    return actors


def _fresh_orders(db, creator_id: int, count: int) -> list[int]:
    """Unclaimed open orders, inserted without events (bench data, not desk work)."""
    from sqlalchemy import insert, select

    from app.models.enums import Category, TicketStatus
    from app.models.staff import Unit
    from app.models.ticket import Ticket

    now = datetime.now(UTC)
    with db.session() as session:
        session.info["audit_disabled"] = True
        unit_id = session.scalar(select(Unit.id).where(Unit.code == "BENCH-C"))
        if unit_id is None:
            unit = Unit(code="BENCH-C", name="压测维修队")
            session.add(unit)
            session.flush()
            unit_id = unit.id
        rows = [{"category": Category.REPAIR, "level": 2, "description": "压测工单",
                 "status": TicketStatus.DISPATCHED, "unit_id": unit_id,
                 "created_by_id": creator_id, "received_at": now,
                 "due_at": now + timedelta(hours=8)} for _ in range(count)]
        ids = list(session.scalars(insert(Ticket).returning(Ticket.id), rows))
        session.commit()
    return ids


def _desk_process(url: str, index: int, actor: Any, ids: list[int], think: float,
                  barrier: Any, out: Any) -> None:
    """One desk: its own process and connection, claiming every order in its own order."""
    from app.db.database import Database
    from app.repositories.uow import UnitOfWork
    from app.workflows.tickets.claim import claim
    from app.workflows.tickets.errors import ClaimConflict

    db = Database(url)
    order = ids[:]
    random.Random(index).shuffle(order)
    timings: list[float] = []
    results: list[tuple[int, bool]] = []
    error = None
    try:
        db.ping()  # connect before the start line
        barrier.wait()
        for tid in order:
            start = time.perf_counter()
            try:
                claim(UnitOfWork(db, actor), tid)
                results.append((tid, True))
            except ClaimConflict:
                results.append((tid, False))
            timings.append(time.perf_counter() - start)
            if think:
                time.sleep(think)
    except BaseException as exc:
        error = repr(exc)
    finally:
        db.dispose()
        out.put((timings, results, error))


def _contend(url: str, actors: list, ids: list[int],
             think: float) -> tuple[list[float], list]:
    import multiprocessing

    ctx = multiprocessing.get_context("fork")  # the desks share the parent's imports
    barrier = ctx.Barrier(len(actors))
    out = ctx.Queue()
    procs = [ctx.Process(target=_desk_process, args=(url, i, a, ids, think, barrier, out))
             for i, a in enumerate(actors)]
    for p in procs:
        p.start()
    timings: list[float] = []
    outcomes: list[tuple[int, bool]] = []
    for _ in procs:
        desk_timings, desk_results, error = out.get()
        if error:
            raise RuntimeError(f"a desk failed: {error}")
        timings.extend(desk_timings)
        outcomes.extend(desk_results)
    for p in procs:
        p.join()
    return timings, outcomes
