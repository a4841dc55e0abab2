"""Printed notices (上门通知, 张贴通知) and the households each one reached.

Rule 3.8.2(1): field staff post a notice or phone before a visit; rule 5.2.1: planned
maintenance is announced in advance. Keeping who was notified, and when, lets the screen pop
tell an agent "notified on ..." when one of those households calls.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import db_enum


class NoticeKind(StrEnum):
    VISIT = "visit"          # one household, before a visit (rule 3.8.2(1))
    POSTING = "posting"      # a building or stairwell (rule 5.2.1)


class NoticeReason(StrEnum):
    REPAIR = "repair"
    TEMPERATURE = "temperature"      # room temperature measurement (rule 5.1.2)
    METER = "meter"
    INSPECTION = "inspection"
    MAINTENANCE = "maintenance"      # planned maintenance (rule 5.2.1)
    INTERRUPTION = "interruption"
    SAMPLING = "sampling"            # sampling visits on the 5th/15th/25th (rule 5.1.2)


VISIT_REASONS = (NoticeReason.REPAIR, NoticeReason.TEMPERATURE, NoticeReason.METER,
                 NoticeReason.INSPECTION)
POSTING_REASONS = (NoticeReason.MAINTENANCE, NoticeReason.INTERRUPTION, NoticeReason.SAMPLING)


class Notice(Base):
    __tablename__ = "notice"
    __table_args__ = (Index("ix_notice_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[NoticeKind] = mapped_column(db_enum(NoticeKind, "notice_kind"))
    reason: Mapped[NoticeReason] = mapped_column(db_enum(NoticeReason, "notice_reason"))
    estate: Mapped[str] = mapped_column(String(100), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    entrance: Mapped[str] = mapped_column(String(20), default="")
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    starts_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    note: Mapped[str] = mapped_column(Text, default="")
    pages: Mapped[int] = mapped_column(default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # rule 5.2.1: planned maintenance inside the heating season, or with less notice than
    # the setting, is an exception marked here with the reason stated (revision 0121)
    in_season: Mapped[bool] = mapped_column(default=False, server_default=false())
    short_notice: Mapped[bool] = mapped_column(default=False, server_default=false())
    exception_reason: Mapped[str] = mapped_column(Text, default="", server_default="")

    recipients: Mapped[list[NoticeRecipient]] = relationship(
        back_populates="notice", cascade="all, delete-orphan")


class NoticeRecipient(Base):
    __tablename__ = "notice_recipient"
    __table_args__ = (
        UniqueConstraint("notice_id", "customer_id", name="uq_notice_recipient_pair"),
        Index("ix_notice_recipient_customer", "customer_id", "notified_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    notified_at: Mapped[datetime] = mapped_column(UTCDateTime())

    notice: Mapped[Notice] = relationship(back_populates="recipients")
