"""The work order (工单): what the hotline promises the customer.

`version` is SQLAlchemy's version_id_col: an UPDATE that finds another desk's newer version
fails with StaleDataError instead of overwriting it silently. Lifecycle steps are conditional
UPDATEs that bump `version` themselves (app/workflows/tickets/steps.py).

`due_at` is always the effective deadline: resuming after a pause (waiting for the customer)
moves it later by the paused time; `paused_at` is set while the clock is stopped.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import Category, Responsibility, Satisfaction, TicketStatus, db_enum


class Ticket(Base):
    __tablename__ = "ticket"
    __table_args__ = (
        CheckConstraint("level IN (1, 2, 3)", name="level_valid"),
        CheckConstraint("due_at >= received_at", name="due_after_received"),
        Index("ix_ticket_customer_status", "customer_id", "status",
              postgresql_include=["received_at"]),  # 0161: a season's orders by customer
        Index("ix_ticket_status_due", "status", "due_at", "id"),  # 0162: keyset pages
        Index("ix_ticket_unit_status", "unit_id", "status"),
        Index("ix_ticket_contact_id", "contact_id"),  # screen pop: a contact's work order
        Index("ix_ticket_incident_id", "incident_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), default=None)
    phone: Mapped[str] = mapped_column(String(20), default="")
    category: Mapped[Category] = mapped_column(db_enum(Category, "category"))
    level: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[TicketStatus] = mapped_column(
        db_enum(TicketStatus, "ticket_status"), default=TicketStatus.NEW
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    responsibility: Mapped[Responsibility] = mapped_column(
        db_enum(Responsibility, "responsibility"), default=Responsibility.UNDETERMINED
    )
    resolution: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    version: Mapped[int] = mapped_column(default=1)
    # revision 0005: deadlines, escalation, cases, incidents
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    escalated_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    escalation_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    third_party: Mapped[str] = mapped_column(String(200), default="", server_default="")
    is_case: Mapped[bool] = mapped_column(default=False, server_default=false())
    callback_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), default=None)
    urge_count: Mapped[int] = mapped_column(default=0, server_default="0")
    # revision 0157: the answer of the order's latest reached callback that gave one, kept
    # beside the callbacks (they stay the record) by the one step that writes them
    # (`TicketRepository.refresh_callback_answer`), so that rule 5.3.2.2's unhappy orders
    # of a season are one index range, not a search among every callback ever made
    callback_satisfaction: Mapped[Satisfaction | None] = mapped_column(
        db_enum(Satisfaction, "callback_satisfaction"), default=None)

    __mapper_args__ = {"version_id_col": version}

    @property
    def number(self) -> str:
        return format_ticket_number(self.id)


TICKET_NUMBER_PREFIX = "GD"


def format_ticket_number(ticket_id: int) -> str:
    """The order number an agent reads out to a customer: GD followed by 8 digits.

    The one place the format is written; the desk reads numbers back with
    app/workflows/tickets/numbers.py:ticket_id_of.
    """
    return f"{TICKET_NUMBER_PREFIX}{ticket_id:08d}"
