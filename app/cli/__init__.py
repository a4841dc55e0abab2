"""Headless commands: `python main.py <command> ...` and the `heatdesk` console script.

Each command lives in its own module with `register(subparsers)`; the module list below is
the only place that names them all.
"""

from __future__ import annotations

import argparse
import importlib

COMMAND_MODULES = [
    "app.cli.db_cmd",
    "app.cli.user_cmd",
    "app.cli.ring_cmd",
    "app.cli.demo_cmd",
    "app.cli.bench_cmd",
    "app.cli.print_cmd",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="heatdesk", description="HeatDesk 供热客服工作台")
    parser.add_argument("--db", help="database URL (default: the embedded SQLite file, "
                        "or HEATDESK_DB_URL)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="user interface language (default: zh_CN)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created with demo data on first use)")
    sub = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def run(argv: list[str] | None = None) -> int:
    """Run a command; without one, open the workstation."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from app.ui.main import run_gui  # Qt is imported only when the GUI opens

        return run_gui(args)
    return int(args.func(args) or 0)
