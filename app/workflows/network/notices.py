"""Posting notices for every building of an outage, as one bulk print job (rule 3.8.2).

One page per stairwell of every covered building, worded like the bulk posting notices of
app/workflows/notices.py (maintenance for a planned outage, interruption for a fault).
Once the job went out, every household is recorded as notified (the customer card's
"notified on …") and the outage remembers when, for the "notified in advance" figure of
the reports (rule 5.2.1).
"""

from __future__ import annotations

from app.models.notice import NoticeKind, NoticeReason
from app.printing.document import PrintJob
from app.repositories.network.outages import OutageRepository
from app.repositories.notices import Household, NoticeRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.letterhead import letterhead_in, wording_in
from app.workflows.notice_pages import posting_pages, scope_text
from app.workflows.notices import NoticeRecord, PreparedNotice, record_notice
from app.workflows.permissions import Permission, require
from app.workflows.shifts.common import centre_zone


def outage_notices(uow: UnitOfWork, outage_id: int) -> PreparedNotice:
    with uow:
        outage = uow.repo(OutageRepository).get(outage_id)
        if outage is None:
            raise NotFound(f"outage {outage_id}")
        if outage.expected_end_at is None:
            raise ValidationError({"expected_end_at": "network.end_needed"})
        notices = uow.repo(NoticeRepository)
        homes: list[Household] = []
        for estate, building, _count in uow.repo(OutageRepository).buildings_of(outage_id):
            homes.extend(notices.households(estate, building))
        if not homes:
            raise ValidationError({"outage": "network.no_households"})
        scopes = dict.fromkeys(scope_text(h.estate, h.building, h.entrance) for h in homes)
        reason = (NoticeReason.MAINTENANCE if outage.kind.value == "planned"
                  else NoticeReason.INTERRUPTION)
        pages = posting_pages([(scope, None) for scope in scopes], reason=reason.value,
                              start=outage.starts_at, end=outage.expected_end_at,
                              note=outage.reason, zone=centre_zone(uow), now=uow.clock(),
                              head=letterhead_in(uow), wording=wording_in(uow))
        return PreparedNotice(
            job=PrintJob(f"停热通知 {outage.title}", pages), kind=NoticeKind.POSTING.value,
            reason=reason.value, customer_ids=tuple(h.customer_id for h in homes),
            estate=homes[0].estate, starts_at=outage.starts_at,
            ends_at=outage.expected_end_at, note=outage.reason)


def record_outage_notice(uow: UnitOfWork, outage_id: int,
                         prepared: PreparedNotice) -> NoticeRecord:
    """The notices went out: the households are notified, the outage knows since when.
    The role is checked before anything is recorded."""
    with uow:
        require(uow, Permission.NETWORK_OUTAGE)
    record = record_notice(uow, prepared)
    with uow:
        outage = uow.repo(OutageRepository).get(outage_id)
        if outage is not None and outage.notified_at is None:
            outage.notified_at = record.created_at
            uow.commit()
    return record
