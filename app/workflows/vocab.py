"""The closed vocabularies, re-exported so the UI can list choices without importing models."""

from app.models.enums import (
    OPEN_TICKET_STATUSES,
    Category,
    Channel,
    Outcome,
    Responsibility,
    Role,
    Service,
    TicketStatus,
)

__all__ = [
    "OPEN_TICKET_STATUSES", "Category", "Channel", "Outcome", "Responsibility", "Role",
    "Service", "TicketStatus",
]
