"""What the ticket workflows return: plain frozen data the UI may keep and show."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.models.ticket import format_ticket_number
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.tickets.deadlines import DeadlineState, deadline_state


@dataclass(frozen=True)
class TicketView:
    id: int
    number: str
    version: int
    status: str
    category: str
    level: int
    description: str
    phone: str
    customer_id: int | None
    unit_id: int
    unit_name: str
    assignee_id: int | None
    assignee_name: str | None
    responsibility: str
    third_party: str
    resolution: str
    received_at: datetime
    due_at: datetime
    paused_at: datetime | None
    escalated_at: datetime | None
    escalation_reason: str
    resolved_at: datetime | None
    closed_at: datetime | None
    is_case: bool
    callback_due_at: datetime | None
    incident_id: int | None
    urge_count: int

    def deadline(self, now: datetime, due_soon: Any = None) -> DeadlineState:
        if due_soon is None:
            return deadline_state(self.status, self.due_at, self.paused_at, now)
        return deadline_state(self.status, self.due_at, self.paused_at, now, due_soon)


def _value(v: Any) -> Any:
    return getattr(v, "value", v)


def view_from_row(row: Mapping[str, Any]) -> TicketView:
    """From TicketRepository.view_row (columns plus unit_name and assignee_name)."""
    return TicketView(
        id=row["id"], number=format_ticket_number(row["id"]), version=row["version"],
        status=_value(row["status"]), category=_value(row["category"]), level=row["level"],
        description=row["description"], phone=row["phone"], customer_id=row["customer_id"],
        unit_id=row["unit_id"], unit_name=row["unit_name"],
        assignee_id=row["assignee_id"], assignee_name=row["assignee_name"],
        responsibility=_value(row["responsibility"]), third_party=row["third_party"],
        resolution=row["resolution"], received_at=row["received_at"], due_at=row["due_at"],
        paused_at=row["paused_at"], escalated_at=row["escalated_at"],
        escalation_reason=row["escalation_reason"], resolved_at=row["resolved_at"],
        closed_at=row["closed_at"], is_case=bool(row["is_case"]),
        callback_due_at=row["callback_due_at"], incident_id=row["incident_id"],
        urge_count=row["urge_count"],
    )


def load_view(uow: UnitOfWork, ticket_id: int) -> TicketView:
    """Inside an open unit of work."""
    row = uow.tickets.view_row(ticket_id)
    if row is None:
        raise NotFound(f"work order {ticket_id}")
    return view_from_row(row)


def get_ticket(uow: UnitOfWork, ticket_id: int) -> TicketView:
    """The order as stored now: what a desk reloads after a conflict."""
    with uow:
        return load_view(uow, ticket_id)
