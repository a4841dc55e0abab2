"""The shift handover log (交接日志) and its two-party sign-off.

Rule 3.4.3: the log records equipment status, difficult cases and staffing changes.
Rule 3.4.2: the outgoing agent stays until the incoming one has arrived, so a handover is
complete only when the incoming agent signs (or a shift leader overrides, with a reason).
A completed handover is never edited: corrections are appended as new items.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import db_enum


class HandoverStatus(StrEnum):
    DRAFT = "draft"
    HANDED_OVER = "handed_over"   # waiting for the incoming agent's signature
    SIGNED = "signed"
    OVERRIDDEN = "overridden"     # a shift leader completed it without the signature


COMPLETED_STATUSES = (HandoverStatus.SIGNED, HandoverStatus.OVERRIDDEN)


class ItemKind(StrEnum):
    EQUIPMENT = "equipment"
    DIFFICULT_CASE = "difficult_case"
    STAFFING = "staffing"
    CORRECTION = "correction"


class EquipmentState(StrEnum):
    OK = "ok"
    FAULTY = "faulty"
    OUT_OF_SERVICE = "out_of_service"


class CarryReason(StrEnum):
    OVERDUE = "overdue"
    CALLBACK = "callback"   # resolved, waiting for the callback (回访)
    OPEN = "open"


class Handover(Base):
    __tablename__ = "handover"
    __table_args__ = (
        Index("ix_handover_outgoing_status", "outgoing_id", "status"),
        Index("ix_handover_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    outgoing_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    incoming_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    roster_entry_id: Mapped[int | None] = mapped_column(ForeignKey("roster_entry.id"),
                                                        default=None)
    status: Mapped[HandoverStatus] = mapped_column(
        db_enum(HandoverStatus, "handover_status"), default=HandoverStatus.DRAFT)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    handed_over_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    override_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class HandoverItem(Base):
    """One line of the log: an equipment state, a difficult case, a staffing change or a
    correction appended after completion."""

    __tablename__ = "handover_item"
    __table_args__ = (Index("ix_handover_item_handover", "handover_id", "position"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id", ondelete="CASCADE"))
    kind: Mapped[ItemKind] = mapped_column(db_enum(ItemKind, "handover_item_kind"))
    position: Mapped[int] = mapped_column(default=0)
    subject: Mapped[str] = mapped_column(String(100), default="")
    state: Mapped[EquipmentState | None] = mapped_column(
        db_enum(EquipmentState, "equipment_state"), default=None)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    text: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class HandoverCarryover(Base):
    """A work order carried over to the incoming agent, as it stood at hand-over time."""

    __tablename__ = "handover_carryover"
    __table_args__ = (Index("ix_handover_carryover_handover", "handover_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    handover_id: Mapped[int] = mapped_column(ForeignKey("handover.id", ondelete="CASCADE"))
    ticket_id: Mapped[int] = mapped_column(ForeignKey("ticket.id"))
    reason: Mapped[CarryReason] = mapped_column(db_enum(CarryReason, "carry_reason"))
    status: Mapped[str] = mapped_column(String(20))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
