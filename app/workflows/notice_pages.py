"""Turning stored rows into printable pages: words for reasons, levels and local times.

Kept apart from the use cases in `notices.py` so the page contents can be read (and
changed) in one place; everything here is plain data in, page callables out.
"""

from __future__ import annotations

from datetime import datetime, timezone
from functools import partial

from app.models.customer import join_address
from app.printing.document import Page
from app.printing.letterhead import Letterhead
from app.printing.names_zh import CATEGORY as CATEGORY_WORDS
from app.printing.names_zh import LEVEL as LEVEL_WORDS
from app.printing.posting_notice import PostingNotice, draw_posting_notice
from app.printing.visit_notice import VisitNotice, draw_visit_notice
from app.printing.wording import cn_date, cn_day, cn_moment, cn_window
from app.printing.work_order_sheet import WorkOrderSheet, draw_work_order_sheet
from app.repositories.notices import Household, TicketSheetRow


def scope_text(estate: str, building: str = "", entrance: str = "") -> str:
    return join_address("", estate, building, entrance, "")


def visit_page(row: TicketSheetRow | None, household: Household, *, reason: str,
               window: tuple[datetime, datetime] | None, staff: str, staff_phone: str,
               note: str, zone: timezone, now: datetime, head: Letterhead,
               wording: dict[str, str]) -> Page:
    shown = None
    if window is not None:
        shown = cn_window(window[0].astimezone(zone), window[1].astimezone(zone))
    notice = VisitNotice(
        customer_name=household.name, address=household.address,
        account_number=household.account_number, reason=wording[f"reason.{reason}"],
        window=shown, staff=staff or (row.assignee_name if row else ""),
        staff_phone=staff_phone or (row.unit_phone if row else ""),
        unit=row.unit_name if row else "", ticket_number=row.number if row else "",
        issued=cn_day(now.astimezone(zone)), note=note)
    return partial(draw_visit_notice, notice=notice, head=head, wording=wording)


def posting_pages(groups: list[tuple[str, Household | None]], *, reason: str,
                  start: datetime, end: datetime, note: str, zone: timezone, now: datetime,
                  head: Letterhead, wording: dict[str, str],
                  exception_reason: str = "") -> list[Page]:
    """One page per (scope, household-or-None) group, numbered "第 i/n 页"; a planned
    maintenance inside the season or at short notice says why (rule 5.2.1)."""
    start_text = f"{cn_date(start.astimezone(zone))} {start.astimezone(zone):%H:%M}"
    end_text = f"{cn_date(end.astimezone(zone))} {end.astimezone(zone):%H:%M}"
    issued = cn_day(now.astimezone(zone))
    pages: list[Page] = []
    total = len(groups)
    for index, (scope, household) in enumerate(groups, start=1):
        notice = PostingNotice(
            reason_key=reason, reason=wording[f"reason.{reason}"], scope=scope,
            start=start_text, end=end_text, issued=issued, note=note,
            exception_reason=exception_reason, household_name=household.name if household else "",
            household_address=household.address if household else "")
        pages.append(partial(draw_posting_notice, notice=notice, head=head, wording=wording,
                             label=f"第 {index}/{total} 页" if total > 1 else ""))
    return pages


def work_order_page(row: TicketSheetRow, *, sla_hours: int, zone: timezone, now: datetime,
                    head: Letterhead, wording: dict[str, str]) -> Page:
    customer = row.customer
    phones = list(dict.fromkeys([*(row.customer_phones or ()), *([row.phone] if row.phone else [])]))
    sheet = WorkOrderSheet(
        number=row.number, category=CATEGORY_WORDS.get(row.category, row.category),
        level=f"{LEVEL_WORDS.get(row.level, str(row.level))}（{sla_hours}小时内）",  # rule 5.2.2
        received=cn_moment(row.received_at.astimezone(zone)),
        deadline=cn_moment(row.due_at.astimezone(zone)), unit=row.unit_name,
        assignee=row.assignee_name, customer_name=customer.name if customer else "",
        account_number=customer.account_number if customer else "",
        phones="、".join(phones), address=customer.address if customer else "",
        problem=row.description, printed=cn_moment(now.astimezone(zone)))
    return partial(draw_work_order_sheet, sheet=sheet, head=head, wording=wording)
