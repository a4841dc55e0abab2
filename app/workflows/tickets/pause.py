"""Waiting for the customer (nobody at home): the deadline stops, with a reason.

Resuming moves the deadline later by the paused time, so the unit keeps the hours the
rule gives it (rule 5.2.2). Each pause is a row (visible in the detail pane) and each step
an event (audited).
"""

from __future__ import annotations

from app.models.ticket_steps import TicketPause
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.settings import load_settings
from app.workflows.tickets.escalation import flag_if_overdue
from app.workflows.tickets.grading import require_pause
from app.workflows.tickets.steps import Row, actor_id, apply_step, required_text
from app.workflows.tickets.transitions import PAUSE, RESUME
from app.workflows.tickets.views import TicketView, load_view

REASON_MAX = 200


def pause(uow: UnitOfWork, ticket_id: int, reason: str,
          expected_version: int | None = None) -> TicketView:
    errors = required_text("reason", reason, REASON_MAX)
    if errors:
        raise ValidationError(errors)
    with uow:
        require_pause(uow, load_settings(uow))  # rule 5.2.2: who may stop the clock
        now = uow.clock()
        apply_step(uow, ticket_id, PAUSE, {"paused_at": now},
                   expected_version=expected_version, details={"reason": reason.strip()})
        uow.session.add(TicketPause(ticket_id=ticket_id, reason=reason.strip(),
                                    paused_at=now, paused_by_id=actor_id(uow)))
        uow.commit()
        return load_view(uow, ticket_id)


def resume(uow: UnitOfWork, ticket_id: int, expected_version: int | None = None) -> TicketView:
    with uow:
        require_pause(uow, load_settings(uow))  # rule 5.2.2
        now = uow.clock()

        def values(row: Row) -> dict:
            return {"paused_at": None, "due_at": row["due_at"] + (now - row["paused_at"])}

        # the event's diff of paused_at and due_at shows how long and how far it moved
        apply_step(uow, ticket_id, RESUME, values, expected_version=expected_version)
        uow.tickets.close_open_pauses([ticket_id], now, actor_id(uow))
        flag_if_overdue(uow, ticket_id)  # paused when overdue: the sweep's mark is past it
        uow.commit()
        return load_view(uow, ticket_id)
