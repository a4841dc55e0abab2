"""Phoning ahead (rule 3.8: post a notice or phone to agree a time before a visit).

Each stop records the call: who was reached and the time agreed, or that nobody answered.
Nobody reached is no reason to drop the stop: the visit notice printed with the route is
left at the door (rule 3.8.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.trips import Appointment, TripStatus
from app.repositories.trips import TripRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.trips.planning import TripView, view_of

MAX_NAME = 50
MAX_NOTE = 200


@dataclass
class AppointmentForm:
    state: str  # agreed or not_reached
    reached_name: str = ""
    agreed_at: datetime | None = None
    note: str = ""
    expected_version: int | None = None


def _errors(form: AppointmentForm) -> dict[str, str]:
    errors: dict[str, str] = {}
    if form.state not in (Appointment.AGREED.value, Appointment.NOT_REACHED.value):
        errors["state"] = "choice.invalid"
    if form.state == Appointment.AGREED.value:
        if not form.reached_name.strip():
            errors["reached_name"] = "required"
        if form.agreed_at is None:
            errors["agreed_at"] = "required"
    if len(form.reached_name.strip()) > MAX_NAME:
        errors["reached_name"] = "text.too_long"
    if len(form.note.strip()) > MAX_NOTE:
        errors["note"] = "text.too_long"
    return errors


def record_appointment(uow: UnitOfWork, stop_id: int, form: AppointmentForm) -> TripView:
    """Write the call's result on the stop (another desk's newer change is a Conflict)."""
    require(uow, Permission.TRIP_PLAN)  # refused before the form is looked at
    errors = _errors(form)
    if errors:
        raise ValidationError(errors)
    with uow:
        repo = uow.repo(TripRepository)
        stop = repo.stop(stop_id)
        if stop is None:
            raise NotFound(f"trip stop {stop_id}")
        if form.expected_version is not None and stop.version != form.expected_version:
            raise Conflict(f"trip stop {stop_id} changed meanwhile")
        trip = repo.get(stop.trip_id)
        assert trip is not None
        if trip.status != TripStatus.PLANNED:
            raise ValidationError({"state": "trip.already_reported"})
        agreed = form.state == Appointment.AGREED.value
        stop.appointment = Appointment(form.state)
        stop.reached_name = form.reached_name.strip() if agreed else ""
        stop.agreed_at = form.agreed_at if agreed else None
        stop.call_note = form.note.strip()
        stop.called_at = uow.clock()
        uow.flush()
        view = view_of(uow, trip.id)
        uow.commit()
        return view
