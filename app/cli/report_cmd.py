"""`report <name> --season 2025-2026 -o out.pdf|out.xlsx`: a section-5 report as a file.

An unknown report, season or file type is one clear line on stderr, exit status 2, and no
file written (the bytes are finished before the file is created).
"""

from __future__ import annotations

import argparse
import sys

from app.workflows.desk import open_desk
from app.workflows.errors import ValidationError
from app.workflows.reports.export import (
    build_report,
    format_of,
    render,
    write_atomically,
)
from app.workflows.reports.registry import reports


def _names() -> str:
    return ", ".join(r.name for r in reports())


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="service-quality report as PDF or Excel")
    parser.add_argument("name", help="report name (see --list)", nargs="?")
    parser.add_argument("--season", help="heating season, e.g. 2025-2026")
    parser.add_argument("-o", "--output", help="out.pdf or out.xlsx")
    parser.add_argument("--list", action="store_true", help="list the reports")
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def _messages(code: str, args: argparse.Namespace) -> str:
    return {
        "report.unknown": f"report {args.name!r} is unknown; choose one of: {_names()}",
        "invalid": f"season {args.season!r} is not a season like 2025-2026",
        "report.format": f"output {args.output!r} must end in .pdf or .xlsx",
        "required": "is required",
    }.get(code, code)


def run(args: argparse.Namespace) -> int:
    if args.list:
        for report in reports():
            print(f"{report.name}\t{report.title}")
        return 0
    missing = [flag for flag, value in (("name", args.name), ("--season", args.season),
                                        ("-o", args.output)) if not value]
    if missing:
        print(f"error: {', '.join(missing)} required; reports: {_names()}", file=sys.stderr)
        return 2
    desk = None
    try:
        fmt = format_of(args.output)
        desk = open_desk(args.db_url or getattr(args, "db", None))
        built = build_report(desk, args.name, args.season)
        write_atomically(args.output, render(desk, built, fmt))
    except ValidationError as exc:
        for code in exc.errors.values():
            print(f"error: {_messages(code, args)}; no file written", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        if desk is not None:
            desk.db.dispose()
    print(f"{built.report.title} {built.season.label}: {len(built.figures)} figure(s) "
          f"written to {args.output}")
    return 0
