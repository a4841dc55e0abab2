"""Building a field trip (rule 3.8: plan the route beforehand).

A leader or technician lists the households of a day, for a unit and an estate: open work
orders, households told of a visit that day (visit notices, rule 3.8.2) and the homes of
the day's sampling plan (rule 5.1.2); picks some; the trip keeps them in walking order
with the estimated time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.models.trips import StopKind, Trip, TripStatus, TripStop
from app.repositories.trips import Candidate, StopRow, TripHead, TripRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings
from app.workflows.trips.walking import Estimate, estimate, floor_of, walking_order

__all__ = ["Candidate", "Candidates", "Pick", "StopRow", "TripForm", "TripHead", "TripView",
           "candidates", "create_trip", "list_trips", "remove_stop", "trip_view"]

MAX_STOPS = 60
MAX_NOTE = 500
CANDIDATE_LIMIT = 400


@dataclass(frozen=True)
class Candidates:
    day: date
    rows: tuple[Candidate, ...]  # in walking order
    estates: tuple[str, ...]


@dataclass(frozen=True)
class Pick:
    kind: str
    customer_id: int
    ticket_id: int | None = None
    notice_id: int | None = None


@dataclass
class TripForm:
    day: date | None
    picks: list[Pick] = field(default_factory=list)
    unit_id: int | None = None
    estate: str = ""
    technician_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class TripView:
    head: TripHead
    stops: tuple[StopRow, ...]
    estimate: Estimate


def day_bounds(day: date, zone: object) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), tzinfo=zone)  # type: ignore[arg-type]
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def candidates(uow: UnitOfWork, day: date, unit_id: int | None = None,
               estate: str = "") -> Candidates:
    """The households a trip on `day` may visit, filtered by unit and estate, in walking
    order (read only)."""
    with uow:
        require(uow, Permission.TRIP_PLAN)
        repo = uow.repo(TripRepository)
        first, last = day_bounds(day, load_settings(uow).zone)
        orders = repo.open_orders(unit_id, estate.strip(), CANDIDATE_LIMIT)
        listed = {c.ticket_id for c in orders}
        # an announced visit for an order listed already is that order's stop, not another
        visits = [v for v in repo.announced_visits(first, last, unit_id, estate.strip())
                  if v.ticket_id is None or v.ticket_id not in listed]
        rows = orders + visits + repo.sampling_homes(day, estate.strip())
        return Candidates(day, tuple(walking_order(repo.with_phones(rows))),
                          tuple(repo.estates()))


def view_of(uow: UnitOfWork, trip_id: int) -> TripView:
    repo = uow.repo(TripRepository)
    head = repo.head(trip_id)
    if head is None:
        raise NotFound(f"trip {trip_id}")
    stops = tuple(repo.stops(trip_id))
    return TripView(head, stops, estimate(stops, load_settings(uow)))


def trip_view(uow: UnitOfWork, trip_id: int) -> TripView:
    with uow:
        return view_of(uow, trip_id)


def list_trips(uow: UnitOfWork, first: date, last: date) -> list[TripHead]:
    with uow:
        return uow.repo(TripRepository).trips(first, last)


def technicians(uow: UnitOfWork) -> list[tuple[int, str, str]]:
    with uow:
        return uow.repo(TripRepository).technicians()


def _form_errors(form: TripForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.day is None:
        errors["day"] = "required"
    if not form.picks:
        errors["stops"] = "trip.no_stops"
    elif len(form.picks) > MAX_STOPS:
        errors["stops"] = "trip.too_many_stops"
    if any(p.kind not in {k.value for k in StopKind} for p in form.picks):
        errors["stops"] = "choice.invalid"
    if len(form.note) > MAX_NOTE:
        errors["note"] = "text.too_long"
    return errors


def create_trip(uow: UnitOfWork, form: TripForm) -> TripView:
    """Write the trip with its stops in walking order (rule 3.8)."""
    actor = require(uow, Permission.TRIP_PLAN)  # refused before the form is looked at
    errors = _form_errors(form)
    if errors:
        raise ValidationError(errors)
    assert form.day is not None
    with uow:
        repo = uow.repo(TripRepository)
        if form.unit_id is not None and not uow.units.exists(form.unit_id):
            raise ValidationError({"unit": "unit.unknown"})
        if form.technician_id is not None and form.technician_id not in {
                t[0] for t in repo.technicians()}:
            raise ValidationError({"technician": "technician.unknown"})
        trip = Trip(trip_date=form.day, unit_id=form.unit_id, estate=form.estate.strip(),
                    technician_id=form.technician_id, status=TripStatus.PLANNED,
                    note=form.note.strip(), created_by_id=actor.id, created_at=uow.clock())
        repo.add(trip)
        repo.flush()
        stops = []
        seen: set[tuple[str, int, int | None]] = set()
        for pick in form.picks:
            key = (pick.kind, pick.customer_id, pick.ticket_id)
            if key in seen:
                continue
            seen.add(key)
            customer = repo.customer(pick.customer_id)
            if customer is None:
                raise ValidationError({"stops": "account.unknown"})
            if pick.ticket_id is not None and uow.tickets.get(pick.ticket_id) is None:
                raise ValidationError({"stops": "ticket.unknown"})
            stops.append(TripStop(
                trip_id=trip.id, kind=StopKind(pick.kind), customer_id=customer.id,
                ticket_id=pick.ticket_id, notice_id=pick.notice_id, estate=customer.estate,
                building=customer.building, entrance=customer.entrance, room=customer.room,
                floor=floor_of(customer.room)))
        for position, stop in enumerate(walking_order(stops), start=1):
            stop.position = position
            repo.add(stop)
        repo.flush()
        view = view_of(uow, trip.id)
        uow.commit()
        return view


def remove_stop(uow: UnitOfWork, stop_id: int) -> TripView:
    """Take a stop off a planned trip; the others keep their walking order."""
    with uow:
        require(uow, Permission.TRIP_PLAN)
        repo = uow.repo(TripRepository)
        stop = repo.stop(stop_id)
        if stop is None:
            raise NotFound(f"trip stop {stop_id}")
        trip = repo.get(stop.trip_id)
        assert trip is not None
        if trip.status != TripStatus.PLANNED or stop.feedback_at is not None:
            raise ValidationError({"stops": "trip.already_reported"})
        repo.delete(stop)
        repo.flush()
        for position, other in enumerate(repo.stops_with(trip.id), start=1):
            other.position = position
        repo.flush()
        view = view_of(uow, trip.id)
        uow.commit()
        return view
