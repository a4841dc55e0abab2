"""`demo --customers N --seed S`: fill a database with reproducible Chinese demo data.

Refuses a database that already has customers unless `--append`, so real data is never
mixed with invented customers by accident. Progress (rate and time left) goes to stderr,
the summary to stdout.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import required_group
from app.clock import FixedClock, system_clock
from app.workflows.demo.fill import DEFAULT_SEED, DemoRefused, generate_demo
from app.workflows.demo.progress import RateProgress
from app.workflows.desk import Desk

EXIT_REFUSED = 2


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo", help="generate demo customers, staff and a season of contacts",
        description="Generate deterministic Chinese demo data (same seed and --now: same "
                    "rows). Demo users and their passwords are listed in the README.")
    required_group(parser).add_argument("--customers", type=int, required=True,
                                        help="number of customers")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help="random seed (the same seed and --now give the same data)")
    parser.add_argument("--contacts-per-customer", type=float, default=3.0,
                        help="average past contacts per customer (default 3)")
    parser.add_argument("--now", help="ISO time the history ends at (default: now), "
                        "e.g. 2026-11-26T09:30+08:00; fixes the data for a seed")
    parser.add_argument("--append", action="store_true",
                        help="add to a database that already has customers")
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def parse_now(text: str | None) -> FixedClock | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("give a time zone, e.g. 2026-11-26T09:30+08:00")
    return FixedClock(moment.astimezone(UTC))


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    say = args.say
    if args.customers < 0:
        raise CommandFailed("demo.negative")
    try:
        clock = parse_now(args.now) or system_clock
    except ValueError:
        raise CommandFailed("demo.now", value=args.now) from None
    desk = args.opener.open(args, Purpose.CREATE)
    progress = RateProgress("demo", "customers", _stderr)
    try:
        summary = generate_demo(
            Desk(db=desk.db, clock=clock), args.customers, args.seed,
            contacts_per_customer=args.contacts_per_customer, append=args.append,
            progress=progress, log=progress.note)
    except DemoRefused as exc:
        raise CommandFailed("demo.refused", detail=str(exc)) from None
    finally:
        desk.db.dispose()
    print(say("demo.done", label=desk.database_label, customers=summary.customers,
              phones=summary.phones, contacts=summary.contacts, tickets=summary.tickets,
              seed=summary.seed, seconds=summary.seconds))
    return 0
