"""Notices: visit notices (rule 3.8.2(1)), posting notices for planned maintenance and
interruptions (rule 5.2.1), work-order sheets, and the record of who was notified when.

Preparing a notice validates everything and builds the print job without writing; the
record is written only when the PDF is saved or the pages went to the printer
(`record_notice`), so a cancelled or failed job leaves no trace and no file.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from app.models.notice import (
    POSTING_REASONS,
    VISIT_REASONS,
    Notice,
    NoticeKind,
    NoticeReason,
)
from app.models.ticket import format_ticket_number
from app.printing.document import PrintJob, Progress
from app.repositories.notices import Household, LastNotice, NoticeRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.letterhead import letterhead_in, wording_in
from app.workflows.notice_pages import posting_pages, scope_text, visit_page, work_order_page
from app.workflows.permissions import Permission, require
from app.workflows.phone import fold
from app.workflows.reports.season import season_from_settings
from app.workflows.settings import Settings, load_settings
from app.workflows.shifts.common import centre_zone

__all__ = ["POSTING_REASONS", "VISIT_REASONS", "LastNotice", "NoticeReason", "PER_HOUSEHOLD",
           "PER_STAIRWELL", "MaintenanceException", "PostingNoticeForm", "PreparedNotice",
           "VisitNoticeForm", "latest_notice", "maintenance_exception", "posting_notice", "record_notice", "save_notice", "visit_notice",
           "work_order_sheets", "scope_choices"]

T = TypeVar("T")
PER_STAIRWELL = "stairwell"
PER_HOUSEHOLD = "household"
MAX_NOTE = 300
MAX_EXCEPTION_REASON = 300
ADVANCE_HOURS = "notice.min_advance_hours"  # rule 5.2.1, a setting (app/workflows/settings.py)
CATEGORY_REASON = {"repair": NoticeReason.REPAIR, "heating_quality": NoticeReason.TEMPERATURE}


@dataclass
class VisitNoticeForm:
    """From a ticket (its customer, unit and assignee) or for a customer without one."""

    ticket_id: int | None = None
    customer_id: int | None = None
    reason: str = ""                 # empty: from the ticket's category
    starts_at: datetime | None = None
    ends_at: datetime | None = None  # no window: the notice prints blanks to fill by hand
    staff: str = ""
    staff_phone: str = ""
    note: str = ""


@dataclass
class PostingNoticeForm:
    estate: str
    reason: str
    starts_at: datetime | None
    ends_at: datetime | None
    building: str = ""
    entrance: str = ""
    note: str = ""
    per: str = PER_STAIRWELL          # one notice per stairwell, or one per household
    # rule 5.2.1: why planned maintenance runs inside the season or at short notice
    exception_reason: str = ""


@dataclass(frozen=True)
class PreparedNotice:
    job: PrintJob
    kind: str
    reason: str
    customer_ids: tuple[int, ...]
    estate: str = ""
    building: str = ""
    entrance: str = ""
    ticket_id: int | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    note: str = ""
    in_season: bool = False           # rule 5.2.1 exception, marked on the record
    short_notice: bool = False
    exception_reason: str = ""

    @property
    def page_count(self) -> int:
        return self.job.page_count


@dataclass(frozen=True)
class NoticeRecord:
    notice_id: int
    households: int
    created_at: datetime


def _window_errors(start: datetime | None, end: datetime | None, *,
                   required: bool) -> dict[str, str]:
    if start is None and end is None:
        return {"starts_at": "required", "ends_at": "required"} if required else {}
    if start is None:
        return {"starts_at": "required"}
    if end is None:
        return {"ends_at": "required"}
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("notice times must be timezone-aware")
    return {"ends_at": "time.order"} if end <= start else {}


def _note_errors(note: str) -> dict[str, str]:
    return {"note": "text.too_long"} if len(note.strip()) > MAX_NOTE else {}


def _staff_phone(typed: str) -> str:
    """The visiting staff's phone as printed: typed full-width by an input method
    (１３９　１２３４) it prints as ASCII digits, keeping the grouping the user typed."""
    return fold(typed).strip()


def visit_notice(uow: UnitOfWork, form: VisitNoticeForm) -> PreparedNotice:
    errors = {**_window_errors(form.starts_at, form.ends_at, required=False),
              **_note_errors(form.note)}
    if form.reason and form.reason not in {r.value for r in VISIT_REASONS}:
        errors["reason"] = "choice.invalid"
    if form.ticket_id is None and form.customer_id is None:
        errors["ticket"] = "required"
    # a notice announces a visit to come: one whose window has ended is refused
    window_ok = not errors.keys() & {"starts_at", "ends_at"}
    if window_ok and form.ends_at is not None and form.ends_at <= uow.clock():
        errors["ends_at"] = "time.past"
    if errors:
        raise ValidationError(errors)
    with uow:
        repo = uow.repo(NoticeRepository)
        row = household = None
        if form.ticket_id is not None:
            row = repo.ticket_sheet(form.ticket_id)
            if row is None:
                raise ValidationError({"ticket": "ticket.unknown"})
            household = row.customer
            if household is None:
                raise ValidationError({"ticket": "ticket.no_customer"})
        else:
            found = repo.households_by_ids([form.customer_id or 0])
            if not found:
                raise ValidationError({"customer": "account.unknown"})
            household = found[0]
        reason = form.reason or CATEGORY_REASON.get(row.category if row else "",
                                                     NoticeReason.INSPECTION).value
        window = (form.starts_at, form.ends_at) if form.starts_at and form.ends_at else None
        page = visit_page(row, household, reason=reason, window=window,
                          staff=form.staff.strip(), staff_phone=_staff_phone(form.staff_phone),
                          note=form.note.strip(), zone=centre_zone(uow), now=uow.clock(),
                          head=letterhead_in(uow), wording=wording_in(uow))
    title = f"上门通知 {household.address}"
    return PreparedNotice(
        job=PrintJob(title, [page]), kind=NoticeKind.VISIT.value, reason=reason,
        customer_ids=(household.customer_id,), estate=household.estate,
        building=household.building, entrance=household.entrance,
        ticket_id=form.ticket_id, starts_at=form.starts_at, ends_at=form.ends_at,
        note=form.note.strip())


@dataclass(frozen=True)
class MaintenanceException:
    """Rule 5.2.1: planned maintenance belongs outside the heating season, announced at least
    `notice.min_advance_hours` ahead; either deviation needs a stated reason."""

    in_season: bool = False
    short_notice: bool = False
    advance_hours: int = 24

    @property
    def needs_reason(self) -> bool:
        return self.in_season or self.short_notice


def _in_season(start: datetime, end: datetime, settings: Settings) -> bool:
    """Any local day of the work inside a heating season (the customer loses heat then)."""
    zone = settings.zone
    first, last = start.astimezone(zone).date(), end.astimezone(zone).date()
    for year in range(first.year - 1, last.year + 1):
        season = season_from_settings(settings.values, f"{year}-{year + 1}")
        if season.start <= last and season.end >= first:
            return True
    return False


def _exception(reason: str, start: datetime | None, end: datetime | None, now: datetime,
               settings: Settings) -> MaintenanceException:
    hours = settings.integer(ADVANCE_HOURS)
    if reason != NoticeReason.MAINTENANCE.value or start is None or end is None or end <= start:
        return MaintenanceException(advance_hours=hours)
    return MaintenanceException(  # rule 5.2.1
        in_season=_in_season(start, end, settings),
        short_notice=start - now < timedelta(hours=hours), advance_hours=hours)


def maintenance_exception(uow: UnitOfWork, reason: str, starts_at: datetime | None,
                          ends_at: datetime | None) -> MaintenanceException:
    """Whether a posting notice with this reason and window needs a stated reason (the bulk
    dialog shows the field when it does)."""
    with uow:
        return _exception(reason, starts_at, ends_at, uow.clock(), load_settings(uow))


def _posting_errors(uow: UnitOfWork, form: PostingNoticeForm) -> dict[str, str]:
    errors = {**_window_errors(form.starts_at, form.ends_at, required=True),
              **_note_errors(form.note)}
    if not form.estate.strip():
        errors["estate"] = "required"
    if form.entrance.strip() and not form.building.strip():
        errors["building"] = "required"
    if form.reason not in {r.value for r in POSTING_REASONS}:
        errors["reason"] = "choice.invalid"
    if form.per not in (PER_STAIRWELL, PER_HOUSEHOLD):
        errors["per"] = "choice.invalid"
    # rule 5.2.1: planned work is announced in advance; an interruption may already run
    if (form.reason != NoticeReason.INTERRUPTION.value and form.starts_at is not None
            and "starts_at" not in errors and form.starts_at <= uow.clock()):
        errors["starts_at"] = "time.past"
    if len(form.exception_reason.strip()) > MAX_EXCEPTION_REASON:
        errors["exception_reason"] = "text.too_long"
    return errors


def _scope_error(repo: NoticeRepository, form: PostingNoticeForm) -> dict[str, str]:
    """Name the first part of the address that matches no household."""
    estate, building = form.estate.strip(), form.building.strip()
    if not repo.households(estate):
        return {"estate": "scope.unknown"}
    if building and not repo.households(estate, building):
        return {"building": "scope.unknown"}
    return {"entrance": "scope.unknown"}


def posting_notice(uow: UnitOfWork, form: PostingNoticeForm) -> PreparedNotice:
    errors = _posting_errors(uow, form)
    if errors:
        raise ValidationError(errors)
    assert form.starts_at is not None and form.ends_at is not None
    estate, building, entrance = form.estate.strip(), form.building.strip(), form.entrance.strip()
    why = form.exception_reason.strip()
    with uow:
        repo = uow.repo(NoticeRepository)
        households = repo.households(estate, building, entrance)
        if not households:
            raise ValidationError(_scope_error(repo, form))
        # rule 5.2.1: inside the season or at short notice only with a stated reason
        exception = _exception(form.reason, form.starts_at, form.ends_at, uow.clock(),
                               load_settings(uow))
        if exception.needs_reason and not why:
            raise ValidationError({"exception_reason": "notice.exception_reason"})
        if not exception.needs_reason:
            why = ""
        groups: list[tuple[str, Household | None]]
        if form.per == PER_HOUSEHOLD:
            groups = [(scope_text(h.estate, h.building, h.entrance), h) for h in households]
        else:
            scopes = dict.fromkeys(scope_text(h.estate, h.building, h.entrance)
                                   for h in households)
            groups = [(scope, None) for scope in scopes]
        pages = posting_pages(groups, reason=form.reason, start=form.starts_at,
                              end=form.ends_at, note=form.note.strip(), zone=centre_zone(uow),
                              now=uow.clock(), head=letterhead_in(uow),
                              wording=wording_in(uow), exception_reason=why)
    title = f"张贴通知 {scope_text(estate, building, entrance)}"
    return PreparedNotice(
        job=PrintJob(title, pages), kind=NoticeKind.POSTING.value, reason=form.reason,
        customer_ids=tuple(h.customer_id for h in households), estate=estate,
        building=building, entrance=entrance, starts_at=form.starts_at,
        ends_at=form.ends_at, note=form.note.strip(), in_season=exception.in_season,
        short_notice=exception.short_notice, exception_reason=why)


def work_order_sheets(uow: UnitOfWork, ticket_ids: list[int]) -> PrintJob:
    """One sheet per order, for the field staff who carry them (no notice is recorded)."""
    if not ticket_ids:
        raise ValidationError({"ticket": "required"})
    with uow:
        repo = uow.repo(NoticeRepository)
        settings = load_settings(uow)
        zone, now = centre_zone(uow), uow.clock()
        head, wording = letterhead_in(uow), wording_in(uow)
        pages = []
        for ticket_id in ticket_ids:
            row = repo.ticket_sheet(ticket_id)
            if row is None:
                raise ValidationError({"ticket": "ticket.unknown"})
            pages.append(work_order_page(row, sla_hours=settings.sla_hours(row.level),
                                         zone=zone, now=now, head=head, wording=wording))
    numbers = ", ".join(format_ticket_number(t) for t in ticket_ids[:3])
    return PrintJob(f"工单 {numbers}", pages)


def record_notice(uow: UnitOfWork, prepared: PreparedNotice) -> NoticeRecord:
    """The notice went out: remember it and every household it reached, and who sent it."""
    actor = require(uow, Permission.NOTICE_RECORD)
    with uow:
        now = uow.clock()
        notice = uow.repo(NoticeRepository).add(Notice(
            kind=NoticeKind(prepared.kind), reason=NoticeReason(prepared.reason),
            estate=prepared.estate, building=prepared.building, entrance=prepared.entrance,
            ticket_id=prepared.ticket_id, starts_at=prepared.starts_at,
            ends_at=prepared.ends_at, note=prepared.note, pages=prepared.page_count,
            in_season=prepared.in_season, short_notice=prepared.short_notice,
            exception_reason=prepared.exception_reason,
            created_by_id=actor.id, created_at=now,
        ), list(prepared.customer_ids))
        record = NoticeRecord(notice.id, len(prepared.customer_ids), now)
        uow.commit()
        return record


def save_notice(uow: UnitOfWork, prepared: PreparedNotice, path: Path,
                progress: Progress | None = None,
                cancelled: Callable[[], bool] | None = None) -> NoticeRecord:
    """Render, write the PDF beside its target, record, then move it into place.

    A cancelled render or a failed write leaves neither a file nor a record.
    """
    data = prepared.job.render_pdf(progress, cancelled)
    return write_pdf_then(path, data, lambda: record_notice(uow, prepared))


def write_pdf_then(path: Path, data: bytes, then: Callable[[], T]) -> T:
    """Write `data` to `path` atomically, running `then()` before the file appears.

    A disk error writes no record; a database error leaves no file.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.partial")
    temporary.write_bytes(data)
    try:
        result = then()
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return result


def latest_notice(uow: UnitOfWork, customer_id: int) -> LastNotice | None:
    with uow:
        return uow.repo(NoticeRepository).latest_for_customer(customer_id)


@dataclass(frozen=True)
class ScopeChoices:
    estates: tuple[str, ...]
    buildings: tuple[str, ...]
    entrances: tuple[str, ...]
    households: int


def scope_choices(uow: UnitOfWork, estate: str = "", building: str = "",
                  entrance: str = "") -> ScopeChoices:
    """What the bulk dialog offers at each level, and how many households are chosen."""
    with uow:
        repo = uow.repo(NoticeRepository)
        buildings = tuple(repo.buildings(estate)) if estate else ()
        entrances = tuple(repo.entrances(estate, building)) if estate and building else ()
        count = len(repo.households(estate, building, entrance)) if estate else 0
        return ScopeChoices(tuple(repo.estates()), buildings, entrances, count)


def customer_by_account(uow: UnitOfWork, account_number: str) -> int | None:
    with uow:
        return uow.customers.id_by_account(account_number.strip())
