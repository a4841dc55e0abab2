"""A message for an absent colleague (rule 4.2(5): take a message for a colleague who is
not there): for one staff member or for a whole unit.

`recipient_id` is who holds it now: a personal message still open when its holder hands
over the shift passes to the incoming colleague (`handover_id`, `handed_from_id` say from
whom), so nothing waits unseen on an empty desk.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class Memo(Base):
    __tablename__ = "memo"
    __table_args__ = (
        CheckConstraint("recipient_id IS NOT NULL OR unit_id IS NOT NULL",
                        name="has_recipient"),
        Index("ix_memo_recipient_done", "recipient_id", "done_at"),
        Index("ix_memo_unit_done", "unit_id", "done_at"),
        Index("ix_memo_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), default=None)
    caller: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    about: Mapped[str] = mapped_column(Text)
    call_back: Mapped[str] = mapped_column(String(100), default="")  # when to call back
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    read_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    handover_id: Mapped[int | None] = mapped_column(ForeignKey("handover.id"), default=None)
    handed_from_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
