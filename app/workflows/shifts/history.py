"""Past handovers: search by date, agent and text, read one, print its sheet.

A completed handover is shown read-only; corrections are appended (signoff.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from app.printing.document import PrintJob
from app.printing.handover_sheet import handover_sheet_job
from app.repositories.shifts.handover import (
    CarryLine,
    HandoverRepository,
    HandoverSummary,
    HandoverView,
)
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.letterhead import letterhead_in
from app.workflows.memos.handover import carried_memos, memo_sheet_rows, pending_memos
from app.workflows.shifts.common import centre_zone, local_day_bounds
from app.workflows.shifts.handover import carryover_for


def search_handovers(uow: UnitOfWork, first_day: date | None = None,
                     last_day: date | None = None, agent: str = "", text: str = "",
                     limit: int = 200) -> list[HandoverSummary]:
    """Dates are the centre's local days, inclusive; agent matches name or job number."""
    if first_day and last_day and last_day < first_day:
        raise ValidationError({"last_day": "time.order"})
    with uow:
        zone = centre_zone(uow)
        start = local_day_bounds(first_day, first_day, zone)[0] if first_day else None
        end = local_day_bounds(last_day, last_day, zone)[1] if last_day else None
        return uow.repo(HandoverRepository).search(start=start, end=end, agent=agent.strip(),
                                                   text=text.strip(), limit=limit)


def handover_detail(uow: UnitOfWork, handover_id: int) -> HandoverView:
    """One handover as the history window shows it: a draft with the orders its sheet and
    the handover dialog list (with_draft_carryover), a handed-over one with its snapshot."""
    with uow:
        view = uow.repo(HandoverRepository).view(handover_id)
        if view is None:
            raise NotFound(f"handover {handover_id}")
        return with_draft_carryover(uow, view)


def with_draft_carryover(uow: UnitOfWork, view: HandoverView) -> HandoverView:
    """Inside an open unit of work: a draft's orders are attached only when it is handed
    over, so a draft carries what the handover dialog lists for it (the same read,
    carryover_for: the author's orders now); a handed-over or completed handover keeps its
    own snapshot."""
    if view.status != "draft":
        return view
    return replace(view, carryovers=tuple(
        CarryLine(c.ticket.ticket_id, c.ticket.number, c.reason, c.ticket.status,
                  c.ticket.level, c.ticket.category, c.ticket.description, c.ticket.due_at,
                  None)
        for c in carryover_for(uow, view.outgoing_id)))


def handover_sheet(uow: UnitOfWork, handover_id: int) -> PrintJob:
    """The printed handover sheet's pages (Chinese, bundled font), times in the centre's
    zone: the preview shows them, the printer and the PDF get the same pages."""
    with uow:
        view = uow.repo(HandoverRepository).view(handover_id)
        if view is None:
            raise NotFound(f"handover {handover_id}")
        view = with_draft_carryover(uow, view)
        letterhead = letterhead_in(uow)
        zone = centre_zone(uow)
        printed_at = uow.clock()
        # rule 4.2(5): the messages passed on (a draft: those that will be)
        memos = (pending_memos(uow, view.outgoing_id) if view.status == "draft"
                 else carried_memos(uow, view.id))
    return handover_sheet_job(view, letterhead=letterhead, zone=zone, printed_at=printed_at,
                              memos=memo_sheet_rows(memos, zone))


def handover_sheet_pdf(uow: UnitOfWork, handover_id: int) -> bytes:
    """The printed handover sheet as one A4 PDF."""
    return handover_sheet(uow, handover_id).render_pdf()
