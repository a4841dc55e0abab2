"""Field-trip queries (rule 3.8): the households a trip may visit, trips and their stops.

Candidates come from three places: open work orders (with a customer), households told of
a visit on the trip's day (visit notices) and the homes of the day's sampling plan. Every
candidate carries its walking position (estate, building, stairwell, room) from the
customer record; the workflow orders them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.models.customer import Customer, CustomerPhone
from app.models.enums import DEADLINE_TICKET_STATUSES
from app.models.notice import Notice, NoticeKind, NoticeRecipient
from app.models.quality import SamplingPlan, SamplingPlanHome
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket, format_ticket_number
from app.models.trips import StopKind, Trip, TripStatus, TripStop


@dataclass(frozen=True)
class Candidate:
    """One household a trip may stop at, and why."""

    kind: str
    customer_id: int
    ticket_id: int | None
    notice_id: int | None
    number: str  # the order number, or "" for a visit or a sampling home
    category: str
    level: int | None
    account_number: str
    name: str
    address: str
    estate: str
    building: str
    entrance: str
    room: str
    phone: str
    unit_id: int | None
    description: str


@dataclass(frozen=True)
class StopRow:
    """A stop as the planner, the route sheet and the report show it."""

    id: int
    position: int
    kind: str
    customer_id: int
    ticket_id: int | None
    number: str
    ticket_status: str
    paused: bool
    category: str
    description: str
    account_number: str
    name: str
    address: str
    phone: str
    estate: str
    building: str
    entrance: str
    room: str
    floor: int
    appointment: str
    reached_name: str
    agreed_at: datetime | None
    called_at: datetime | None
    call_note: str
    outcome: str
    found: str
    done: str
    indoor_temperature: Decimal | None
    measured_room: str
    confirmed_by: str
    satisfied: bool | None
    photos: str
    follow_up_number: str
    feedback_at: datetime | None
    version: int


@dataclass(frozen=True)
class TripHead:
    id: int
    trip_date: date
    unit_id: int | None
    unit_name: str
    estate: str
    technician_id: int | None
    technician_name: str
    technician_job_number: str
    status: str
    note: str
    created_at: datetime
    reported_at: datetime | None
    stops: int
    version: int


_CANDIDATE_COLUMNS = (
    Customer.id, Customer.account_number, Customer.name, Customer.address, Customer.estate,
    Customer.building, Customer.entrance, Customer.room)


class TripRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- candidates ---
    def _phones(self, customer_ids: set[int]) -> dict[int, str]:
        if not customer_ids:
            return {}
        found: dict[int, str] = {}
        for cid, number in self.session.execute(
                select(CustomerPhone.customer_id, CustomerPhone.number)
                .where(CustomerPhone.customer_id.in_(customer_ids))
                .order_by(CustomerPhone.id)):
            found.setdefault(cid, number)
        return found

    def _on_planned_trip(self) -> set[int]:
        """Orders already on a trip not reported yet (not offered twice)."""
        return set(self.session.scalars(
            select(TripStop.ticket_id).join(Trip, Trip.id == TripStop.trip_id)
            .where(Trip.status == TripStatus.PLANNED, TripStop.ticket_id.is_not(None))))

    def open_orders(self, unit_id: int | None, estate: str, limit: int) -> list[Candidate]:
        query = (select(Ticket.id, Ticket.category, Ticket.level, Ticket.phone,
                        Ticket.unit_id, Ticket.description, *_CANDIDATE_COLUMNS)
                 .join(Customer, Customer.id == Ticket.customer_id)
                 .where(Ticket.status.in_(DEADLINE_TICKET_STATUSES))
                 .order_by(Ticket.due_at).limit(limit))
        if unit_id is not None:
            query = query.where(Ticket.unit_id == unit_id)
        if estate:
            query = query.where(Customer.estate == estate)
        taken = self._on_planned_trip()
        out = []
        for (tid, category, level, phone, unit, description, cid, account, name, address,
             est, building, entrance, room) in self.session.execute(query):
            if tid in taken:
                continue
            out.append(Candidate(StopKind.ORDER.value, cid, tid, None, format_ticket_number(tid),
                                 str(category), level, account, name, address, est, building,
                                 entrance, room, phone, unit, description))
        return out

    def announced_visits(self, first: datetime, last: datetime, unit_id: int | None,
                         estate: str) -> list[Candidate]:
        """Households whose visit notice announces a visit starting in [first, last)."""
        query = (select(Notice.id, Notice.ticket_id, Notice.reason, Notice.note,
                        *_CANDIDATE_COLUMNS)
                 .join(NoticeRecipient, NoticeRecipient.notice_id == Notice.id)
                 .join(Customer, Customer.id == NoticeRecipient.customer_id)
                 .outerjoin(Ticket, Ticket.id == Notice.ticket_id)
                 .where(Notice.kind == NoticeKind.VISIT, Notice.starts_at >= first,
                        Notice.starts_at < last)
                 .order_by(Notice.starts_at))
        if unit_id is not None:
            query = query.where(or_(Ticket.unit_id == unit_id, Notice.ticket_id.is_(None)))
        if estate:
            query = query.where(Customer.estate == estate)
        out = []
        for (nid, tid, reason, note, cid, account, name, address, est, building, entrance,
             room) in self.session.execute(query):
            out.append(Candidate(StopKind.VISIT.value, cid, tid, nid,
                                 format_ticket_number(tid) if tid else "", str(reason), None,
                                 account, name, address, est, building, entrance, room, "",
                                 unit_id, note))
        return out

    def sampling_homes(self, day: date, estate: str) -> list[Candidate]:
        query = (select(*_CANDIDATE_COLUMNS)
                 .join(SamplingPlanHome, SamplingPlanHome.customer_id == Customer.id)
                 .join(SamplingPlan, SamplingPlan.id == SamplingPlanHome.plan_id)
                 .where(SamplingPlan.sampling_date == day)
                 .order_by(SamplingPlanHome.position))
        if estate:
            query = query.where(Customer.estate == estate)
        return [Candidate(StopKind.SAMPLING.value, cid, None, None, "", "", None, account,
                          name, address, est, building, entrance, room, "", None, "")
                for cid, account, name, address, est, building, entrance, room
                in self.session.execute(query)]

    def with_phones(self, candidates: list[Candidate]) -> list[Candidate]:
        phones = self._phones({c.customer_id for c in candidates if not c.phone})
        return [c if c.phone else _replace_phone(c, phones.get(c.customer_id, ""))
                for c in candidates]

    def estates(self) -> list[str]:
        return list(self.session.scalars(
            select(Customer.estate).where(Customer.estate != "").distinct()
            .order_by(Customer.estate)))

    # --- trips ---
    def add(self, row: object) -> None:
        self.session.add(row)

    def flush(self) -> None:
        self.session.flush()

    def delete(self, row: object) -> None:
        self.session.delete(row)

    def get(self, trip_id: int) -> Trip | None:
        return self.session.get(Trip, trip_id)

    def stop(self, stop_id: int) -> TripStop | None:
        return self.session.get(TripStop, stop_id)

    def customer(self, customer_id: int) -> Customer | None:
        return self.session.get(Customer, customer_id)

    def trips(self, first: date, last: date) -> list[TripHead]:
        rows = self.session.execute(_head_query().where(
            Trip.trip_date >= first, Trip.trip_date <= last).order_by(
            Trip.trip_date.desc(), Trip.id.desc()))
        return [self._head(row) for row in rows]

    def head(self, trip_id: int) -> TripHead | None:
        row = self.session.execute(_head_query().where(Trip.id == trip_id)).first()
        return self._head(row) if row is not None else None

    def _head(self, row: Any) -> TripHead:
        trip, unit_name, tech_name, tech_job = row
        count = len(list(self.session.scalars(
            select(TripStop.id).where(TripStop.trip_id == trip.id))))
        return TripHead(trip.id, trip.trip_date, trip.unit_id, unit_name or "", trip.estate,
                        trip.technician_id, tech_name or "", tech_job or "",
                        str(trip.status), trip.note, trip.created_at, trip.reported_at,
                        count, trip.version)

    def stops(self, trip_id: int) -> list[StopRow]:
        follow = aliased(Ticket)
        rows = self.session.execute(
            select(TripStop, Customer.account_number, Customer.name, Customer.address,
                   Ticket.status, Ticket.paused_at, Ticket.category, Ticket.description,
                   Ticket.phone, follow.id)
            .join(Customer, Customer.id == TripStop.customer_id)
            .outerjoin(Ticket, Ticket.id == TripStop.ticket_id)
            .outerjoin(follow, follow.id == TripStop.follow_up_ticket_id)
            .where(TripStop.trip_id == trip_id).order_by(TripStop.position, TripStop.id))
        found = list(rows)
        phones = self._phones({s.customer_id for s, *_ in found})
        out = []
        for s, account, name, address, status, paused, category, description, phone, fid \
                in found:
            out.append(StopRow(
                s.id, s.position, str(s.kind), s.customer_id, s.ticket_id,
                format_ticket_number(s.ticket_id) if s.ticket_id else "",
                str(status) if status else "", paused is not None,
                str(category) if category else "", description or "", account, name,
                address, phone or phones.get(s.customer_id, ""), s.estate, s.building,
                s.entrance, s.room, s.floor, str(s.appointment), s.reached_name, s.agreed_at,
                s.called_at, s.call_note, str(s.outcome), s.found, s.done,
                s.indoor_temperature, s.measured_room, s.confirmed_by, s.satisfied, s.photos,
                format_ticket_number(fid) if fid else "", s.feedback_at, s.version))
        return out

    def staff_name(self, staff_id: int | None) -> tuple[str, str]:
        if staff_id is None:
            return "", ""
        staff = self.session.get(Staff, staff_id)
        return (staff.name, staff.job_number) if staff else ("", "")

    def technicians(self) -> list[tuple[int, str, str]]:
        """(id, job number, name) of the active staff who may go out."""
        return [(i, j, n) for i, j, n in self.session.execute(
            select(Staff.id, Staff.job_number, Staff.name)
            .where(Staff.active.is_(True), Staff.role.in_(("technician", "shift_leader")))
            .order_by(Staff.role.desc(), Staff.job_number))]

    def stops_with(self, trip_id: int) -> list[TripStop]:
        return list(self.session.scalars(select(TripStop).where(
            TripStop.trip_id == trip_id).order_by(TripStop.position)))


def _head_query():  # noqa: ANN202 (a Select of four columns)
    tech = aliased(Staff)
    return (select(Trip, Unit.name, tech.name, tech.job_number)
            .outerjoin(Unit, Unit.id == Trip.unit_id)
            .outerjoin(tech, tech.id == Trip.technician_id))


def _replace_phone(c: Candidate, phone: str) -> Candidate:
    return replace(c, phone=phone)
