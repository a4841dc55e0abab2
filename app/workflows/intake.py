"""Recording a call, visit or letter, and opening a work order from it.

The contact and its work order are written in one transaction: either both exist or
neither does (rule 2.5: record each contact in detail; rule 5.2.2: deadlines from receipt).

Rule 5.2.2: an order's deadline runs from when the centre had the call (its ring, the
earlier of ring and answer), or from the stated `received_at` of a letter or visit; the
moment of saving counts only when nothing earlier is known. An important customer's order
graded below level 1 is an override written on the order's history (a "level_override"
step: who, and why -- `level_reason`, or the contract level it followed).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.models.contact import Contact
from app.models.enums import Category, Channel, Outcome, Responsibility, TicketStatus
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.uow import UnitOfWork
from app.workflows.customers.contracts import card_in_force
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import normalise_phone, phone_problem
from app.workflows.settings import Settings, load_settings
from app.workflows.tickets.sla import default_level, due_at, needs_override, received_moment

MAX_DESCRIPTION = 4000


@dataclass
class IntakeForm:
    channel: str
    category: str
    description: str
    phone: str = ""
    customer_id: int | None = None
    account_number: str = ""
    responsibility: str = Responsibility.UNDETERMINED.value
    outcome: str = Outcome.ANSWERED.value
    answer: str = ""
    level: int | None = None
    unit_id: int | None = None
    rang_at: datetime | None = None
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    caller_verified: bool = False  # rule 3.6.2(1): 核实用户信息, recorded on the contact
    received_at: datetime | None = None  # a letter's or visit's own time of receipt
    level_reason: str = ""  # why an important customer's order is below level 1
    # rule 5.3.2.2: a complaint answered on the spot the agent marks not satisfactorily
    # resolved (未圆满解决); kept only for a complaint answered on the spot
    unresolved: bool = False


@dataclass(frozen=True)
class IntakeResult:
    contact_id: int
    ticket_id: int | None
    ticket_number: str | None
    due_at: datetime | None


@dataclass(frozen=True)
class AnswerDelay:
    seconds: float
    rings: int
    within_limit: bool


def answer_delay(rang_at: datetime, answered_at: datetime, settings: Settings) -> AnswerDelay:
    """Rule 4.4: answer within three rings; a ring lasts `ring.seconds`."""
    seconds = max(0.0, (answered_at - rang_at).total_seconds())
    rings = max(1, math.ceil(seconds / settings.ring_seconds))
    return AnswerDelay(seconds, rings, rings <= settings.max_rings)


def _enum_ok(enum_cls: type[Enum], value: str) -> bool:
    return value in {m.value for m in enum_cls}


def validate(form: IntakeForm) -> dict[str, str]:
    """Field errors that need no database; codes the UI translates."""
    errors: dict[str, str] = {}
    if not _enum_ok(Channel, form.channel):
        errors["channel"] = "choice.invalid"
    if not _enum_ok(Category, form.category):
        errors["category"] = "choice.invalid"
    if not _enum_ok(Responsibility, form.responsibility):
        errors["responsibility"] = "choice.invalid"
    if not _enum_ok(Outcome, form.outcome):
        errors["outcome"] = "choice.invalid"
    if form.phone.strip():
        problem = phone_problem(form.phone)
        if problem is not None:
            errors["phone"] = problem
    elif form.channel in (Channel.PHONE.value, Channel.HOTLINE_12345.value):
        errors["phone"] = "required"
    if not form.description.strip():
        errors["description"] = "required"
    elif len(form.description) > MAX_DESCRIPTION:
        errors["description"] = "text.too_long"
    if form.outcome == Outcome.ANSWERED.value and not form.answer.strip():
        errors["answer"] = "required"   # rule 3.6.2(2): answered on the spot, say what was told
    elif len(form.answer) > MAX_DESCRIPTION:
        errors["answer"] = "text.too_long"
    if form.outcome == Outcome.WORK_ORDER.value:
        if form.level not in (1, 2, 3):
            errors["level"] = "level.invalid"
        if form.unit_id is None:
            errors["unit"] = "required"
    if form.rang_at and form.answered_at and form.answered_at < form.rang_at:
        errors["answered_at"] = "time.order"
    if form.answered_at and form.ended_at and form.ended_at < form.answered_at:
        errors["ended_at"] = "time.order"
    return errors


def save_intake(uow: UnitOfWork, form: IntakeForm,
                also: Callable[[int, int | None], None] | None = None) -> IntakeResult:
    """Write the contact (and its order); `also(contact_id, ticket_id)` writes a feature's
    own row in the same transaction (a visitor's record, a message marked done)."""
    actor = require(uow, Permission.INTAKE_SAVE)  # refused before any question of input
    errors = validate(form)
    if errors:
        raise ValidationError(errors)
    phone = normalise_phone(form.phone) or ""
    with uow:
        customer_id = form.customer_id
        if form.account_number.strip():
            found = uow.customers.id_by_account(form.account_number.strip())
            if found is None:
                raise ValidationError({"account_number": "account.unknown"})
            customer_id = found
        elif customer_id is not None and uow.customers.card(customer_id) is None:
            raise ValidationError({"account_number": "account.unknown"})
        if form.outcome == Outcome.WORK_ORDER.value and not uow.units.exists(form.unit_id or 0):
            raise ValidationError({"unit": "unit.unknown"})
        now = uow.clock()
        if form.received_at is not None and form.received_at > now:
            raise ValidationError({"received_at": "time.order"})
        override = None
        if form.outcome == Outcome.WORK_ORDER.value and customer_id is not None:
            card = card_in_force(uow, customer_id)  # the season's contract (rule 3.1.3)
            if card is not None and needs_override(card.important, form.level or 1):
                # rule 5.2.2: never below level 1 unseen: the order's history says who and why
                why = form.level_reason.strip() or (
                    f"contract level {card.contract_level}" if card.contract_level
                    else "graded at intake")
                override = {"level": [default_level(True, card.contract_level), form.level],
                            "contract_level": card.contract_level, "reason": why}
        contact = uow.contacts.add(Contact(
            customer_id=customer_id, phone=phone, channel=Channel(form.channel),
            category=Category(form.category), description=form.description.strip(),
            responsibility=Responsibility(form.responsibility), outcome=Outcome(form.outcome),
            answer=form.answer.strip(), agent_id=actor.id, rang_at=form.rang_at,
            answered_at=form.answered_at, ended_at=form.ended_at or now, created_at=now,
            caller_verified=form.caller_verified,
            unresolved=form.unresolved and form.category == Category.COMPLAINT.value
            and form.outcome == Outcome.ANSWERED.value,
        ))
        ticket = None
        if form.outcome == Outcome.WORK_ORDER.value:
            assert form.level is not None and form.unit_id is not None
            settings = load_settings(uow)
            received = received_moment(now, form.rang_at, form.answered_at, form.received_at)
            ticket = uow.tickets.add(Ticket(
                customer_id=customer_id, contact_id=contact.id, phone=phone,
                category=Category(form.category), level=form.level,
                description=form.description.strip(), status=TicketStatus.NEW,
                unit_id=form.unit_id, created_by_id=actor.id,
                responsibility=Responsibility(form.responsibility),
                received_at=received, due_at=due_at(received, form.level, settings),
            ))
            if override is not None:
                uow.tickets.record(ticket.id, "level_override", override, actor.id, now)
        if also is not None:
            also(contact.id, ticket.id if ticket else None)
        uow.commit()
        return IntakeResult(
            contact_id=contact.id, ticket_id=ticket.id if ticket else None,
            ticket_number=format_ticket_number(ticket.id) if ticket else None,
            due_at=ticket.due_at if ticket else None,
        )
