"""Headless commands: `python main.py <command> ...` and the `heatdesk` console script.

Each command lives in its own module with `register(subparsers)`; the table below is the
only place that names them all. Only the module of the command being run is imported (and
none when the workstation opens), so start-up does not pay for ReportLab or Faker.
"""

from __future__ import annotations

import argparse
import importlib

COMMAND_MODULES = {
    "db": "app.cli.db_cmd",
    "user": "app.cli.user_cmd",
    "ring": "app.cli.ring_cmd",
    "demo": "app.cli.demo_cmd",
    "bench": "app.cli.bench_cmd",
    "print": "app.cli.print_cmd",
    "report": "app.cli.report_cmd",
}


def _global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="database URL (default: the embedded SQLite file, "
                        "or HEATDESK_DB_URL)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="user interface language (default: zh_CN)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created with demo data on first use)")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The full parser, or one with just the command `only` registered."""
    parser = argparse.ArgumentParser(prog="heatdesk", description="HeatDesk 供热客服工作台")
    _global_options(parser)
    sub = parser.add_subparsers(dest="command")
    for name, module in COMMAND_MODULES.items():
        if only is None or name == only:
            importlib.import_module(module).register(sub)
    return parser


def run(argv: list[str] | None = None) -> int:
    """Run a command; without one, open the workstation."""
    front = argparse.ArgumentParser(add_help=False)
    _global_options(front)
    known, rest = front.parse_known_args(argv)
    if not rest:
        from app.ui.main import run_gui  # Qt is imported only when the GUI opens

        return run_gui(known)
    parser = build_parser(rest[0] if rest[0] in COMMAND_MODULES else None)
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui

        return run_gui(args)
    return int(args.func(args) or 0)
