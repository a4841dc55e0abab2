"""Deadlines of work orders (rule 5.2.2) as seen at a moment from an injected clock.

`due_at` on the ticket is always the effective deadline; while paused the remaining time
is frozen at what was left when the pause began.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.models.enums import DEADLINE_TICKET_STATUSES, TicketStatus
from app.repositories.uow import UnitOfWork
from app.workflows.settings import Settings, load_settings
from app.workflows.tickets.sla import due_at as sla_due_at


class DeadlineState(StrEnum):
    ON_TIME = "on_time"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAUSED = "paused"
    DONE = "done"  # the work is finished; the deadline no longer runs


@dataclass(frozen=True)
class TicketTimes:
    settings: Settings
    due_soon: timedelta
    callback_after: timedelta

    def due_for(self, received_at: datetime, level: int) -> datetime:
        return sla_due_at(received_at, level, self.settings)  # rule 5.2.2


def ticket_times(uow: UnitOfWork) -> TicketTimes:
    """Settings for deadlines, read inside an open unit of work."""
    settings = load_settings(uow)
    return TicketTimes(settings=settings,
                       due_soon=timedelta(minutes=settings.number("ticket.due_soon_minutes")),
                       callback_after=timedelta(hours=settings.number("ticket.callback_hours")))


def remaining(due_at: datetime, paused_at: datetime | None, now: datetime) -> timedelta:
    """Time left; frozen while paused (waiting for the customer)."""
    return due_at - (paused_at if paused_at is not None else now)


def deadline_state(status: str, due_at: datetime, paused_at: datetime | None,
                   now: datetime, due_soon: timedelta = timedelta(hours=1)) -> DeadlineState:
    """What lists highlight: due within the hour, overdue, paused, or nothing."""
    if TicketStatus(status) not in DEADLINE_TICKET_STATUSES:
        return DeadlineState.DONE
    if paused_at is not None:
        return DeadlineState.PAUSED
    left = remaining(due_at, None, now)
    if left < timedelta(0):
        return DeadlineState.OVERDUE
    if left <= due_soon:
        return DeadlineState.DUE_SOON
    return DeadlineState.ON_TIME
