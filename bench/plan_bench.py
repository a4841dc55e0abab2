"""`bench plan`: a day's sampling plan at full size (rule 5.1.2), beside its raw SQL.

`plan_ms` is `make_plan` as the F9 plan tab calls it (estate totals, the day's homes, the
plan and its homes written, the plan read back for the tab) on a unit of work that never
commits: the database is left as it was, so the bench may run on a shared data set.
`floor_ms` re-runs the very queries one plan made (its SELECTs; the plan's own rows are
left out, their ids differ each time), straight through the database driver in one
rolled-back transaction: the time no Python around them can win back, and `ratio_p50` =
plan p50 / floor p50. `slowest_statement_ms` is the floor's largest part
(the estate totals read every home's area: the 1 ‰ target needs the whole city's area).
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from typing import Any

from bench.machine import emit
from bench.throwaway_db import add_data_set_arguments, log, working_copy

EXIT_REFUSED = 2
GOAL_MS = 1000.0


def register_plan_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "plan", help="sampling plan of a day and its raw-SQL floor (JSON)",
        description="Time making a day's sampling plan (rolled back, nothing is written) "
                    "on --db, or on a demo data set built for the run, beside the same "
                    "statements run straight through the driver.")
    add_data_set_arguments(parser, "data set to read (left unchanged)")
    parser.add_argument("--day", type=date.fromisoformat,
                        help="sampling day (default: the season's first one without a plan)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.repeat < 1 or args.customers < 100:
        print("--repeat must be positive, --customers at least 100", file=sys.stderr)
        return EXIT_REFUSED
    try:
        if args.source:
            result = run_plan_bench(args.source, args.day, args.repeat)
        else:
            with working_copy(None, backend=args.backend, customers=args.customers,
                              seed=args.seed) as url:
                result = run_plan_bench(url, args.day, args.repeat)
            result["source"] = "demo"
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result, default=str)
    return 0


class _Recorder:
    """The statements a piece of code sends, with their parameters, in order."""

    def __init__(self) -> None:
        self.statements: list[tuple[str, Any, bool]] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, parameters: Any,
                 _context: Any, executemany: bool) -> None:
        self.statements.append((statement, parameters, executemany))


def run_plan_bench(url: str, day: date | None, repeat: int) -> dict[str, Any]:
    from sqlalchemy import event, text

    from app.db.database import Database
    from app.models.customer_sample_index import SAMPLE_INDEX_NAME
    from bench.stats import summary_ms

    db = Database(url)
    try:
        day = day or _free_day(db)
        technician = _technician(db)
        recorder = _Recorder()
        event.listen(db.engine, "before_cursor_execute", recorder)
        homes, took = _plan_once(db, day, technician)  # warm-up, recorded
        event.remove(db.engine, "before_cursor_execute", recorder)
        log(f"plan of {day}: {homes} homes, first run {took * 1000:.0f} ms, "
            f"{len(recorder.statements)} statements")
        plans = [_plan_once(db, day, technician)[1] for _ in range(repeat)]
        floors, parts = [], []
        for _ in range(repeat):
            total, slowest = _floor(db, recorder.statements)
            floors.append(total)
            parts.append(slowest)
        with db.engine.connect() as conn:
            customers = conn.execute(text("SELECT count(*) FROM customer")).scalar_one()
        has_index = _has_index(db, SAMPLE_INDEX_NAME)
        backend = db.engine.dialect.name
    finally:
        db.dispose()
    plan, floor = summary_ms(plans), summary_ms(floors)
    return {
        "bench": "plan", "backend": backend, "source": url if "@" not in url else
        url.rsplit("/", 1)[-1], "customers": customers, "day": day.isoformat(),
        "homes": homes, "statements": len(recorder.statements), "repeat": repeat,
        "plan_ms": plan, "floor_ms": floor,
        "ratio_p50": round(plan["p50"] / floor["p50"], 2) if floor["p50"] else None,
        "slowest_statement_ms": round(max(parts) * 1000, 1),
        "sample_index": has_index, "goal_ms": GOAL_MS,
    }


def _uncommitted(db: Any, actor: Any) -> Any:
    """make_plan's unit of work with its commit held back: flushed, then rolled back."""
    from app.repositories.uow import UnitOfWork

    class Uncommitted(UnitOfWork):
        def commit(self) -> None:
            self.flush()

    return Uncommitted(db, actor)


def _technician(db: Any) -> Any:
    """The data set's first technician: the plan is theirs to make (rule 5.1.2), and the
    workflow refuses a call with nobody signed in (issue 15)."""
    from sqlalchemy import select

    from app.models.staff import Staff
    from app.repositories.uow import Actor, UnitOfWork

    with UnitOfWork(db) as uow:
        row = uow.session.execute(select(Staff).where(
            Staff.role == "technician", Staff.active.is_(True)).order_by(Staff.id)
        ).scalars().first()
        if row is None:
            raise RuntimeError("the data set has no active technician to make the plan")
        role = getattr(row.role, "value", row.role)
        return Actor(id=row.id, job_number=row.job_number, name=row.name, role=str(role))


def _plan_once(db: Any, day: date, actor: Any) -> tuple[int, float]:
    from app.workflows.quality.sampling_plan import make_plan

    started = time.perf_counter()
    view = make_plan(_uncommitted(db, actor), day)
    return len(view.homes), time.perf_counter() - started


def _free_day(db: Any) -> date:
    from app.repositories.quality import QualityRepository
    from app.repositories.uow import UnitOfWork
    from app.workflows.quality.season import season_view

    view = season_view(UnitOfWork(db))
    with UnitOfWork(db) as uow:
        repo = uow.repo(QualityRepository)
        for day in view.sampling_dates:
            if repo.plan_on(day) is None:
                return day
    raise RuntimeError(f"every sampling day of {view.label} has a plan: pass --day")


def _floor(db: Any, statements: list[tuple[str, Any, bool]]) -> tuple[float, float]:
    """The recorded queries as the driver got them (no SQL built, no rows turned into
    objects), in one transaction that is rolled back."""
    slowest = 0.0
    with db.engine.connect() as conn:
        transaction = conn.begin()
        try:
            started = time.perf_counter()
            for statement, parameters, _many in statements:
                if not statement.lstrip().upper().startswith(("SELECT", "WITH")):
                    continue  # the plan's rows: new ids each time on PostgreSQL
                part = time.perf_counter()
                result = conn.exec_driver_sql(statement, parameters)
                if result.returns_rows:
                    result.fetchall()
                slowest = max(slowest, time.perf_counter() - part)
            total = time.perf_counter() - started
        finally:
            transaction.rollback()
    return total, slowest


def _has_index(db: Any, name: str) -> bool:
    from sqlalchemy import text

    sql = ("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = :n"
           if db.engine.dialect.name == "sqlite"
           else "SELECT count(*) FROM pg_indexes WHERE indexname = :n")
    with db.engine.connect() as conn:
        return bool(conn.execute(text(sql), {"n": name}).scalar_one())
