"""`report <name> --season 2025-2026 -o out.pdf|out.xlsx`: a section-5 report as a file.

An unknown report, season or file type is one sentence on stderr, exit status 2, and no
file written (the bytes are finished before the file is created). The file gets the same
permissions as a printed PDF (app/workflows/reports/export.py:write_atomically).
"""

from __future__ import annotations

import argparse
import sys

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import required_group


def _names() -> str:
    from app.workflows.reports.registry import reports

    return ", ".join(r.name for r in reports())


class _ListReports(argparse.Action):
    """`--list` prints the reports and ends, like --help, before the required arguments."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="list the reports and exit")

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        from app.workflows.reports.registry import reports

        for report in reports():
            print(f"{report.name}\t{report.title}")
        parser.exit(0)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("report", help="service-quality report as PDF or Excel",
                            description="Write one heating season's report as a PDF or "
                                        "Excel file (see --list for the reports).")
    required = required_group(parser)
    required.add_argument("name", help="report name (see --list)")
    required.add_argument("--season", required=True, help="heating season, e.g. 2025-2026")
    required.add_argument("-o", "--output", required=True, help="out.pdf or out.xlsx")
    parser.add_argument("--list", action=_ListReports)
    parser.add_argument("--db", dest="db_url", help="database URL")
    parser.set_defaults(func=run)


def _refusal(code: str, args: argparse.Namespace) -> str:
    say = args.say
    key = {"report.unknown": "report.unknown", "invalid": "report.season",
           "report.format": "report.format"}.get(code)
    if key is None:
        return say("error", text=code)
    return say(key, name=args.name, names=_names(), season=args.season, path=args.output)


def run(args: argparse.Namespace) -> int:
    from app.workflows.errors import ValidationError
    from app.workflows.reports.export import build_report, format_of, render, write_atomically

    say = args.say
    desk = None
    try:
        fmt = format_of(args.output)
        desk = args.opener.open(args, Purpose.READ)
        built = build_report(desk, args.name, args.season)
        write_atomically(args.output, render(desk, built, fmt))
    except ValidationError as exc:
        lines = [_refusal(code, args) for code in exc.errors.values()]
        raise CommandFailed("raw", text="\n".join([*lines, say("nothing_written")])) from None
    except OSError as exc:
        raise CommandFailed("report.write", path=args.output,
                            reason=exc.strerror or exc) from None
    finally:
        if desk is not None:
            desk.db.dispose()
    print(say("report.written", title=built.report.title, season=built.season.label,
              count=len(built.figures), path=args.output), file=sys.stdout)
    return 0
