"""Edits that read, change and save an order through the ORM's version column.

A desk that saves an order another desk changed meanwhile gets TicketConflict (from the
version column, raised as Conflict by the unit of work) and reloads; nothing is overwritten silently.
"""

from __future__ import annotations

from datetime import timedelta

from app.models.enums import Category
from app.repositories.uow import UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.tickets.deadlines import ticket_times
from app.workflows.tickets.errors import TicketConflict
from app.workflows.tickets.escalation import flag_if_overdue
from app.workflows.tickets.grading import require_level_change
from app.workflows.tickets.sla import needs_override
from app.workflows.tickets.views import TicketView, load_view


def _paused_total(uow: UnitOfWork, ticket_id: int) -> timedelta:
    total = timedelta(0)
    for p in uow.tickets.pauses(ticket_id):
        if p.resumed_at is not None:
            total += p.resumed_at - p.paused_at
    return total


def edit_details(uow: UnitOfWork, ticket_id: int, expected_version: int, *,
                 description: str | None = None, level: int | None = None,
                 category: str | None = None, level_reason: str = "") -> TicketView:
    """Correct what was recorded; a new level recomputes the deadline (rule 5.2.2).

    Who may change the level is the settings' (grading.py); an important customer's order
    put below level 1 needs `level_reason` and is written as a "level_override" step."""
    require(uow, Permission.TICKET_EDIT)
    errors: dict[str, str] = {}
    if description is not None and not description.strip():
        errors["description"] = "required"
    if level is not None and level not in (1, 2, 3):
        errors["level"] = "level.invalid"
    if category is not None and category not in {c.value for c in Category}:
        errors["category"] = "choice.invalid"
    if errors:
        raise ValidationError(errors)
    with uow:
        ticket = uow.tickets.get(ticket_id)
        if ticket is None:
            raise NotFound(f"work order {ticket_id}")
        if ticket.version != expected_version:
            raise TicketConflict(ticket_id)
        if description is not None:
            ticket.description = description.strip()
        if category is not None:
            ticket.category = Category(category)
        moved = False
        if level is not None and level != ticket.level:
            times = ticket_times(uow)
            require_level_change(uow, times.settings, ticket.level, level)
            card = uow.customers.card(ticket.customer_id) if ticket.customer_id else None
            if card is not None and needs_override(card.important, level):
                if not level_reason.strip():  # rule 5.2.2: visible, with who and why
                    raise ValidationError({"level_reason": "required"})
                uow.tickets.record(ticket_id, "level_override",
                                   {"level": [ticket.level, level],
                                    "reason": level_reason.strip()},
                                   uow.actor.id if uow.actor else None, uow.clock())
            moved = True
            ticket.level = level
            ticket.due_at = (ticket_times(uow).due_for(ticket.received_at, level)
                             + _paused_total(uow, ticket_id))
        _save(uow, ticket_id, deadline_moved=moved)
        return load_view(uow, ticket_id)


def record_urge(uow: UnitOfWork, ticket_id: int,
                expected_version: int | None = None) -> TicketView:
    """The customer called again to hurry the order (催办): count it on the order."""
    require(uow, Permission.TICKET_EDIT)
    with uow:
        ticket = uow.tickets.get(ticket_id)
        if ticket is None:
            raise NotFound(f"work order {ticket_id}")
        if expected_version is not None and ticket.version != expected_version:
            raise TicketConflict(ticket_id)
        ticket.urge_count += 1
        _save(uow, ticket_id)
        return load_view(uow, ticket_id)


def _save(uow: UnitOfWork, ticket_id: int, deadline_moved: bool = False) -> None:
    try:
        uow.flush()
        if deadline_moved:  # a higher level may put the deadline before the sweep's mark
            flag_if_overdue(uow, ticket_id)
        uow.commit()
    except Conflict as exc:
        raise TicketConflict(ticket_id) from exc
