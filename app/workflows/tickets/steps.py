"""One lifecycle step: check, one conditional UPDATE, one event naming the step.

The UPDATE's WHERE carries the version the checks were made against, so a change by
another desk in between makes the step fail with TicketConflict instead of overwriting.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.permissions import Permission, require
from app.workflows.security.refusals import refused
from app.workflows.tickets.errors import IllegalTransition, TicketConflict
from app.workflows.tickets.transitions import OrderState, refusal, role_refusal

Row = Mapping[str, Any]


def plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def actor_id(uow: UnitOfWork) -> int:
    """The staff member taking a work-order step: every step (claim, release, dispatch, ...,
    a child linked to an incident) needs `ticket.work` from the one permission table."""
    return require(uow, Permission.TICKET_WORK).id


def apply_step(uow: UnitOfWork, ticket_id: int, action: str,
               values: dict[str, Any] | Callable[[Row], dict[str, Any]], *,
               expected_version: int | None = None,
               check: Callable[[Row], None] | None = None,
               details: dict[str, Any] | None = None) -> Row:
    """Run inside an open unit of work; returns the row as it was before the step.

    Whether `action` applies is the rule of transitions.RULES, the one the desk asks.
    """
    who = actor_id(uow)
    if uow.actor is not None and role_refusal(action, uow.actor.role) is not None:
        raise refused(uow, f"ticket.{action}", f"{action} is not for the role {uow.actor.role} "
                      "(transitions.ROLES)")
    row = uow.tickets.row(ticket_id)
    if row is None:
        raise NotFound(f"work order {ticket_id}")
    if expected_version is not None and row["version"] != expected_version:
        raise TicketConflict(ticket_id)
    why = refusal(action, OrderState.of_row(row))
    if why is not None:
        raise IllegalTransition(action, plain(row["status"]), why)
    if check is not None:
        check(row)
    new_values = values(row) if callable(values) else values
    if not uow.tickets.update_if(ticket_id, new_values, version=row["version"]):
        raise TicketConflict(ticket_id)
    changes = {key: [plain(row[key]), plain(value)]
               for key, value in new_values.items() if row[key] != value}
    changes.update({key: plain(value) for key, value in (details or {}).items()})
    uow.tickets.record(ticket_id, action, changes, who, uow.clock())
    return row


def required_text(field: str, text: str, max_length: int | None = None) -> dict[str, str]:
    """Field errors for a free-text reason: required, and not longer than the column."""
    if not text.strip():
        return {field: "required"}
    if max_length is not None and len(text.strip()) > max_length:
        return {field: "text.too_long"}
    return {}
