"""The audit viewer (issue 15, ASVS 7.1): who did what, when and at which desk, for
supervisors and administrators; read-only, exportable to Excel.

Pages are keyset pages (`before_id`): the next page continues below the last id shown, so
a page deep in millions of events costs what the first costs (app/repositories/security).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path

from app.repositories.security import AuditFilter, AuditLogRepository, AuditRow
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings

PAGE_SIZE = 200
EXPORT_LIMIT = 100_000  # one workbook; a longer period is exported in parts
ENTITIES = {"order": "ticket", "customer": "customer", "staff": "staff"}

__all__ = ["AuditPage", "AuditQuery", "AuditRow", "audit_desks", "audit_page", "export_audit"]


@dataclass(frozen=True)
class AuditQuery:
    person_id: int | None = None
    desk: str = ""
    order_id: int | None = None
    customer_id: int | None = None
    customer_account: str = ""  # the account number as typed: resolved to the customer
    first: date | None = None  # centre-local days, inclusive
    last: date | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    next_before: int | None  # None: this was the last page


def _filter(query: AuditQuery, zone: tzinfo) -> AuditFilter:
    if query.first and query.last and query.last < query.first:
        raise ValidationError({"last": "date.order"})
    if query.order_id is not None and query.customer_id is not None:
        raise ValidationError({"customer": "audit.one_record"})
    entity, entity_id = None, None
    if query.order_id is not None:
        entity, entity_id = "ticket", query.order_id
    elif query.customer_id is not None:
        entity, entity_id = "customer", query.customer_id
    since = datetime.combine(query.first, time(), zone) if query.first else None
    until = (datetime.combine(query.last + timedelta(days=1), time(), zone)
             if query.last else None)
    return AuditFilter(person_id=query.person_id, desk=query.desk.strip() or None,
                       entity=entity, entity_id=entity_id, since=since, until=until)


def audit_page(uow: UnitOfWork, query: AuditQuery, before_id: int | None = None,
               limit: int = PAGE_SIZE) -> AuditPage:
    with uow:
        require(uow, Permission.AUDIT_VIEW)
        if query.customer_account.strip():
            found = uow.repo(AuditLogRepository).customer_id(query.customer_account.strip())
            if found is None:
                raise ValidationError({"customer": "account.unknown"})
            query = replace(query, customer_id=found, customer_account="")
        f = _filter(query, load_settings(uow).zone)
        rows = uow.repo(AuditLogRepository).page(f, before_id, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return AuditPage(rows, rows[-1].id if more and rows else None)


def audit_desks(uow: UnitOfWork) -> list[str]:
    with uow:
        require(uow, Permission.AUDIT_VIEW)
        return uow.repo(AuditLogRepository).desks()


def export_audit(uow: UnitOfWork, query: AuditQuery, path: Path, zone: tzinfo) -> int:
    """The events of `query` (newest first, at most EXPORT_LIMIT) into an .xlsx file;
    returns how many rows were written. Reading only: the export writes no event."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("audit")
    sheet.append(["id", "time", "job number", "name", "desk", "record", "record id",
                  "action", "changes"])
    written, before = 0, None
    while written < EXPORT_LIMIT:
        page = audit_page(uow, query, before, min(PAGE_SIZE * 5, EXPORT_LIMIT - written))
        for r in page.rows:
            sheet.append([r.id, r.occurred_at.astimezone(zone).replace(tzinfo=None),
                          r.actor_job_number or "", r.actor_name or "", r.desk or "",
                          r.entity, r.entity_id, r.action, describe_changes(r.changes)])
        written += len(page.rows)
        if page.next_before is None:
            break
        before = page.next_before
    book.save(path)
    return written


def describe_changes(changes: dict) -> str:
    """One line: `field: old -> new` for updates, `field=value` for the rest."""
    parts = []
    for key, value in sorted(changes.items()):
        if isinstance(value, list) and len(value) == 2:
            parts.append(f"{key}: {value[0]} -> {value[1]}")
        else:
            parts.append(f"{key}={value}")
    return "; ".join(parts)
