"""The calls the phone system reported at each desk, with the PBX's own times (issue 18).

One row per call and agent: the same call (one Asterisk Linkedid) offered to two agents of
a queue, or handed on by a transfer, is a row for each. The row is written as the events
arrive (ringing, answered, ended) and linked to the contact the agent saved and, for
click-to-dial, to the work order it was made from. The rule 4.4 figures (calls offered,
answered within three rings, abandoned, answer time) are counted from these rows.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class PbxCall(Base):
    __tablename__ = "pbx_call"
    __table_args__ = (
        UniqueConstraint("call_id", "agent_id"),
        Index("ix_pbx_call_rang_at", "rang_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    call_id: Mapped[str] = mapped_column(String(64))  # the PBX's Linkedid
    agent_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    direction: Mapped[str] = mapped_column(String(10))  # inbound / outbound
    number: Mapped[str] = mapped_column(String(20), default="")
    called: Mapped[str] = mapped_column(String(40), default="")  # queue or extension
    source: Mapped[str] = mapped_column(String(10), default="ami")  # ami / hook
    rang_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    end_cause: Mapped[str | None] = mapped_column(String(12), default=None)
    contact_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="SET NULL"), default=None)
    ticket_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("ticket.id", ondelete="SET NULL"), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
