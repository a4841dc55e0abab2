"""`bench queues`: first page of every queue, a filter change, an order's history, and the
claim p95 with 20 concurrent desks on PostgreSQL."""

from __future__ import annotations

import argparse
import sys

from bench.machine import emit


def register_queue_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "queues", help="work-order queue timings on a large data set",
        description="Build (or reuse) a data set of work orders (one in fifteen open) and "
                    "time the first page of each queue, a filter change, the next page and "
                    "opening an order's history.")
    parser.add_argument("--tickets", type=int, default=3_000_000)
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--claim-think-ms", type=float, default=100.0,
                        help="pause of each of the 20 claiming desks between claims")
    parser.add_argument("--db", dest="queue_db_url",
                        help="an empty database (default: a SQLite file in the temp dir, "
                             "reused when it holds the same data set)")
    parser.add_argument("--window-open-only", action="store_true",
                        help="time only F6 to the first page painted (and its GUI stall) on "
                             "--db as it is, e.g. a demo or full-size set; it only reads")
    parser.set_defaults(func=run_queue_command)


def run_queue_command(args: argparse.Namespace) -> int:
    from bench.queues import BenchError, run_queue_bench  # heavy: only when asked

    if args.tickets < 15 or args.samples < 2:
        print("--tickets must be at least 15 and --samples at least 2", file=sys.stderr)
        return 2
    if args.window_open_only:
        from bench.queue_window_open import run_window_open

        emit(run_window_open(args.queue_db_url or args.db, args.samples))
        return 0
    try:
        result = run_queue_bench(args.tickets, db_url=args.queue_db_url or args.db,
                                 seed=args.seed, samples=args.samples)
    except BenchError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    result["claim"] = _claim_figure(args.queue_db_url or args.db, args.claim_think_ms)
    emit(result)
    return 0


def _claim_figure(db_url: str | None, think_ms: float) -> dict:
    """20 desks claiming on PostgreSQL: the given server, else a throwaway local database."""
    from bench.claims_bench import run_claim_bench

    pg_url = db_url if db_url and db_url.startswith("postgres") else None
    print("claims: 20 desks on PostgreSQL", file=sys.stderr)
    try:
        return run_claim_bench(pg_url, desks=20, think_ms=think_ms)
    except Exception as exc:  # no PostgreSQL to claim on: say so in the figures
        return {"claim_ms": None, "reason": f"{type(exc).__name__}: {exc}"}
