"""`bench screen-pop`: build a large data set and print the hot paths' timings as JSON.

One JSON object goes to stdout (for scripts and docs/benchmarks.md); progress goes to
stderr. Benchmarks report figures; they never fail on a slow machine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.workflows.demo.fill import DEFAULT_SEED

EXIT_REFUSED = 2


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("bench", help="performance figures (prints JSON)")
    kinds = parser.add_subparsers(dest="bench", required=True)
    pop = kinds.add_parser(
        "screen-pop", help="ring → card painted, save and start-up timings (JSON)",
        description="Build (or reuse) a demo data set, or take --db as it is, and time a "
                    "ring until the card is painted in the desk window (offscreen) for a "
                    "mix of callers, beside the pop's raw SQL; saving a work order (on a "
                    "copy) and the start-up of the workstation.")
    pop.add_argument("--customers", type=int, default=1_000_000)
    pop.add_argument("--contacts-per-customer", type=float, default=3.0)
    pop.add_argument("--seed", type=int, default=DEFAULT_SEED)
    pop.add_argument("--samples", type=int, default=1000,
                     help="calls to ring, shared out over the kinds of caller")
    pop.add_argument("--stall-samples", type=int, default=10,
                     help="rings per kind under the GUI-thread stall meter")
    pop.add_argument("--as-is", action="store_true",
                     help="measure the --db database as it is (read-only, any data)")
    pop.add_argument("--saves", type=int, default=200, help="work orders to save")
    pop.add_argument("--no-startup", action="store_true",
                     help="skip launching the workstation")
    pop.add_argument("--db", dest="db_url",
                     help="an empty database (default: a SQLite file in the temp dir, "
                          "reused when it holds the same data set)")
    pop.set_defaults(func=run)
    from bench.print_bench import register_print_bench  # `bench print`

    register_print_bench(kinds)
    from bench.queues_cli import register_queue_bench  # `bench queues`

    register_queue_bench(kinds)
    from bench.claims_bench import register_claims_bench  # `bench claims`

    register_claims_bench(kinds)
    from bench.gui_stall import register_gui_stall_bench  # `bench gui-stall`

    register_gui_stall_bench(kinds)
    from bench.audit_bench import register_audit_bench  # `bench audit`

    register_audit_bench(kinds)
    from bench.sweep_bench import register_sweep_bench  # `bench sweep`

    register_sweep_bench(kinds)
    from bench.outage_bench import register_outage_bench  # `bench outage`

    register_outage_bench(kinds)
    from bench.plan_bench import register_plan_bench  # `bench plan`

    register_plan_bench(kinds)
    from bench.reports import register_reports_bench  # `bench reports`

    register_reports_bench(kinds)
    from bench.import_bench import register_import_bench  # `bench import`

    register_import_bench(kinds)
    from bench.search_bench import register_search_bench  # `bench search`

    register_search_bench(kinds)
    for kind in kinds.choices.values():  # every bench reads the machine from its start
        kind.set_defaults(func=_metered(kind.get_default("func")))


def _metered(run_bench: Callable[[argparse.Namespace], int]
             ) -> Callable[[argparse.Namespace], int]:
    def run_metered(args: argparse.Namespace) -> int:
        from bench import machine

        machine.start()
        return run_bench(args)

    return run_metered


def run(args: argparse.Namespace) -> int:
    from bench.machine import emit
    from bench.screen_pop import BenchError, run_screen_pop_bench  # heavy: only when asked

    if args.customers < 1 or args.samples < 1 or args.saves < 0:
        print(args.say("bench.positive"), file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_screen_pop_bench(
            args.customers, contacts_per_customer=args.contacts_per_customer,
            db_url=args.db_url or args.db, seed=args.seed, samples=args.samples,
            saves=args.saves, startup=not args.no_startup,
            stall_samples=args.stall_samples, as_is=args.as_is)
    except BenchError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0
