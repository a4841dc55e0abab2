"""Closed vocabularies of the hotline, stored as short strings with CHECK constraints.

The values are English identifiers; the UI shows them in Chinese through translations.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Enum as SAEnum


class Role(StrEnum):
    AGENT = "agent"
    SHIFT_LEADER = "shift_leader"
    TECHNICIAN = "technician"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class Channel(StrEnum):
    """How a contact reached the desk (rules 2.5, 3.6, 3.7, 3.8)."""

    PHONE = "phone"
    VISIT = "visit"
    LETTER = "letter"
    FIELD_VISIT = "field_visit"
    HOTLINE_12345 = "hotline_12345"


class Category(StrEnum):
    ENQUIRY = "enquiry"
    COMPLAINT = "complaint"
    REPAIR = "repair"
    HEATING_QUALITY = "heating_quality"
    CONTRACT = "contract"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class Responsibility(StrEnum):
    """Responsibility attribution 责任归属 (rule 2.6)."""

    UNDETERMINED = "undetermined"
    COMPANY = "company"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"


class Outcome(StrEnum):
    ANSWERED = "answered"
    WORK_ORDER = "work_order"


class TicketStatus(StrEnum):
    NEW = "new"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    CALLBACK_DONE = "callback_done"
    CLOSED = "closed"


OPEN_TICKET_STATUSES = (
    TicketStatus.NEW,
    TicketStatus.DISPATCHED,
    TicketStatus.IN_PROGRESS,
    TicketStatus.RESOLVED,
)

# Statuses whose deadline runs (rule 5.2.2): the work is not done yet. A resolved order
# waits for its callback, which has its own due time (callback_due_at).
DEADLINE_TICKET_STATUSES = (
    TicketStatus.NEW,
    TicketStatus.DISPATCHED,
    TicketStatus.IN_PROGRESS,
)


class Satisfaction(StrEnum):
    """The customer's satisfaction at callback (回访), the four levels of rule 5.3.1."""

    SATISFIED = "satisfied"                        # 满意 100
    BASICALLY_SATISFIED = "basically_satisfied"    # 基本满意 80
    DISSATISFIED = "dissatisfied"                  # 不满意 50
    VERY_DISSATISFIED = "very_dissatisfied"        # 很不满意 30


class IncidentKind(StrEnum):
    """A parent incident covering many callers' orders (burst pipe, substation fault)."""

    BURST_PIPE = "burst_pipe"
    SUBSTATION_FAULT = "substation_fault"
    SUPPLY_INTERRUPTION = "supply_interruption"
    OTHER = "other"


class IncidentStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"


class Service(StrEnum):
    HEATING = "heating"
    HOT_WATER = "hot_water"
    STEAM = "steam"


def db_enum(enum_cls: type[StrEnum], name: str) -> SAEnum:
    """A portable string enum column: VARCHAR plus a named CHECK constraint."""
    return SAEnum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
