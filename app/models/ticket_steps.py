"""Records beside a work order: pauses of its deadline and callbacks to the customer.

A pause (waiting for the customer, nobody at home) stops the deadline clock; a callback
(回访) records whether the customer was reached, their satisfaction (rule 5.3.1) and words.
Both are kept as rows, not only as the latest value on the ticket, because satisfaction
statistics and the history pane need every attempt.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import Satisfaction, db_enum


class TicketPause(Base):
    __tablename__ = "ticket_pause"
    __table_args__ = (Index("ix_ticket_pause_ticket", "ticket_id", "paused_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(String(200))
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime())
    paused_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    resumed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)


class TicketCallback(Base):
    __tablename__ = "ticket_callback"
    __table_args__ = (Index("ix_ticket_callback_ticket", "ticket_id", "called_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id", ondelete="CASCADE"))
    called_at: Mapped[datetime] = mapped_column(UTCDateTime())
    caller_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reached: Mapped[bool]
    satisfaction: Mapped[Satisfaction | None] = mapped_column(
        db_enum(Satisfaction, "satisfaction"), default=None)
    words: Mapped[str] = mapped_column(Text, default="")
