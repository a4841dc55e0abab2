"""Click-to-dial: the agent calls a customer through the PBX (issue 18, rules 2.5 and 3.6).

The PBX first rings the agent's own extension (AMI Originate), and when the agent picks
up it dials the customer, so the call is the agent's phone's like any other. Only numbers
matching the centre's pattern (setting `telephony.dial_pattern`) are dialled: a typo, an
international or a premium-rate number is refused before the PBX hears of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import normalise_phone
from app.workflows.settings import load_settings
from app.workflows.telephony.config import dial_allowed, extension_of

NOT_ALLOWED = "telephony.not_allowed"
NO_EXTENSION = "telephony.no_extension"
NOT_CONNECTED = "telephony.not_connected"
PBX_REFUSED = "telephony.pbx_refused"


@dataclass(frozen=True)
class Dialled:
    number: str
    call_id: str
    ticket_id: int | None


@dataclass(frozen=True)
class PbxAnswer:
    """What the PBX said to an Originate (the adapter's DialResult, as plain data)."""

    ok: bool
    call_id: str
    message: str


Dialler = Callable[[str], PbxAnswer]


def check_dial(uow: UnitOfWork, raw_number: str) -> str:
    """The number to dial, or ValidationError({'number': code}); nothing is dialled."""
    actor = require(uow, Permission.TELEPHONY_DIAL)
    number = normalise_phone(raw_number or "")
    if number is None:
        raise ValidationError({"number": "phone.malformed"})
    with uow:
        settings = load_settings(uow)
    if not extension_of(settings, actor.job_number):
        raise ValidationError({"number": NO_EXTENSION})
    if not dial_allowed(settings.text("telephony.dial_pattern"), number):
        raise ValidationError({"number": NOT_ALLOWED})
    return number


def dial_customer(uow: UnitOfWork, raw_number: str, dialler: Dialler | None,
                  ticket_id: int | None = None) -> Dialled:
    """Check, then ask the PBX; `dialler` is None while no PBX is connected."""
    number = check_dial(uow, raw_number)
    if dialler is None:
        raise ValidationError({"number": NOT_CONNECTED})
    answer = dialler(number)
    if not answer.ok:
        raise ValidationError({"number": PBX_REFUSED})
    return Dialled(number, answer.call_id, ticket_id)
