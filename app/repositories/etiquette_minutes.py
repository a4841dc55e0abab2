"""The rule 5.4 figures' calls counted per agent and minute, in the database.

A week at 1,000,000 customers holds about 200,000 phone calls; read call by call into
Python they took 3.4 s of the figures (docs/performance.md). The workflow groups the
minutes into shifts (every boundary of a shift pattern is a whole minute). The answer
delay is counted exactly as `answer_delay` (app/workflows/intake.py) counts it: the
delay's exact microseconds as a double, divided by a million, then by the ring's seconds,
rounded up, at least one ring; IEEE doubles give the same rings in SQL as in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Float, and_, case, cast, extract, func, literal, select
from sqlalchemy import literal_column as sql
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.enums import Channel
from app.models.etiquette import EtiquetteCall
from app.models.report_indexes import sqlite_micros_between
from app.models.staff import Staff


@dataclass(frozen=True)
class CallMinute:
    """The phone calls one agent saved in one minute (UTC), summed."""

    agent_job_number: str
    agent_name: str
    minute: datetime
    calls: int
    recorded: int
    timed: int
    within_limit: int
    rings: int
    greeting: int
    closing: int
    phrase_warnings: int
    curt_in_notes: int


class CallMinutesRepository:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.postgresql = session.get_bind().dialect.name == "postgresql"

    def _rings(self, ring_seconds: float) -> Any:
        micros: Any
        if self.postgresql:
            micros = cast(extract("epoch", Contact.answered_at - Contact.rang_at) * 1_000_000,
                          BigInteger)
            quotient = (cast(func.greatest(micros, 0), Float) / literal(1_000_000.0, Float)
                        / literal(ring_seconds, Float))
            return func.greatest(1, cast(func.ceil(quotient), BigInteger))
        micros = sql(sqlite_micros_between("contact.answered_at", "contact.rang_at"))
        quotient = (func.max(micros, 0) * literal(1.0, Float) / literal(1_000_000.0, Float)
                    / literal(ring_seconds, Float))
        whole = cast(quotient, BigInteger)
        return func.max(1, whole + case((quotient > whole, 1), else_=0))

    def call_minutes(self, start: datetime, end: datetime, ring_seconds: float,
                     max_rings: int) -> list[CallMinute]:
        """Phone contacts created in [start, end), per agent and minute."""
        minute = (func.date_trunc("minute", Contact.created_at) if self.postgresql
                  else func.substr(Contact.created_at, 1, 16))
        timed = and_(Contact.rang_at.is_not(None), Contact.answered_at.is_not(None))
        rings = self._rings(ring_seconds)
        recorded = EtiquetteCall.contact_id.is_not(None)

        def counted(condition: Any) -> Any:
            return func.sum(case((condition, 1), else_=0))

        stmt = (
            select(Staff.job_number, Staff.name, minute.label("minute"), func.count(),
                   counted(recorded), counted(timed), counted(and_(timed, rings <= max_rings)),
                   func.sum(case((timed, rings), else_=0)),
                   counted(EtiquetteCall.greeting_reached.is_(True)),
                   counted(EtiquetteCall.closing_reached.is_(True)),
                   func.sum(func.coalesce(EtiquetteCall.phrase_warnings, 0)),
                   func.sum(func.coalesce(EtiquetteCall.curt_in_notes, 0)))
            .join(Staff, Staff.id == Contact.agent_id)
            .outerjoin(EtiquetteCall, EtiquetteCall.contact_id == Contact.id)
            .where(Contact.created_at >= start, Contact.created_at < end,
                   Contact.channel.in_([Channel.PHONE, Channel.HOTLINE_12345]))
            .group_by(Staff.job_number, Staff.name, minute))
        return [CallMinute(r[0], r[1], self._minute(r[2]), *(int(v or 0) for v in r[3:]))
                for r in self.session.execute(stmt)]

    def _minute(self, value: Any) -> datetime:
        if isinstance(value, datetime):
            return value.astimezone(UTC)
        # SQLite's 'YYYY-MM-DD HH:MM' (UTC); sliced, as strptime cost 14 µs a row
        return datetime(int(value[:4]), int(value[5:7]), int(value[8:10]),
                        int(value[11:13]), int(value[14:16]), tzinfo=UTC)
