"""Etiquette scripts with their version history, and what each call's etiquette reached.

Scripts are data a shift leader edits (rules 4.2, 4.3): every save is a new row, so the
history of the library is kept and any version can be read back or restored. The call
record keeps, per contact, which stages of the script a call reached and how many curt
phrases were flagged, for the inspection group's figures (rule 5.4).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime


class EtiquetteLibrary(Base):
    """One saved version of the whole phrase library; the highest version is in force."""

    __tablename__ = "etiquette_library"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(unique=True)
    content: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class EtiquetteCall(Base):
    """The etiquette of one recorded contact, keyed by the contact it belongs to."""

    __tablename__ = "etiquette_call"

    contact_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True)
    stages: Mapped[list] = mapped_column(JSON, default=list)
    greeting_reached: Mapped[bool] = mapped_column(default=False)
    closing_reached: Mapped[bool] = mapped_column(default=False)
    phrase_warnings: Mapped[int] = mapped_column(default=0)
    curt_in_notes: Mapped[int] = mapped_column(default=0)
    library_version: Mapped[int] = mapped_column(default=0)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
