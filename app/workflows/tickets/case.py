"""A case (个案, rule 3.6.2(3)): a question that cannot be answered at once.

It is held by a responsible person and carries a callback task due: when a solution
exists the customer is called at once (resolve() makes its callback due immediately).
"""

from __future__ import annotations

from datetime import datetime

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.steps import apply_step
from app.workflows.tickets.transitions import OPEN_CASE
from app.workflows.tickets.views import TicketView, load_view


def open_case(uow: UnitOfWork, ticket_id: int, holder_id: int, callback_due_at: datetime,
              expected_version: int | None = None) -> TicketView:
    with uow:
        errors: dict[str, str] = {}
        holder = uow.staff.get(holder_id)
        if holder is None or not holder.active:
            errors["holder"] = "staff.unknown"
        if callback_due_at.tzinfo is None or callback_due_at <= uow.clock():
            errors["callback_due_at"] = "time.not_future"
        if errors:
            raise ValidationError(errors)
        apply_step(uow, ticket_id, OPEN_CASE,
                   {"is_case": True, "assignee_id": holder_id,
                    "callback_due_at": callback_due_at},
                   expected_version=expected_version)
        uow.commit()
        return load_view(uow, ticket_id)
