"""A walk-in visitor at the service hall (rule 3.7.2: record the visit truthfully, report
it, explain the current policies).

The matter itself is a contact with channel VISIT, written by the intake workflow like a
call, so a visit has the same categories, answers and work orders; this row keeps what
only a visit has: who came, when they came and left, what they were handed and the
follow-up promised.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class Visitor(Base):
    __tablename__ = "visitor"
    __table_args__ = (
        Index("ix_visitor_arrived_at", "arrived_at"),
        Index("ix_visitor_contact_id", "contact_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    name: Mapped[str] = mapped_column(String(50))
    party: Mapped[int] = mapped_column(default=1)  # how many came together
    arrived_at: Mapped[datetime] = mapped_column(UTCDateTime())
    left_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    given: Mapped[str] = mapped_column(Text, default="")  # material keys, one per line
    follow_up: Mapped[str] = mapped_column(Text, default="")
    received_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
