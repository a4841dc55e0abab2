"""What the technician found at each stop, entered at a desk after the trip (rule 3.8:
record the customer's feedback in detail on site, report after the trip).

The order moves on through the work-order steps themselves (app/workflows/tickets):
resolved on site resolves it; a missing part or nobody at home pauses its deadline with
the reason (rule 5.2.2); looked at leaves a note on its history; a problem found opens a
new order (channel field visit) through the intake workflow. An indoor temperature is a
room sample through the quality workflow, so it counts in the sampling figures at once
(rule 5.1.2).

Each part is its own transaction of the workflow it belongs to. The stop remembers what
is done (the sample, the new order, the step) as it goes, so entering the same feedback
again after a failure finishes the rest and never writes a sample or an order twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.models.enums import Category, Channel, Outcome, Responsibility, TicketStatus
from app.models.trips import StopOutcome, TripStatus
from app.repositories.trips import TripRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.permissions import Permission, require
from app.workflows.quality.measurements import SampleForm, record_sample
from app.workflows.quality.values import ROOM_PLAUSIBLE, parse_temperature, parse_time
from app.workflows.tickets.lifecycle import dispatch, follow_up, resolve
from app.workflows.tickets.pause import pause
from app.workflows.tickets.sla import default_level
from app.workflows.trips.planning import TripView, trip_view

MAX_TEXT = 2000
MAX_NAME = 50
MAX_PHOTOS = 20
MAX_PHOTO_NAME = 120
ORDER_OUTCOMES = (StopOutcome.RESOLVED, StopOutcome.NEEDS_PART)
PAUSING = (StopOutcome.NEEDS_PART, StopOutcome.NOBODY_HOME)
SAMPLE_FIELDS = {"time": "measured_time", "room": "measured_room",
                 "temperature": "temperature"}


@dataclass
class FeedbackForm:
    outcome: str
    found: str = ""
    done: str = ""
    reason: str = ""  # why the order pauses (a part, nobody home)
    responsibility: str = Responsibility.COMPANY.value  # rule 2.6, when resolved
    temperature: str = ""  # indoor temperature, °C
    measured_room: str = ""
    measured_time: str = ""  # HH:MM on the trip's day
    confirmed_by: str = ""  # the customer who confirmed
    satisfied: bool | None = None
    photos: str = ""  # file names, one a line
    follow_up: str = ""  # a problem found that needs its own work order
    follow_up_category: str = Category.REPAIR.value
    follow_up_unit_id: int | None = None


@dataclass(frozen=True)
class _Facts:
    kind: str
    trip_day: date
    trip_unit_id: int | None
    customer_id: int
    account_number: str
    phone: str
    ticket_id: int | None
    ticket_status: str
    ticket_unit_id: int | None
    paused: bool
    sample_id: int | None
    follow_up_ticket_id: int | None
    feedback_at: datetime | None
    technician: str  # job number of who measured


def photo_names(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _errors(form: FeedbackForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    try:
        outcome = StopOutcome(form.outcome)
    except ValueError:
        return {"outcome": "choice.invalid"}
    if outcome is StopOutcome.PENDING:
        errors["outcome"] = "required"
    if outcome is StopOutcome.RESOLVED and not form.done.strip():
        errors["done"] = "required"  # rule 2.6: what was done
    if outcome in PAUSING and not form.reason.strip():
        errors["reason"] = "required"
    if outcome is StopOutcome.FOLLOW_UP and not form.follow_up.strip():
        errors["follow_up"] = "required"
    for name in ("found", "done", "follow_up"):
        if len(getattr(form, name)) > MAX_TEXT:
            errors[name] = "text.too_long"
    if len(form.reason.strip()) > 200:
        errors["reason"] = "text.too_long"
    if len(form.confirmed_by.strip()) > MAX_NAME:
        errors["confirmed_by"] = "text.too_long"
    if form.satisfied is not None and not form.confirmed_by.strip():
        errors["confirmed_by"] = "required"  # a satisfaction is somebody's word
    names = photo_names(form.photos)
    if len(names) > MAX_PHOTOS or any(len(n) > MAX_PHOTO_NAME or "/" in n or "\\" in n
                                      for n in names):
        errors["photos"] = "photos.invalid"
    if form.temperature.strip():
        parse_temperature(form.temperature, ROOM_PLAUSIBLE, errors, "temperature")
        parse_time(form.measured_time, errors, "measured_time")
        if not form.measured_room.strip():
            errors["measured_room"] = "required"
    if form.follow_up.strip() and form.follow_up_category not in {c.value for c in Category}:
        errors["follow_up_category"] = "choice.invalid"
    return errors


def _facts(uow: UnitOfWork, stop_id: int) -> _Facts:
    with uow:
        actor = require(uow, Permission.TRIP_FEEDBACK)
        repo = uow.repo(TripRepository)
        stop = repo.stop(stop_id)
        if stop is None:
            raise NotFound(f"trip stop {stop_id}")
        trip = repo.get(stop.trip_id)
        customer = repo.customer(stop.customer_id)
        assert trip is not None and customer is not None
        if trip.status != TripStatus.PLANNED:
            raise ValidationError({"outcome": "trip.already_reported"})
        ticket = uow.tickets.get(stop.ticket_id) if stop.ticket_id else None
        tech_job = repo.staff_name(trip.technician_id)[1] or actor.job_number
        row = next(s for s in repo.stops(trip.id) if s.id == stop_id)
        return _Facts(
            str(stop.kind), trip.trip_date, trip.unit_id, customer.id,
            customer.account_number, row.phone, stop.ticket_id,
            str(ticket.status) if ticket else "", ticket.unit_id if ticket else None,
            bool(ticket and ticket.paused_at), stop.sample_id, stop.follow_up_ticket_id,
            stop.feedback_at, tech_job)


def _save(uow: UnitOfWork, stop_id: int, **values: object) -> None:
    with uow:
        stop = uow.repo(TripRepository).stop(stop_id)
        assert stop is not None
        for name, value in values.items():
            setattr(stop, name, value)
        uow.commit()


def _move_order(uow: UnitOfWork, facts: _Facts, form: FeedbackForm,
                outcome: StopOutcome) -> None:
    """The order's own step for what was found (skipped when it already happened)."""
    tid = facts.ticket_id
    if tid is None:
        return
    status = facts.ticket_status
    if outcome is StopOutcome.RESOLVED:
        if status in (TicketStatus.RESOLVED, TicketStatus.CALLBACK_DONE, TicketStatus.CLOSED):
            return  # resolved already (a second try after a failure)
        if status == TicketStatus.NEW and facts.ticket_unit_id is not None:
            dispatch(uow, tid, facts.ticket_unit_id)  # rule 2.5: it reached the unit
        resolve(uow, tid, form.done.strip(), form.responsibility)
    elif outcome in PAUSING:
        if facts.paused:  # the deadline stands still already: the reason goes on the history
            follow_up(uow, tid, form.reason.strip())
        elif status in (TicketStatus.NEW, TicketStatus.DISPATCHED, TicketStatus.IN_PROGRESS):
            pause(uow, tid, form.reason.strip())  # rule 5.2.2: waiting, with the reason
    elif outcome is StopOutcome.INSPECTED and status in (
            TicketStatus.NEW, TicketStatus.DISPATCHED, TicketStatus.IN_PROGRESS):
        note = form.done.strip() or form.found.strip()
        if note:
            follow_up(uow, tid, note[:500])


def _follow_up_order(uow: UnitOfWork, facts: _Facts, form: FeedbackForm) -> int | None:
    if not form.follow_up.strip() or facts.follow_up_ticket_id is not None:
        return facts.follow_up_ticket_id
    unit_id = form.follow_up_unit_id or facts.trip_unit_id or facts.ticket_unit_id
    if unit_id is None:
        raise ValidationError({"follow_up_unit": "required"})
    with uow:
        card = uow.customers.card(facts.customer_id)
        level = default_level(card.important, card.contract_level) if card else 3
    result = save_intake(uow, IntakeForm(
        channel=Channel.FIELD_VISIT.value, category=form.follow_up_category,
        description=form.follow_up.strip(), phone=facts.phone,
        customer_id=facts.customer_id, outcome=Outcome.WORK_ORDER.value, level=level,
        unit_id=unit_id, level_reason="field trip"))
    return result.ticket_id


def record_feedback(uow: UnitOfWork, stop_id: int, form: FeedbackForm) -> TripView:
    """Enter the feedback of one stop and move its order on (see the module's words)."""
    require(uow, Permission.TRIP_FEEDBACK)  # refused before the form is looked at
    errors = _errors(form)
    if errors:
        raise ValidationError(errors)
    outcome = StopOutcome(form.outcome)
    facts = _facts(uow, stop_id)
    if facts.feedback_at is not None:
        raise ValidationError({"outcome": "stop.feedback_done"})
    if outcome in ORDER_OUTCOMES and facts.ticket_id is None:
        raise ValidationError({"outcome": "stop.no_order"})
    sample_id = facts.sample_id
    if form.temperature.strip() and sample_id is None:
        # rule 5.1.2: the reading is a room sample, counted in the sampling figures
        try:
            saved = record_sample(uow, SampleForm(
                account_number=facts.account_number, day=facts.trip_day,
                time=form.measured_time.strip(), room=form.measured_room.strip(),
                temperature=form.temperature.strip(), technician=facts.technician))
        except ValidationError as exc:  # the quality workflow's fields, as this form's
            raise ValidationError({SAMPLE_FIELDS.get(k, "temperature"): v
                                   for k, v in exc.errors.items()}) from exc
        sample_id = saved.id
        _save(uow, stop_id, sample_id=sample_id)
    follow_id = _follow_up_order(uow, facts, form)
    if follow_id != facts.follow_up_ticket_id:
        _save(uow, stop_id, follow_up_ticket_id=follow_id)
    _move_order(uow, facts, form, outcome)
    values: dict[str, object] = {"outcome": outcome, "found": form.found.strip(), "done": form.done.strip(),
              "confirmed_by": form.confirmed_by.strip(), "satisfied": form.satisfied,
              "photos": "\n".join(photo_names(form.photos)),
              "measured_room": form.measured_room.strip() if sample_id else ""}
    with uow:
        actor = require(uow, Permission.TRIP_FEEDBACK)
        stop = uow.repo(TripRepository).stop(stop_id)
        assert stop is not None
        if stop.sample_id is not None:
            values["indoor_temperature"] = parse_temperature(
                form.temperature, ROOM_PLAUSIBLE, {}, "temperature")
        for name, value in values.items():
            setattr(stop, name, value)
        stop.feedback_at = uow.clock()
        stop.feedback_by_id = actor.id
        trip_id = stop.trip_id
        uow.commit()
    return trip_view(uow, trip_id)
