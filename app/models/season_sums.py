"""Season sums of the contacts, kept by the database as contacts are written (revision 0104).

The complaints report counts a season's contacts per agent and category and per phone
(repeat callers, rule 5.4). A season of a big city holds about a million contacts, and
grouping them per phone took 1.3-1.8 s of the report. These tables hold the same counts per
season, kept by a trigger on `contact` in the inserting transaction (whatever writes the
contact: the intake workflow, a test, a bulk load that rebuilds them at its end), so the
report reads a few thousand rows per agent and one index range per phone ranking.

A contact belongs to the season of its local day: `contact_season_key` (one row) holds the
season's first and last day (MM-DD) and the centre's UTC offset the sums are kept for, read
by the trigger. The report uses the sums only when that row equals the settings it runs
with; otherwise (the settings changed, or the row is missing) it counts the contacts
themselves, and the figures are the same, only slower. `season` is the first year of the
season ("2025-2026" -> 2025).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime


class ContactSeasonKey(Base):
    """The season dates and UTC offset the sums below are kept for (one row, id 1)."""

    __tablename__ = "contact_season_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    season_start: Mapped[str] = mapped_column(String(5))  # "11-15"
    season_end: Mapped[str] = mapped_column(String(5))  # "03-15", the last day inside
    utc_offset_minutes: Mapped[int] = mapped_column(Integer)


class ContactSeasonPhone(Base):
    """Contacts of one phone in one season, and the last of them."""

    __tablename__ = "contact_season_phone"
    __table_args__ = (Index("ix_contact_season_phone_rank", "season", "n"),)

    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    last_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ContactSeasonAgent(Base):
    """Contacts of one category taken by one agent in one season."""

    __tablename__ = "contact_season_agent"

    season: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(20), primary_key=True)
    agent_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
