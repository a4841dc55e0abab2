"""Receiving a walk-in visitor (rule 3.7.2: record the visit truthfully, report it, explain
the current policies).

The matter is recorded by the intake workflow exactly like a call, with the channel VISIT:
the same categories, the same answer on the spot or work order with its deadline from the
visitor's arrival (rule 5.2.2). In that same transaction the visitor's own record is
written: who came (and how many), when they came and left, what they were handed, and the
follow-up promised, linked to the customer when known.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from app.models.enums import Channel, Outcome, Responsibility
from app.models.visitors import Visitor
from app.repositories.uow import UnitOfWork
from app.repositories.visitors import VisitorLine, VisitorRepository
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, IntakeResult, save_intake
from app.workflows.intake import validate as validate_intake
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings
from app.workflows.trips.planning import day_bounds

__all__ = ["VisitorForm", "VisitorLine", "VisitorSaved", "materials", "receive_visitor",
           "visitors_on"]

MAX_NAME = 50
MAX_FOLLOW_UP = 1000
MAX_PARTY = 50
MATERIALS = "visitors.materials"  # setting: what the hall hands out


@dataclass
class VisitorForm:
    name: str
    category: str
    description: str
    arrived_at: datetime | None = None  # None: now
    left_at: datetime | None = None
    party: int = 1
    phone: str = ""
    account_number: str = ""
    customer_id: int | None = None
    given: list[str] = field(default_factory=list)
    answer: str = ""
    outcome: str = Outcome.ANSWERED.value
    level: int | None = None
    unit_id: int | None = None
    responsibility: str = Responsibility.UNDETERMINED.value
    follow_up: str = ""


@dataclass(frozen=True)
class VisitorSaved:
    visitor_id: int
    intake: IntakeResult


def _intake_form(form: VisitorForm) -> IntakeForm:
    return IntakeForm(
        channel=Channel.VISIT.value, category=form.category, description=form.description,
        phone=form.phone, customer_id=form.customer_id, account_number=form.account_number,
        responsibility=form.responsibility, outcome=form.outcome, answer=form.answer,
        level=form.level, unit_id=form.unit_id, received_at=form.arrived_at,
        ended_at=form.left_at)


def _errors(form: VisitorForm, allowed: list[str]) -> dict[str, str]:
    errors = validate_intake(_intake_form(form))
    if not form.name.strip():
        errors["name"] = "required"
    elif len(form.name.strip()) > MAX_NAME:
        errors["name"] = "text.too_long"
    if not 1 <= form.party <= MAX_PARTY:
        errors["party"] = "number.invalid"
    if any(g not in allowed for g in form.given):
        errors["given"] = "choice.invalid"
    if len(form.follow_up) > MAX_FOLLOW_UP:
        errors["follow_up"] = "text.too_long"
    if form.arrived_at and form.left_at and form.left_at < form.arrived_at:
        errors["left_at"] = "time.order"
    return errors


def materials(uow: UnitOfWork) -> list[str]:
    """Policy material and forms the hall hands out (setting visitors.materials)."""
    with uow:
        return [str(m) for m in load_settings(uow).items(MATERIALS)]


def receive_visitor(uow: UnitOfWork, form: VisitorForm) -> VisitorSaved:
    actor = require(uow, Permission.VISITOR_RECEIVE)  # refused before the form is looked at
    allowed = materials(uow)
    errors = _errors(form, allowed)
    if errors:
        raise ValidationError(errors)
    with uow:
        arrived = form.arrived_at or uow.clock()
    written: list[int] = []

    def write_visitor(contact_id: int, _ticket_id: int | None) -> None:
        repo = uow.repo(VisitorRepository)
        visitor = repo.add(Visitor(
            contact_id=contact_id, customer_id=repo.contact_customer(contact_id),
            name=form.name.strip(), party=form.party, arrived_at=arrived,
            left_at=form.left_at, given="\n".join(form.given),
            follow_up=form.follow_up.strip(), received_by_id=actor.id,
            created_at=uow.clock()))
        written.append(visitor.id)

    result = save_intake(uow, _intake_form(form), also=write_visitor)
    return VisitorSaved(written[0], result)


def visitors_on(uow: UnitOfWork, day: date) -> list[VisitorLine]:
    """The day's register, latest first (rule 3.7.2: report the visit)."""
    with uow:
        require(uow, Permission.VISITOR_RECEIVE)
        first, last = day_bounds(day, load_settings(uow).zone)
        return uow.repo(VisitorRepository).between(first, last)
