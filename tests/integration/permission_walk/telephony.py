"""Walk entries of the PBX link (issue 18): the desk's own calls, click-to-dial, figures."""

from __future__ import annotations

from datetime import date

from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission
from app.workflows.telephony.dial import PbxAnswer, dial_customer
from app.workflows.telephony.figures import pbx_figures
from app.workflows.telephony.records import link_contact
from tests.integration.permission_walk import walks


@walks(Permission.TELEPHONY_RECORD)
def _record(world, uow: UnitOfWork) -> None:
    link_contact(uow, "walk-no-such-call", 999_999)


def _pbx(number: str) -> PbxAnswer:
    # stands in for the AMI Originate, as tests/integration/test_telephony_records.py does
    return PbxAnswer(True, "walk-1", "Originate successfully queued")


@walks(Permission.TELEPHONY_DIAL)
def _dial(world, uow: UnitOfWork) -> object:
    return dial_customer(uow, "13811112222", _pbx)


@walks(Permission.TELEPHONY_FIGURES)
def _figures(world, uow: UnitOfWork) -> object:
    return pbx_figures(uow, date(2026, 11, 25), date(2026, 11, 25))
