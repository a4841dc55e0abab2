"""A case (个案, rule 3.6.2(3)): a question that cannot be answered at once.

It is held by a responsible person and carries a callback task due: when a solution
exists the customer is called at once (resolve() makes its callback due immediately).
"""

from __future__ import annotations

from datetime import datetime

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.phone import normalise_phone, phone_problem
from app.workflows.tickets.steps import apply_step
from app.workflows.tickets.transitions import OPEN_CASE
from app.workflows.tickets.views import TicketView, load_view


def open_case(uow: UnitOfWork, ticket_id: int, holder_id: int, callback_due_at: datetime,
              expected_version: int | None = None, contact_phone: str = "") -> TicketView:
    """`contact_phone`: a number to call the customer back on, required when the order
    has no phone and no known customer with a phone or an address (rule 3.6.2(3): a case
    holds the contact, 联系方式); it becomes the order's phone."""
    with uow:
        require(uow, Permission.TICKET_OPEN_CASE)  # refused before any question of input
        errors: dict[str, str] = {}
        values: dict[str, object] = {"is_case": True, "assignee_id": holder_id,
                                     "callback_due_at": callback_due_at}
        if contact_phone.strip():
            problem = phone_problem(contact_phone)
            if problem is not None:
                errors["contact_phone"] = problem
        row = uow.tickets.row(ticket_id)
        if row is not None and not errors.get("contact_phone"):
            card = (uow.customers.card(row["customer_id"])
                    if row["customer_id"] is not None else None)
            reachable = bool(row["phone"]) or (card is not None and bool(
                card.phones or card.address.strip()))
            if contact_phone.strip() and not row["phone"]:
                values["phone"] = normalise_phone(contact_phone) or ""
            elif not reachable:
                errors["contact_phone"] = "case.no_contact"  # rule 3.6.2(3)
        holder = uow.staff.get(holder_id)
        if holder is None or not holder.active:
            errors["holder"] = "staff.unknown"
        if callback_due_at.tzinfo is None or callback_due_at <= uow.clock():
            errors["callback_due_at"] = "time.not_future"
        if errors:
            raise ValidationError(errors)
        apply_step(uow, ticket_id, OPEN_CASE, values, expected_version=expected_version)
        uow.commit()
        return load_view(uow, ticket_id)
