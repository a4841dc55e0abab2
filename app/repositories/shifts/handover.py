"""Queries of the handover log: the pending handover, its lines, carry-over and search."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, insert, or_, select, update
from sqlalchemy.orm import Session, aliased

from app.db.audit import record_set
from app.models.enums import TicketStatus
from app.models.handover import (
    COMPLETED_STATUSES,
    CarryReason,
    Handover,
    HandoverCarryover,
    HandoverItem,
    HandoverStatus,
)
from app.models.shift import RosterEntry, ShiftSlot
from app.models.staff import Staff
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.affected import rowcount

CARRIED_STATUSES = (TicketStatus.NEW, TicketStatus.DISPATCHED, TicketStatus.IN_PROGRESS,
                    TicketStatus.RESOLVED)
PENDING_STATUSES = (HandoverStatus.DRAFT, HandoverStatus.HANDED_OVER)


@dataclass(frozen=True)
class TicketLine:
    """An order that is the outgoing agent's responsibility (creator or assignee)."""

    ticket_id: int
    number: str
    category: str
    level: int
    status: str
    description: str
    due_at: datetime


@dataclass(frozen=True)
class CarryoverRow:
    """A carried-over order as it stood at hand-over time, to be frozen."""

    ticket_id: int
    reason: CarryReason
    status: str
    due_at: datetime


@dataclass(frozen=True)
class ItemLine:
    id: int
    kind: str
    subject: str
    state: str | None
    ticket_id: int | None
    ticket_number: str | None
    text: str
    created_by_name: str
    created_at: datetime


@dataclass(frozen=True)
class CarryLine:
    ticket_id: int
    number: str
    reason: str
    status: str
    level: int
    category: str
    description: str
    due_at: datetime
    acknowledged_at: datetime | None


@dataclass(frozen=True)
class HandoverView:
    """Everything the screens and the printed sheet show of one handover."""

    id: int
    status: str
    outgoing_id: int
    outgoing_name: str
    outgoing_job_number: str
    incoming_id: int | None
    incoming_name: str
    shift_name: str
    shift_date: str
    created_at: datetime
    handed_over_at: datetime | None
    completed_at: datetime | None
    signed_by_name: str
    override_by_name: str
    override_reason: str
    notes: str
    items: tuple[ItemLine, ...]
    carryovers: tuple[CarryLine, ...]
    version: int
    incoming_job_number: str = ""

    def lines(self, kind: str) -> tuple[ItemLine, ...]:
        return tuple(i for i in self.items if i.kind == kind)

    @property
    def completed(self) -> bool:
        return self.status in {s.value for s in COMPLETED_STATUSES}


@dataclass(frozen=True)
class HandoverSummary:
    id: int
    created_at: datetime
    completed_at: datetime | None
    status: str
    outgoing_name: str
    incoming_name: str
    shift_name: str
    notes: str


class HandoverRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, handover_id: int) -> Handover | None:
        return self.session.get(Handover, handover_id)

    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def pending_for(self, staff_id: int) -> Handover | None:
        return self.session.scalar(
            select(Handover).where(Handover.outgoing_id == staff_id,
                                   Handover.status.in_(PENDING_STATUSES))
            .order_by(Handover.id.desc()).limit(1))

    def awaiting_signature_of(self, staff_id: int) -> list[int]:
        """Handovers addressed to this agent (or to nobody yet) that wait for a signature."""
        return list(self.session.scalars(
            select(Handover.id).where(
                Handover.status == HandoverStatus.HANDED_OVER,
                Handover.outgoing_id != staff_id,
                or_(Handover.incoming_id == staff_id, Handover.incoming_id.is_(None)))
            .order_by(Handover.handed_over_at)))

    def completed_since(self, staff_id: int, since: datetime) -> bool:
        return self.session.scalar(select(Handover.id).where(
            Handover.outgoing_id == staff_id, Handover.status.in_(COMPLETED_STATUSES),
            Handover.completed_at >= since).limit(1)) is not None

    def taken_over_since(self, staff_id: int, since: datetime) -> Handover | None:
        """The latest handover this staff member signed as the incoming agent since `since`."""
        return self.session.scalar(select(Handover).where(
            Handover.signed_by_id == staff_id, Handover.status == HandoverStatus.SIGNED,
            Handover.completed_at >= since).order_by(Handover.completed_at.desc()).limit(1))

    def staff_name(self, staff_id: int | None) -> str:
        return self._names({staff_id}).get(staff_id, "")

    def latest_completed(self) -> Handover | None:
        return self.session.scalar(select(Handover).where(
            Handover.status.in_(COMPLETED_STATUSES)).order_by(Handover.completed_at.desc())
            .limit(1))

    def replace_items(self, handover_id: int, items: list[HandoverItem]) -> None:
        # one by one, not a bulk DELETE, so the audit hook records each removed line
        for old in self.session.scalars(select(HandoverItem).where(
                HandoverItem.handover_id == handover_id, HandoverItem.kind != "correction")):
            self.session.delete(old)
        self.session.flush()
        self.session.add_all(items)
        self.session.flush()

    def replace_carryovers(self, handover_id: int, rows: list[CarryoverRow]) -> None:
        """The carried-over orders as one set: an agent can hold thousands of orders at a
        large centre, which one ORM object and one audit event each made a 2-second save.
        One event says how many lines went and came."""
        self.session.flush()
        table = HandoverCarryover.__table__
        removed = rowcount(self.session.execute(
            delete(table).where(table.c.handover_id == handover_id)))
        if rows:
            self.session.execute(insert(table), [
                {"handover_id": handover_id, "ticket_id": r.ticket_id, "reason": r.reason,
                 "status": r.status, "due_at": r.due_at} for r in rows])
        if removed or rows:
            record_set(self.session, "handover_carryover", handover_id, "replace",
                       {"handover_id": handover_id, "removed": removed, "added": len(rows)})

    def carried_ticket_ids(self, handover_id: int) -> set[int]:
        return set(self.session.scalars(select(HandoverCarryover.ticket_id).where(
            HandoverCarryover.handover_id == handover_id)))

    def acknowledge_carryovers(self, handover_id: int, at: datetime) -> None:
        """The incoming agent acknowledged every carried-over order (rule 3.4.2), as one
        statement and one event."""
        table = HandoverCarryover.__table__
        done = rowcount(self.session.execute(
            update(table).where(table.c.handover_id == handover_id,
                                table.c.acknowledged_at.is_(None))
            .values(acknowledged_at=at)))
        if done:
            record_set(self.session, "handover_carryover", handover_id, "acknowledge",
                       {"handover_id": handover_id, "acknowledged": done})

    def responsible_tickets(self, staff_id: int, as_of: datetime) -> list[TicketLine]:
        """The orders the staff member holds at `as_of` (rule 3.4.3): an order received
        later is not theirs to pass on yet, even when its row was written earlier (an
        order entered at a desk whose clock runs ahead, or the demo's generated year)."""
        stmt = (select(Ticket.id, Ticket.category, Ticket.level, Ticket.status,
                       Ticket.description, Ticket.due_at)
                .where(or_(Ticket.created_by_id == staff_id, Ticket.assignee_id == staff_id),
                       Ticket.status.in_(CARRIED_STATUSES), Ticket.received_at <= as_of)
                .order_by(Ticket.due_at, Ticket.id))
        return [TicketLine(r[0], format_ticket_number(r[0]), r[1].value, r[2], r[3].value,
                           r[4], r[5]) for r in self.session.execute(stmt)]

    def ticket_exists(self, ticket_id: int) -> bool:
        return self.session.get(Ticket, ticket_id) is not None

    def view(self, handover_id: int) -> HandoverView | None:
        h = self.session.get(Handover, handover_id)
        if h is None:
            return None
        names = self._names({h.outgoing_id, h.incoming_id, h.signed_by_id, h.override_by_id})
        shift_name = shift_date = ""
        if h.roster_entry_id is not None:
            row = self.session.execute(
                select(ShiftSlot.name, RosterEntry.duty_date)
                .join(ShiftSlot, ShiftSlot.id == RosterEntry.slot_id)
                .where(RosterEntry.id == h.roster_entry_id)).first()
            if row:
                shift_name, shift_date = row[0], row[1].isoformat()
        author = aliased(Staff)
        items = tuple(
            ItemLine(r[0], r[1].value, r[2], r[3].value if r[3] else None, r[4],
                     format_ticket_number(r[4]) if r[4] else None, r[5], r[6], r[7])
            for r in self.session.execute(
                select(HandoverItem.id, HandoverItem.kind, HandoverItem.subject,
                       HandoverItem.state, HandoverItem.ticket_id, HandoverItem.text,
                       author.name, HandoverItem.created_at)
                .join(author, author.id == HandoverItem.created_by_id)
                .where(HandoverItem.handover_id == h.id)
                .order_by(HandoverItem.position, HandoverItem.id)))
        carry = tuple(
            CarryLine(r[0], format_ticket_number(r[0]), r[1].value, r[2], r[3], r[4].value,
                      r[5], r[6], r[7])
            for r in self.session.execute(
                select(HandoverCarryover.ticket_id, HandoverCarryover.reason,
                       HandoverCarryover.status, Ticket.level, Ticket.category,
                       Ticket.description, HandoverCarryover.due_at,
                       HandoverCarryover.acknowledged_at)
                .join(Ticket, Ticket.id == HandoverCarryover.ticket_id)
                .where(HandoverCarryover.handover_id == h.id)
                .order_by(HandoverCarryover.id)))
        out = self.session.get(Staff, h.outgoing_id)
        inc = self.session.get(Staff, h.incoming_id) if h.incoming_id is not None else None
        return HandoverView(
            id=h.id, status=h.status.value, outgoing_id=h.outgoing_id,
            outgoing_name=names.get(h.outgoing_id, ""),
            outgoing_job_number=out.job_number if out else "", incoming_id=h.incoming_id,
            incoming_name=names.get(h.incoming_id, ""), shift_name=shift_name,
            shift_date=shift_date, created_at=h.created_at, handed_over_at=h.handed_over_at,
            completed_at=h.completed_at, signed_by_name=names.get(h.signed_by_id, ""),
            override_by_name=names.get(h.override_by_id, ""),
            override_reason=h.override_reason, notes=h.notes, items=items, carryovers=carry,
            version=h.version, incoming_job_number=inc.job_number if inc else "")

    def _names(self, ids: set[int | None]) -> dict[int | None, str]:
        wanted = [i for i in ids if i is not None]
        rows = self.session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted)))
        return {r[0]: r[1] for r in rows}

    def search(self, *, start: datetime | None, end: datetime | None, agent: str, text: str,
               limit: int = 200) -> list[HandoverSummary]:
        out, inc = aliased(Staff), aliased(Staff)
        stmt = (select(Handover.id, Handover.created_at, Handover.completed_at,
                       Handover.status, out.name, inc.name, ShiftSlot.name, Handover.notes)
                .join(out, out.id == Handover.outgoing_id)
                .outerjoin(inc, inc.id == Handover.incoming_id)
                .outerjoin(RosterEntry, RosterEntry.id == Handover.roster_entry_id)
                .outerjoin(ShiftSlot, ShiftSlot.id == RosterEntry.slot_id))
        if start is not None:
            stmt = stmt.where(Handover.created_at >= start)
        if end is not None:
            stmt = stmt.where(Handover.created_at < end)
        if agent:
            like = f"%{agent}%"
            stmt = stmt.where(or_(out.name.ilike(like), out.job_number.ilike(like),
                                  inc.name.ilike(like), inc.job_number.ilike(like)))
        if text:
            like = f"%{text}%"
            in_items = exists().where(
                HandoverItem.handover_id == Handover.id,
                or_(HandoverItem.text.ilike(like), HandoverItem.subject.ilike(like)))
            stmt = stmt.where(or_(Handover.notes.ilike(like),
                                  Handover.override_reason.ilike(like), in_items))
        stmt = stmt.order_by(Handover.created_at.desc(), Handover.id.desc()).limit(limit)
        return [HandoverSummary(r[0], r[1], r[2], r[3].value, r[4], r[5] or "", r[6] or "",
                                r[7]) for r in self.session.execute(stmt)]
