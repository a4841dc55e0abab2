"""`bench audit`: the audit viewer on a big event table (issue 15).

Builds a bare migrated database (a SQLite file in the temp dir, or with `--backend
postgresql` a throwaway database) with `--events` audit events (default 1,000,000) spread
over a year in id order as desks write them: 60 staff, 25 desks, orders, customers and
staff accounts as records. Then times the viewer's reads through the real workflow
(`audit_page`, keyset pages of 200, newest first) for each filter it offers, the 50th page
reached by following the keyset, and the desk list (a loose index scan). Prints one JSON
object; figures, never a verdict.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.machine import emit
from bench.throwaway_db import _pg_database, log

EXIT_REFUSED = 2
STAFF = 60
DESKS = 25
START = datetime(2025, 12, 1, tzinfo=UTC)
SPAN_SECONDS = 365 * 86400


def register_audit_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "audit", help="audit viewer pages and filters on a big event table (JSON)",
        description="Fill a fresh database with --events audit events and time the audit "
                    "viewer's keyset pages for each filter (person, desk, order, customer, "
                    "days), a deep page and the desk list.")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite",
                        help="the database to build the events in")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each action")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.events < 1000 or args.repeat < 1:
        print("--events must be at least 1000 and --repeat positive", file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_audit_bench(args.events, args.backend, args.repeat)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0


@contextmanager
def _database(backend: str) -> Iterator[str]:
    if backend == "postgresql":
        with _pg_database(None) as url:
            yield url
        return
    folder = Path(tempfile.mkdtemp(prefix="heatdesk-bench-audit-"))
    yield f"sqlite:///{folder / 'audit.sqlite3'}"


def _fill(db: Any, events: int) -> None:
    from sqlalchemy import insert

    from app.models.event import Event
    from app.repositories.uow import UnitOfWork
    from app.workflows.auth import seed_user

    for n in range(STAFF):
        role = "admin" if n == 0 else "supervisor" if n == 1 else "agent"
        seed_user(UnitOfWork(db), f"{5000 + n}", f"员工{n}", role, "bench-password-1")
    chunk = 20_000
    started = time.perf_counter()
    with db.engine.begin() as conn:
        for first in range(0, events, chunk):
            rows = []
            for i in range(first, min(events, first + chunk)):
                kind = i % 10
                entity, entity_id = (("ticket", 1 + (i * 7919) % 200_000) if kind < 6 else
                                     ("customer", 1 + (i * 104729) % 100_000) if kind < 9
                                     else ("staff", 1 + i % STAFF))
                rows.append({
                    "occurred_at": START + timedelta(seconds=SPAN_SECONDS * i // events),
                    "actor_id": 1 + (i * 31) % STAFF, "entity": entity,
                    "entity_id": entity_id, "action": "update" if kind else "create",
                    "changes": {"status": ["new", "dispatched"]},
                    "desk": f"坐席{1 + (i * 13) % DESKS:02d}"})
            conn.execute(insert(Event), rows)
            log(f"events {min(events, first + chunk):,} / {events:,}")
    log(f"filled in {time.perf_counter() - started:.1f} s")
    if db.dialect == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE event")
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")


def _timed(repeat: int, call: Callable[[], object]) -> dict[str, float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(statistics.median(times), 2), "max_ms": round(max(times), 2)}


def _login_times(db: Any, repeat: int) -> dict[str, dict[str, float]]:
    """A failed login answers as slowly for a job number nobody has as for a known one
    (the dummy hash of the hasher in use), and for a locked account too."""
    from app.repositories.uow import UnitOfWork
    from app.workflows.auth import LoginFailed, login

    def attempt(job_number: str) -> Callable[[], None]:
        def call() -> None:
            with suppress(LoginFailed):
                login(UnitOfWork(db), job_number, "not-the-password")
        return call

    return {"unknown_job_number": _timed(repeat, attempt("9999")),
            "known_wrong_password": _timed(repeat, attempt("5010")),
            "locked_account": _timed(repeat, attempt("5010"))}


def run_audit_bench(events: int, backend: str, repeat: int) -> dict[str, Any]:
    from app.db.database import Database
    from app.repositories.uow import Actor, UnitOfWork
    from app.workflows.security.audit import AuditQuery, audit_desks, audit_page

    with _database(backend) as url:
        db = Database(url)
        db.upgrade()
        _fill(db, events)
        supervisor = Actor(id=2, job_number="5001", name="员工1", role="supervisor")

        def page(query: AuditQuery, before: int | None = None) -> Any:
            return audit_page(UnitOfWork(db, supervisor), query, before)

        def deep() -> None:
            before = None
            for _ in range(50):
                before = page(AuditQuery(), before).next_before

        month_ago = (START + timedelta(seconds=SPAN_SECONDS * 0.9)).date()
        cases: dict[str, Callable[[], object]] = {
            "newest_page": lambda: page(AuditQuery()),
            "page_50_by_keyset": deep,
            "person": lambda: page(AuditQuery(person_id=17)),
            "desk": lambda: page(AuditQuery(desk="坐席07")),
            "order": lambda: page(AuditQuery(order_id=4242)),
            "customer": lambda: page(AuditQuery(customer_id=777)),
            "one_day": lambda: page(AuditQuery(first=month_ago, last=month_ago)),
            "person_one_week": lambda: page(AuditQuery(
                person_id=17, first=month_ago - timedelta(days=6), last=month_ago)),
            "desk_list": lambda: audit_desks(UnitOfWork(db, supervisor)),
        }
        result: dict[str, Any] = {"backend": backend, "events": events,
                                  "date": date.today().isoformat()}
        for name, call in cases.items():
            call()  # warm
            result[name] = _timed(repeat, call)
            log(f"{name}: {result[name]}")
        result["login"] = _login_times(db, repeat)
        db.dispose()
    return result
