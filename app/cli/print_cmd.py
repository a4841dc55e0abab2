"""`print visit-notice | posting-notice | work-order`: the notices as PDF files.

A bad argument is one sentence on stderr naming it, exit status 2, and no file (the PDF is
written beside its target and moved into place only after the notice was recorded).
`--ticket` takes the order number as printed on every sheet (GD00001234) or its digits.

Recording a notice (who was told, when) is a write like any other, decided by the role table
(`notices.record`, issue 15): before it records, the command signs in as the staff member of
`--user` (else asked) with their password, always asked (getpass, never an option: `ps` and
the shell history would show it). A wrong password counts as a failed login. A draft
(`--no-record`) and work-order sheets record nothing and ask nothing.
"""

from __future__ import annotations

import argparse
import re
from datetime import date, datetime, tzinfo
from pathlib import Path

from app.cli.database import CommandFailed, Purpose
from app.cli.messages import current, required_group
from app.cli.sign_in import sign_in
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied, ValidationError
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

_WINDOW = re.compile(r"(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})")


class ArgumentProblem(Exception):
    def __init__(self, field: str, code: str) -> None:
        super().__init__(f"{field}: {code}")
        self.errors = {field: code}


def ticket_number(text: str) -> int:
    """argparse type of --ticket: GD00001234 as printed, gd1234 or 1234."""
    from app.workflows.tickets.numbers import ticket_id_of

    found = ticket_id_of(text)
    if found is None:
        raise argparse.ArgumentTypeError(current()("print.ticket_value", value=text))
    return found


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("print", help="notices and work-order sheets as PDF")
    kinds = parser.add_subparsers(dest="document", required=True)
    visit = kinds.add_parser(
        "visit-notice", help="上门通知 for one household",
        description="Print a 上门通知 (visit notice) for the household of a work order or a "
                    "customer account.")
    visit_required = required_group(visit)
    target = visit_required.add_mutually_exclusive_group(required=True)
    target.add_argument("--ticket", type=ticket_number,
                        help="work order number as printed (GD00001234) or its digits")
    target.add_argument("--account", help="customer account number (no work order)")
    visit.add_argument("--reason", choices=[r.value for r in VISIT_REASONS],
                       help="why the household is visited")
    visit.add_argument("--date", help="visit day YYYY-MM-DD (omit: blanks to fill by hand)")
    visit.add_argument("--window", help="time window HH:MM-HH:MM, e.g. 09:00-12:00")
    visit.add_argument("--staff", default="", help="who visits")
    visit.add_argument("--staff-phone", default="", help="the visiting staff member's phone")
    visit.add_argument("--note", default="", help="a note printed on the notice")
    posting = kinds.add_parser(
        "posting-notice", help="张贴通知 for a building or stairwell",
        description="Print a 张贴通知 (posting notice) for the households of an estate, "
                    "building or stairwell, and record them as notified.")
    posting_required = required_group(posting)
    posting_required.add_argument("--estate", required=True,
                                  help="estate (小区) as in the customer records")
    posting.add_argument("--building", default="", help="building (楼号)")
    posting.add_argument("--unit", default="", help="stairwell (单元)")
    posting_required.add_argument("--reason", required=True,
                                  choices=[r.value for r in POSTING_REASONS],
                                  help="the notice's kind")
    posting_required.add_argument("--from", dest="start", required=True,
                                  help="YYYY-MM-DD HH:MM")
    posting_required.add_argument("--to", dest="end", required=True,
                                  help="YYYY-MM-DD HH:MM or HH:MM")
    posting.add_argument("--per", choices=[PER_STAIRWELL, PER_HOUSEHOLD], default=PER_STAIRWELL,
                         help="one notice per stairwell (default) or per household")
    posting.add_argument("--note", default="", help="a note printed on the notice")
    posting.add_argument("--exception-reason", default="",
                         help="why planned maintenance falls in the heating season or comes "
                              "at short notice (required then)")
    order = kinds.add_parser(
        "work-order", help="work-order sheet for field staff",
        description="Print work-order sheets for field staff, several in one PDF.")
    order_required = required_group(order)
    order_required.add_argument(
        "--ticket", type=ticket_number, required=True, action="append",
        help="work order number as printed (GD00001234) or its digits; repeat for several "
             "sheets in one PDF")
    for each, group in ((visit, visit_required), (posting, posting_required),
                        (order, order_required)):
        group.add_argument("-o", "--output", required=True, type=Path, help="PDF file")
        each.add_argument("--db", dest="db_url", help="database URL")
    for each in (visit, posting):
        each.add_argument("--no-record", action="store_true",
                          help="a draft: do not record the households as notified")
        each.add_argument("--user", help="job number of the staff member who records the "
                                         "notice (else asked; the password is always asked)")
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
        if not args.date:
            raise ArgumentProblem("date", "window.format")
        try:
            day = date.fromisoformat(args.date.strip())
        except ValueError:
            raise ArgumentProblem("date", "date.format") from None
        match = _WINDOW.fullmatch((args.window or "").strip())
        if match is None:
            raise ArgumentProblem("window", "window.format")
        starts = parse_local(f"{day} {match.group(1)}", desk.zone, "window")
        ends = parse_local(f"{day} {match.group(2)}", desk.zone, "window")
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
                             note=args.note, per=args.per,
                             exception_reason=args.exception_reason)


def _write(desk: Desk, args: argparse.Namespace) -> str:
    say = args.say
    if args.document == "work-order":
        job = work_order_sheets(desk.uow(), args.ticket)
        write_pdf_then(args.output, job.render_pdf(), lambda: None)
        return say("print.work_orders", pages=job.page_count, path=args.output)
    prepared: PreparedNotice
    if args.document == "visit-notice":
        prepared = visit_notice(desk.uow(), _visit_form(desk, args))
    else:
        prepared = posting_notice(desk.uow(), _posting_form(desk, args))
    data = prepared.job.render_pdf()
    if args.no_record:
        write_pdf_then(args.output, data, lambda: None)
        return say("print.draft", pages=prepared.page_count, path=args.output)
    desk = _signed_in(desk, args)
    record = write_pdf_then(args.output, data, lambda: record_notice(desk.uow(), prepared))
    return say("print.recorded", pages=prepared.page_count, path=args.output,
               households=record.households, notice=record.notice_id)


SIGN_IN = {
    "en": {"user": "Your job number: ", "password": "Password of {job}: ",
           "login_failed": "The job number or password is not correct, or the account is "
                           "locked; nothing was recorded.",
           "change_password": "The password of {job} must be changed first (at the desk or "
                              "with `user passwd`); nothing was recorded.",
           "refused": "Refused: {reason}."},
    "zh_CN": {"user": "您的工号：", "password": "{job} 的密码：",
              "login_failed": "工号或密码不对，或账号已锁定；未登记任何通知。",
              "change_password": "{job} 须先修改密码（在工作台或用 `user passwd`）；"
                                 "未登记任何通知。",
              "refused": "拒绝：{reason}。"},
}


def _sign_in_text(args: argparse.Namespace, key: str, **values: str) -> str:
    language = getattr(args.say, "language", "en")
    return SIGN_IN.get(language, SIGN_IN["en"])[key].format(**values)


def _signed_in(desk: Desk, args: argparse.Namespace) -> Desk:
    """The desk as the staff member who records the notice (their password, asked)."""
    job = (args.user or input(_sign_in_text(args, "user"))).strip()
    return sign_in(desk, job, _sign_in_text(args, "password", job=job),
                   _sign_in_text(args, "login_failed"),
                   change_required=_sign_in_text(args, "change_password", job=job))


_FIELD_NAMES = {"building": "--building", "entrance": "--unit", "estate": "--estate",
                "starts_at": "--from", "ends_at": "--to", "ticket": "--ticket",
                "from": "--from", "to": "--to", "date": "--date", "window": "--window",
                "account": "--account", "customer": "--account", "note": "--note",
                "reason": "--reason", "per": "--per",
                "exception_reason": "--exception-reason"}
# a visit has a day and a window, not --from/--to: its times are named after those
_VISIT_FIELD_NAMES = {**_FIELD_NAMES, "starts_at": "--window", "ends_at": "--window"}


def _argument(document: str, field: str, code: str) -> str:
    if document == "visit-notice":
        if code == "time.past":
            return "--date"
        return _VISIT_FIELD_NAMES.get(field, field)
    return _FIELD_NAMES.get(field, field)


def run(args: argparse.Namespace) -> int:
    say = args.say
    desk = args.opener.open(args, Purpose.READ)
    try:
        print(_write(desk, args))
    except (ValidationError, ArgumentProblem) as exc:
        lines = [say("print.field", arg=_argument(args.document, field, code),
                     problem=say.code(code)) for field, code in exc.errors.items()]
        raise CommandFailed("raw", text="\n".join([*lines, say("nothing_written")])) from None
    except PermissionDenied as exc:
        raise CommandFailed("raw", text="\n".join([
            _sign_in_text(args, "refused", reason=str(exc)), say("nothing_written")])) from None
    except OSError as exc:
        raise CommandFailed("report.write", path=args.output,
                            reason=exc.strerror or exc) from None
    finally:
        desk.db.dispose()
    return 0
