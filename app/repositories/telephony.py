"""Queries of the telephony feature: the PBX's calls per desk and the rows of the figures.

Reached through `uow.repo(TelephonyRepository)`; returns plain frozen rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.models.contact import Contact
from app.models.enums import Channel
from app.models.staff import Staff
from app.models.telephony import PbxCall
from app.models.ticket import Ticket


@dataclass(frozen=True)
class PbxCallRow:
    id: int
    call_id: str
    agent_job_number: str
    agent_name: str
    direction: str
    number: str
    called: str
    source: str
    rang_at: datetime
    answered_at: datetime | None
    ended_at: datetime | None
    end_cause: str | None
    contact_id: int | None
    ticket_id: int | None


@dataclass(frozen=True)
class PhoneContactRow:
    """A phone contact with its ring and answer times (the demo's calls)."""

    contact_id: int
    agent_job_number: str
    phone: str
    rang_at: datetime | None  # never None: the query asks for rung calls only
    answered_at: datetime | None
    ended_at: datetime | None
    created_at: datetime
    ticket_id: int | None


class TelephonyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, call_id: str, agent_id: int) -> PbxCall | None:
        return self.session.scalar(select(PbxCall).where(
            PbxCall.call_id == call_id, PbxCall.agent_id == agent_id))

    def find_many(self, call_ids: list[str], agent_id: int) -> dict[str, PbxCall]:
        found: dict[str, PbxCall] = {}
        for start in range(0, len(call_ids), 500):
            chunk = call_ids[start:start + 500]
            for row in self.session.scalars(select(PbxCall).where(
                    PbxCall.call_id.in_(chunk), PbxCall.agent_id == agent_id)):
                found[row.call_id] = row
        return found

    def add(self, call: PbxCall) -> PbxCall:
        self.session.add(call)
        return call

    def flush(self) -> None:
        self.session.flush()

    def _rows(self, stmt: Select[PbxCall, str, str]) -> list[PbxCallRow]:
        return [PbxCallRow(
            id=r[0].id, call_id=r[0].call_id, agent_job_number=r[1], agent_name=r[2],
            direction=r[0].direction, number=r[0].number, called=r[0].called,
            source=r[0].source, rang_at=r[0].rang_at, answered_at=r[0].answered_at,
            ended_at=r[0].ended_at, end_cause=r[0].end_cause, contact_id=r[0].contact_id,
            ticket_id=r[0].ticket_id) for r in self.session.execute(stmt)]

    def calls_between(self, start: datetime, end: datetime) -> list[PbxCallRow]:
        """Every desk's calls that rang in [start, end), oldest first."""
        return self._rows(
            select(PbxCall, Staff.job_number, Staff.name)
            .join(Staff, Staff.id == PbxCall.agent_id)
            .where(PbxCall.rang_at >= start, PbxCall.rang_at < end)
            .order_by(PbxCall.rang_at, PbxCall.id))

    def phone_contacts(self, start: datetime, end: datetime,
                       limit: int) -> list[PhoneContactRow]:
        """The newest `limit` phone contacts with a ring time created in [start, end)."""
        stmt = (
            select(Contact.id, Staff.job_number, Contact.phone, Contact.rang_at,
                   Contact.answered_at, Contact.ended_at, Contact.created_at, Ticket.id)
            .join(Staff, Staff.id == Contact.agent_id)
            .outerjoin(Ticket, Ticket.contact_id == Contact.id)
            .where(Contact.created_at >= start, Contact.created_at < end,
                   Contact.rang_at.is_not(None),
                   Contact.channel.in_([Channel.PHONE, Channel.HOTLINE_12345]))
            .order_by(Contact.created_at.desc(), Contact.id.desc()).limit(limit))
        return [PhoneContactRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7])
                for r in self.session.execute(stmt)]

    def calls_of_ticket(self, ticket_id: int) -> list[PbxCallRow]:
        return self._rows(
            select(PbxCall, Staff.job_number, Staff.name)
            .join(Staff, Staff.id == PbxCall.agent_id)
            .where(PbxCall.ticket_id == ticket_id).order_by(PbxCall.rang_at))
