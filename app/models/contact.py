"""A contact: every call, visit, letter or field visit, with its ring/answer/end times.

The times serve rule 4.4 (answer within three rings) and supervision (rule 5.4); a contact
may open a work order.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import Category, Channel, Outcome, Responsibility, db_enum


class Contact(Base):
    __tablename__ = "contact"
    __table_args__ = (
        Index("ix_contact_customer_created", "customer_id", "created_at",
              postgresql_include=["category"]),  # 0161: complaints counted from it
        Index("ix_contact_phone_created", "phone", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    phone: Mapped[str] = mapped_column(String(20), default="")
    channel: Mapped[Channel] = mapped_column(db_enum(Channel, "channel"))
    category: Mapped[Category] = mapped_column(db_enum(Category, "category"))
    description: Mapped[str] = mapped_column(Text)
    responsibility: Mapped[Responsibility] = mapped_column(
        db_enum(Responsibility, "responsibility"), default=Responsibility.UNDETERMINED
    )
    outcome: Mapped[Outcome] = mapped_column(db_enum(Outcome, "outcome"))
    answer: Mapped[str] = mapped_column(Text, default="")
    agent_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    rang_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # rule 3.6.2(1): the agent verified the caller's details (核实用户信息); revision 0121
    caller_verified: Mapped[bool] = mapped_column(default=False, server_default=false())
    # rule 5.3.2.2: a complaint answered on the spot that the agent marks not
    # satisfactorily resolved (未圆满解决); the satisfaction rate loses 0.5 points for it
    unresolved: Mapped[bool] = mapped_column(default=False, server_default=false())
