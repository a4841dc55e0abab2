"""`print visit-notice | posting-notice | work-order`: the notices as PDF files.

A bad argument is one clear line on stderr, exit status 2, and no file (the PDF is written
beside its target and moved into place only after the notice was recorded).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import datetime, tzinfo
from pathlib import Path

from app.workflows.desk import Desk, open_desk
from app.workflows.errors import ValidationError
from app.workflows.notices import (
    PER_HOUSEHOLD,
    PER_STAIRWELL,
    POSTING_REASONS,
    VISIT_REASONS,
    PostingNoticeForm,
    PreparedNotice,
    VisitNoticeForm,
    customer_by_account,
    posting_notice,
    record_notice,
    visit_notice,
    work_order_sheets,
    write_pdf_then,
)

MESSAGES = {
    "required": "is required",
    "time.order": "the end must come after the start",
    "time.past": "lies in the past; planned work is announced in advance (rule 5.2.1)",
    "time.format": "use YYYY-MM-DD HH:MM (or HH:MM for an end on the same day)",
    "window.format": "give the day as --date YYYY-MM-DD and the window as --window HH:MM-HH:MM",
    "scope.unknown": "no household of ours there",
    "ticket.unknown": "no such work order",
    "ticket.no_customer": "the work order has no customer to notify",
    "account.unknown": "no such account number",
    "choice.invalid": "is not one of the choices",
    "text.too_long": "is too long",
}
_WINDOW = re.compile(r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})")


class ArgumentProblem(Exception):
    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.errors = {field: code}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", help="notices and work-order sheets as PDF")
    kinds = parser.add_subparsers(dest="document", required=True)
    visit = kinds.add_parser("visit-notice", help="上门通知 for one household")
    target = visit.add_mutually_exclusive_group(required=True)
    target.add_argument("--ticket", type=int, help="work order id (GD number without GD)")
    target.add_argument("--account", help="customer account number (no work order)")
    visit.add_argument("--reason", choices=[r.value for r in VISIT_REASONS])
    visit.add_argument("--date", help="visit day YYYY-MM-DD (omit: blanks to fill by hand)")
    visit.add_argument("--window", help="time window HH:MM-HH:MM, e.g. 09:00-12:00")
    visit.add_argument("--staff", default="", help="who visits")
    visit.add_argument("--staff-phone", default="")
    visit.add_argument("--note", default="")
    posting = kinds.add_parser("posting-notice", help="张贴通知 for a building or stairwell")
    posting.add_argument("--estate", required=True)
    posting.add_argument("--building", default="")
    posting.add_argument("--unit", default="", help="stairwell (单元)")
    posting.add_argument("--reason", required=True, choices=[r.value for r in POSTING_REASONS])
    posting.add_argument("--from", dest="start", required=True, help="YYYY-MM-DD HH:MM")
    posting.add_argument("--to", dest="end", required=True, help="YYYY-MM-DD HH:MM or HH:MM")
    posting.add_argument("--per", choices=[PER_STAIRWELL, PER_HOUSEHOLD], default=PER_STAIRWELL)
    posting.add_argument("--note", default="")
    order = kinds.add_parser("work-order", help="work-order sheet for field staff")
    order.add_argument("--ticket", type=int, required=True, action="append",
                       help="work order id; repeat for several sheets in one PDF")
    for each in (visit, posting, order):
        each.add_argument("-o", "--output", required=True, type=Path, help="PDF file")
        each.add_argument("--db", dest="db_url", help="database URL")
    for each in (visit, posting):
        each.add_argument("--no-record", action="store_true",
                          help="a draft: do not record the households as notified")
    parser.set_defaults(func=run)


def parse_local(text: str, zone: tzinfo, field: str,
                day_of: datetime | None = None) -> datetime:
    text = text.strip()
    for pattern in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"):
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=zone)
        except ValueError:
            pass
    if day_of is not None and re.fullmatch(r"\d{1,2}:\d{2}", text):
        hour, minute = (int(p) for p in text.split(":"))
        if hour < 24 and minute < 60:
            return day_of.replace(hour=hour, minute=minute)
    raise ArgumentProblem(field, "time.format")


def _visit_form(desk: Desk, args: argparse.Namespace) -> VisitNoticeForm:
    starts = ends = None
    if args.date or args.window:
        zone = desk.zone
        match = _WINDOW.fullmatch((args.window or "").strip())
        if not args.date or match is None:
            raise ArgumentProblem("window" if args.date else "date", "window.format")
        starts = parse_local(f"{args.date} {match.group(1)}", zone, "date")
        ends = parse_local(f"{args.date} {match.group(2)}", zone, "window")
    customer_id = None
    if args.account:
        customer_id = customer_by_account(desk.uow(), args.account)
        if customer_id is None:
            raise ArgumentProblem("account", "account.unknown")
    return VisitNoticeForm(ticket_id=args.ticket, customer_id=customer_id,
                           reason=args.reason or "", starts_at=starts, ends_at=ends,
                           staff=args.staff, staff_phone=args.staff_phone, note=args.note)


def _posting_form(desk: Desk, args: argparse.Namespace) -> PostingNoticeForm:
    zone = desk.zone
    starts = parse_local(args.start, zone, "from")
    ends = parse_local(args.end, zone, "to", day_of=starts)
    return PostingNoticeForm(estate=args.estate, building=args.building, entrance=args.unit,
                             reason=args.reason, starts_at=starts, ends_at=ends,
                             note=args.note, per=args.per)


def _write(desk: Desk, args: argparse.Namespace) -> str:
    if args.document == "work-order":
        job = work_order_sheets(desk.uow(), args.ticket)
        write_pdf_then(args.output, job.render_pdf(), lambda: None)
        return f"{job.page_count} work-order sheet(s) written to {args.output}"
    prepared: PreparedNotice
    if args.document == "visit-notice":
        prepared = visit_notice(desk.uow(), _visit_form(desk, args))
    else:
        prepared = posting_notice(desk.uow(), _posting_form(desk, args))
    data = prepared.job.render_pdf()
    if args.no_record:
        write_pdf_then(args.output, data, lambda: None)
        return f"{prepared.page_count} page(s) written to {args.output} (not recorded)"
    record = write_pdf_then(args.output, data, lambda: record_notice(desk.uow(), prepared))
    return (f"{prepared.page_count} page(s) written to {args.output}; "
            f"{record.households} household(s) recorded as notified (notice {record.notice_id})")


_FIELD_NAMES = {"building": "--building", "entrance": "--unit", "estate": "--estate",
                "starts_at": "--from", "ends_at": "--to", "ticket": "--ticket",
                "from": "--from", "to": "--to", "date": "--date", "window": "--window",
                "account": "--account", "customer": "--account", "note": "--note",
                "reason": "--reason"}


def run(args: argparse.Namespace) -> int:
    desk = open_desk(args.db_url or args.db)
    try:
        print(_write(desk, args))
    except (ValidationError, ArgumentProblem) as exc:
        for field, code in exc.errors.items():
            name = _FIELD_NAMES.get(field, field)
            print(f"error: {name} {MESSAGES.get(code, code)} ({code}); no file written",
                  file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        desk.db.dispose()
    return 0

