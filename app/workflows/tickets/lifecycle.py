"""The main road of a work order: new → dispatched → in progress → resolved → (callback)
→ closed, and back to the unit when it must be done again (rules 2.5, 2.6, 5.2.2).
"""

from __future__ import annotations

from app.models.enums import Responsibility, TicketStatus
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.deadlines import ticket_times
from app.workflows.tickets.steps import Row, actor_id, apply_step, required_text
from app.workflows.tickets.transitions import (
    CLOSE,
    DISPATCH,
    FOLLOW_UP,
    REOPEN,
    RESOLVE,
    START,
)
from app.workflows.tickets.views import TicketView, load_view

S = TicketStatus
REASON_MAX = 500


def _commit_view(uow: UnitOfWork, ticket_id: int) -> TicketView:
    uow.commit()
    return load_view(uow, ticket_id)


def dispatch(uow: UnitOfWork, ticket_id: int, unit_id: int,
             expected_version: int | None = None) -> TicketView:
    """Send the order to an executing unit (rule 2.5); a new unit means a new assignee."""
    with uow:
        if not uow.units.exists(unit_id):
            raise ValidationError({"unit": "unit.unknown"})

        def values(row: Row) -> dict:
            new = {"status": S.DISPATCHED, "unit_id": unit_id}
            if row["unit_id"] != unit_id:
                new["assignee_id"] = None
            return new

        apply_step(uow, ticket_id, DISPATCH, values,
                   expected_version=expected_version)
        return _commit_view(uow, ticket_id)


def start(uow: UnitOfWork, ticket_id: int, expected_version: int | None = None) -> TicketView:
    """The unit starts work; whoever starts an unheld order holds it."""
    with uow:
        me = actor_id(uow)
        apply_step(uow, ticket_id, START,
                   lambda row: {"status": S.IN_PROGRESS,
                                "assignee_id": row["assignee_id"] or me},
                   expected_version=expected_version)
        return _commit_view(uow, ticket_id)


def resolve(uow: UnitOfWork, ticket_id: int, resolution: str, responsibility: str,
            third_party: str = "", expected_version: int | None = None) -> TicketView:
    """Done: what was done and who was responsible (rule 2.6); queues the callback (2.5).

    A third-party cause names the party (rule 5.2.2) so it can be followed up. A case
    (rule 3.6.2(3)) is called back at once; other orders within ticket.callback_hours.
    """
    errors = required_text("resolution", resolution)
    try:
        attribution = Responsibility(responsibility)
    except ValueError:
        attribution = Responsibility.UNDETERMINED
    if attribution is Responsibility.UNDETERMINED:
        errors["responsibility"] = "required"
    if attribution is Responsibility.THIRD_PARTY:
        errors.update(required_text("third_party", third_party, 200))  # rule 5.2.2
    if errors:
        raise ValidationError(errors)
    with uow:
        now = uow.clock()
        times = ticket_times(uow)

        def values(row: Row) -> dict:
            return {"status": S.RESOLVED, "resolution": resolution.strip(),
                    "responsibility": attribution, "resolved_at": now, "paused_at": None,
                    "third_party": third_party.strip() if attribution is
                    Responsibility.THIRD_PARTY else "",
                    "callback_due_at": now if row["is_case"] else now + times.callback_after}

        apply_step(uow, ticket_id, RESOLVE, values,
                   expected_version=expected_version)
        uow.tickets.close_open_pauses([ticket_id], now, actor_id(uow))
        return _commit_view(uow, ticket_id)


def close(uow: UnitOfWork, ticket_id: int, expected_version: int | None = None) -> TicketView:
    """Close after a satisfied callback (rule 2.5: followed until closed)."""
    with uow:
        now = uow.clock()
        apply_step(uow, ticket_id, CLOSE,
                   {"status": S.CLOSED, "closed_at": now, "callback_due_at": None},
                   expected_version=expected_version)
        return _commit_view(uow, ticket_id)


def reopen_values(uow: UnitOfWork, row: Row) -> dict:
    """Back to the unit with a fresh deadline: the reopening is a new receipt (rule 5.2.2).

    The order may become overdue again, so its overdue flag goes; an order escalated when
    it was overdue stays escalated (its escalation time is kept in the order's row).
    """
    now = uow.clock()
    uow.tickets.clear_overdue(row["id"])
    return {"status": S.DISPATCHED, "due_at": ticket_times(uow).due_for(now, row["level"]),
            "resolved_at": None, "closed_at": None, "callback_due_at": None,
            "escalated_at": row["escalated_at"], "paused_at": None}


def reopen(uow: UnitOfWork, ticket_id: int, reason: str,
           expected_version: int | None = None) -> TicketView:
    """The problem came back or the customer is not satisfied: do it again."""
    errors = required_text("reason", reason, REASON_MAX)
    if errors:
        raise ValidationError(errors)
    with uow:
        apply_step(uow, ticket_id, REOPEN,
                   lambda row: reopen_values(uow, row), expected_version=expected_version,
                   details={"reason": reason.strip()})
        return _commit_view(uow, ticket_id)


def follow_up(uow: UnitOfWork, ticket_id: int, note: str,
              expected_version: int | None = None) -> TicketView:
    """A note on how a matter is followed, e.g. a third party's report back (rule 5.2.2)."""
    errors = required_text("note", note, REASON_MAX)
    if errors:
        raise ValidationError(errors)
    with uow:
        apply_step(uow, ticket_id, FOLLOW_UP, {},
                   expected_version=expected_version, details={"note": note.strip()})
        return _commit_view(uow, ticket_id)
