"""Walk entries of recording a printed notice and of the handover log's own writes (issue 15:
these were decided by a signed-in actor or the roster's duty alone, now by the table). Each
entry passes input the workflow refuses after the check (an empty draft to hand over, an
unknown handover), so an allowed role gets a domain answer and writes nothing."""

from __future__ import annotations

from app.printing.document import PrintJob
from app.repositories.uow import UnitOfWork
from app.workflows.notices import PreparedNotice, record_notice
from app.workflows.permissions import Permission
from app.workflows.shifts.handover import HandoverForm, save_handover
from app.workflows.shifts.signoff import Signature, sign_handover
from tests.integration.permission_walk import walks

NO_HANDOVER = 999_999


@walks(Permission.NOTICE_RECORD)
def _notice(world, uow: UnitOfWork) -> object:
    # a notice that reached no household (a print job of no pages): recorded as sent
    return record_notice(uow, PreparedNotice(PrintJob("走查", []), "visit", "repair", ()))


@walks(Permission.HANDOVER_WRITE)
def _handover(world, uow: UnitOfWork) -> object:
    return save_handover(uow, HandoverForm(), hand_over=True)  # past the check: no incoming


@walks(Permission.HANDOVER_SIGN)
def _sign(world, uow: UnitOfWork) -> object:
    return sign_handover(uow, NO_HANDOVER, Signature("1002", "incoming-pass-1"), set())
