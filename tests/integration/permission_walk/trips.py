"""Walk entries of the field visits (rule 3.8): planning a trip and its feedback."""

from __future__ import annotations

from datetime import date

from app.repositories.uow import UnitOfWork
from app.workflows.permissions import Permission
from app.workflows.trips.feedback import FeedbackForm, record_feedback
from app.workflows.trips.planning import TripForm, create_trip
from tests.integration.permission_walk import walks


@walks(Permission.TRIP_PLAN)
def _plan(world, uow: UnitOfWork) -> object:
    # no stops: a planner gets a ValidationError, everyone else the refusal first
    return create_trip(uow, TripForm(day=date(2026, 11, 25)))


@walks(Permission.TRIP_FEEDBACK)
def _feedback(world, uow: UnitOfWork) -> object:
    return record_feedback(uow, 999_999, FeedbackForm(outcome="resolved"))
