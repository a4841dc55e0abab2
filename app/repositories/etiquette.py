"""Queries of the etiquette feature: library versions, per-call records, supervision rows.

Reached through `uow.repo(EtiquetteRepository)`. Returns plain frozen rows so nothing from
the session leaks into the panel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.enums import Channel
from app.models.etiquette import EtiquetteCall, EtiquetteLibrary
from app.models.staff import Staff


@dataclass(frozen=True)
class LibraryVersionView:
    version: int
    note: str
    author: str | None
    created_at: datetime


@dataclass(frozen=True)
class CallRow:
    """One contact with the etiquette record it may have, for the rule 5.4 figures."""

    contact_id: int
    agent_job_number: str
    agent_name: str
    created_at: datetime
    rang_at: datetime | None
    answered_at: datetime | None
    recorded: bool
    greeting_reached: bool
    closing_reached: bool
    phrase_warnings: int
    curt_in_notes: int


class EtiquetteRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def latest_library(self) -> tuple[int, dict] | None:
        row = self.session.execute(
            select(EtiquetteLibrary.version, EtiquetteLibrary.content)
            .order_by(EtiquetteLibrary.version.desc()).limit(1)).first()
        return (row[0], row[1]) if row else None

    def library_version(self, version: int) -> dict | None:
        return self.session.scalar(
            select(EtiquetteLibrary.content).where(EtiquetteLibrary.version == version))

    def add_library(self, content: dict, note: str, actor_id: int | None,
                    now: datetime) -> int:
        """A new version after the highest; the unique version column refuses a race."""
        top = self.session.scalar(select(func.max(EtiquetteLibrary.version))) or 0
        row = EtiquetteLibrary(version=top + 1, content=content, note=note,
                               created_by_id=actor_id, created_at=now)
        self.session.add(row)
        self.session.flush()
        return row.version

    def history(self, limit: int = 200) -> list[LibraryVersionView]:
        rows = self.session.execute(
            select(EtiquetteLibrary.version, EtiquetteLibrary.note, Staff.name,
                   EtiquetteLibrary.created_at)
            .outerjoin(Staff, Staff.id == EtiquetteLibrary.created_by_id)
            .order_by(EtiquetteLibrary.version.desc()).limit(limit))
        return [LibraryVersionView(*row) for row in rows]

    def contact_texts(self, contact_id: int) -> tuple[str, str] | None:
        row = self.session.execute(
            select(Contact.description, Contact.answer).where(Contact.id == contact_id)
        ).first()
        return (row[0], row[1]) if row else None

    def put_call(self, contact_id: int, *, stages: list[str], greeting: bool, closing: bool,
                 warnings: int, curt_in_notes: int, library_version: int,
                 now: datetime) -> None:
        """Insert or update the record of one contact (the call may go on after saving)."""
        row = self.session.get(EtiquetteCall, contact_id)
        if row is None:
            row = EtiquetteCall(contact_id=contact_id)
            self.session.add(row)
        row.stages = list(stages)
        row.greeting_reached = greeting
        row.closing_reached = closing
        row.phrase_warnings = warnings
        row.curt_in_notes = curt_in_notes
        row.library_version = library_version
        row.recorded_at = now
        self.session.flush()

    def call_record(self, contact_id: int) -> EtiquetteCall | None:
        return self.session.get(EtiquetteCall, contact_id)

    def call_rows(self, start: datetime, end: datetime,
                  newest: int | None = None) -> list[CallRow]:
        """Phone contacts created in [start, end) with their etiquette record, if any, in
        time order; only the `newest` so many when given."""
        stmt = (
            select(Contact.id, Staff.job_number, Staff.name, Contact.created_at,
                   Contact.rang_at, Contact.answered_at, EtiquetteCall.contact_id,
                   EtiquetteCall.greeting_reached, EtiquetteCall.closing_reached,
                   EtiquetteCall.phrase_warnings, EtiquetteCall.curt_in_notes)
            .join(Staff, Staff.id == Contact.agent_id)
            .outerjoin(EtiquetteCall, EtiquetteCall.contact_id == Contact.id)
            .where(Contact.created_at >= start, Contact.created_at < end,
                   Contact.channel.in_([Channel.PHONE, Channel.HOTLINE_12345]))
        )
        if newest is None:
            rows = list(self.session.execute(stmt.order_by(Contact.created_at, Contact.id)))
        else:
            rows = list(self.session.execute(
                stmt.order_by(Contact.created_at.desc(), Contact.id.desc()).limit(newest)))
            rows.reverse()
        return [
            CallRow(contact_id=r[0], agent_job_number=r[1], agent_name=r[2],
                    created_at=r[3], rang_at=r[4], answered_at=r[5], recorded=r[6] is not None,
                    greeting_reached=bool(r[7]), closing_reached=bool(r[8]),
                    phrase_warnings=r[9] or 0, curt_in_notes=r[10] or 0)
            for r in rows
        ]
