"""The screen pop's reads in two statements, whatever the caller has.

An agent waits for the card while the phone rings, and on a database server every
statement is a round trip (plus the driver's and SQLAlchemy's own work), so the pop does
not ask feature by feature. The first statement finds the customers owning the number,
with their card columns; the second brings everything shown around the card (phones, open
work orders, last contacts, latest notice, an open incident over the building with its
areas and orders) as one UNION ALL of typed rows, each tagged with its section.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    Select,
    String,
    bindparam,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import ColumnElement

from app.models.base import UTCDateTime
from app.models.contact import Contact
from app.models.customer import Customer, CustomerMarkRow, CustomerPhone
from app.models.enums import OPEN_TICKET_STATUSES, IncidentStatus
from app.models.heating_stop import HeatingStop, StopStatus, heating_state
from app.models.incident import Incident, IncidentArea
from app.models.network import ActiveOutage, Outage
from app.models.notice import Notice, NoticeRecipient
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.customers.terms import contract_alias, joined_on, terms_columns
from app.repositories.network.views import OutageLine
from app.repositories.notices import LastNotice
from app.repositories.views import (
    ContactSummary,
    CustomerCard,
    CustomerHit,
    IncidentView,
    TicketSummary,
    customer_card,
)

OWNERS_LIMIT = 20  # a shared line lists at most this many customers
OPEN_ORDERS_LIMIT = 50
AREAS_LIMIT = 20  # areas of the incident over the building sent with the card

_CARD_COLUMNS = (
    Customer.id, Customer.account_number, Customer.name, Customer.address,
    Customer.district, Customer.estate, Customer.building, Customer.entrance, Customer.room,
    Customer.heated_area, Customer.heating, Customer.hot_water, Customer.steam,
    Customer.important, Customer.contract_notes,
    Customer.customer_class, Customer.notes,  # issue 14: the archive's record
)
# issue 14: the terms in force are the season's contract's (rule 3.1.3), one outer join
_CONTRACT = contract_alias()
_TERMS = terms_columns(_CONTRACT)
_SEASON = bindparam("season", type_=Integer)

# the archive's sections (issue 14): special marks, the newest stop/resume applications
MARK, STOP = 21, 22
STOP_ROWS = 3
# the sections of the second statement, in the order of the tag column
PHONE, ORDER, CONTACT, NOTICE, INCIDENT, AREA, OUTAGE = range(1, 8)


@dataclass(frozen=True)
class AroundCard:
    """What is shown around a customer's card."""

    phones: tuple[str, ...] = ()
    open_tickets: tuple[TicketSummary, ...] = ()
    last_contacts: tuple[ContactSummary, ...] = ()
    last_notice: LastNotice | None = None
    incident: IncidentView | None = None  # the open incident over the building
    marks: tuple[str, ...] = ()  # issue 14: special marks (all but "important")
    heating_state: str = "heating"  # issue 14: app/models/heating_stop.py:heating_state
    outage: OutageLine | None = None  # a network outage over the building (issue 16)


def card_of(row: Any, phones: tuple[str, ...] = (), around: AroundCard | None = None
            ) -> CustomerCard:
    if around is None:
        return customer_card(row, phones)
    return customer_card(row, phones, around.marks, around.heating_state)


def hit_of(row: Any) -> CustomerHit:
    return CustomerHit(row.id, row.account_number, row.name, row.address, row.important)


# ---- the second statement's columns ---------------------------------------------------
def _text(column: Any = None) -> ColumnElement[Any]:
    return cast(null(), String) if column is None else type_coerce(column, String)


def _number(column: Any = None) -> ColumnElement[Any]:
    return cast(null(), BigInteger) if column is None else cast(column, BigInteger)


def _time(column: Any = None) -> ColumnElement[Any]:
    return cast(null(), UTCDateTime()) if column is None else type_coerce(column, UTCDateTime())


def _row(section: int, row_id: Any, texts: Sequence[Any] = (), numbers: Sequence[Any] = (),
         times: Sequence[Any] = ()) -> tuple[ColumnElement[Any], ...]:
    """One section's columns in the shared shape: tag, id, five texts, two numbers, three
    times (NULL where the section has none, typed so PostgreSQL can unite them)."""
    text_cols = [_text(t) for t in texts] + [_text() for _ in range(5 - len(texts))]
    number_cols = [_number(n) for n in numbers] + [_number() for _ in range(2 - len(numbers))]
    time_cols = [_time(t) for t in times] + [_time() for _ in range(3 - len(times))]
    return (literal_column(str(section), Integer).label("section"),
            cast(row_id, BigInteger).label("id"),
            *(c.label(f"s{i}") for i, c in enumerate(text_cols, start=1)),
            *(c.label(f"n{i}") for i, c in enumerate(number_cols, start=1)),
            *(c.label(f"t{i}") for i, c in enumerate(time_cols, start=1)))


def _boxed(stmt: Select[Any]) -> Select[Any]:
    """ORDER BY and LIMIT inside a UNION ALL branch need a subquery on SQLite."""
    return select(stmt.subquery())


def _covering() -> Select[Any]:
    """The newest open incident whose area holds the building (or the whole estate)."""
    estate, building = bindparam("estate", type_=String), bindparam("building", type_=String)
    return (select(Incident.id)
            .join(IncidentArea, IncidentArea.incident_id == Incident.id)
            .where(Incident.status == IncidentStatus.OPEN, IncidentArea.estate == estate,
                   or_(IncidentArea.building == building, IncidentArea.building == ""))
            .order_by(Incident.started_at.desc(), Incident.id.desc())
            .limit(1))


# The statements are built once per process with bound parameters and reused: building
# this UNION ALL of some sixty typed columns cost more than the database's answer.
@cache
def _owners_statement() -> Executable:
    owners = (select(CustomerPhone.customer_id)
              .where(CustomerPhone.number == bindparam("number", type_=String))
              .order_by(CustomerPhone.customer_id).limit(OWNERS_LIMIT))
    return (select(*_CARD_COLUMNS, *_TERMS)
            .outerjoin(_CONTRACT, joined_on(_CONTRACT, _SEASON))
            .where(Customer.id.in_(owners.scalar_subquery()))
            .order_by(Customer.id))


@cache
def _customer_statement() -> Executable:
    return (select(*_CARD_COLUMNS, *_TERMS)
            .outerjoin(_CONTRACT, joined_on(_CONTRACT, _SEASON))
            .where(Customer.id == bindparam("customer_id", type_=BigInteger)))


@cache
def _around_statement(contacts: int, incident: bool) -> Executable:
    customer_id = bindparam("customer_id", type_=BigInteger)
    branches = [
        select(*_row(PHONE, CustomerPhone.id, (CustomerPhone.number,)))
        .where(CustomerPhone.customer_id == customer_id),
        _boxed(select(*_row(ORDER, Ticket.id,
                            (Ticket.category, Ticket.status, Ticket.description,
                             Unit.name), (Ticket.level, Ticket.unit_id),
                            (Ticket.received_at, Ticket.due_at)))
               .join(Unit, Unit.id == Ticket.unit_id)
               .where(Ticket.customer_id == customer_id,
                      Ticket.status.in_(OPEN_TICKET_STATUSES))
               .order_by(Ticket.due_at).limit(OPEN_ORDERS_LIMIT)),
        _boxed(_contacts(Contact.customer_id == customer_id, contacts)),
        _boxed(select(*_row(NOTICE, Notice.id, (Notice.kind, Notice.reason), (),
                            (NoticeRecipient.notified_at, Notice.starts_at,
                             Notice.ends_at)))
               .join(Notice, Notice.id == NoticeRecipient.notice_id)
               .where(NoticeRecipient.customer_id == customer_id)
               .order_by(NoticeRecipient.notified_at.desc(), Notice.id.desc())
               .limit(1)),
        select(*_row(MARK, CustomerMarkRow.customer_id, (CustomerMarkRow.mark,)))
        .where(CustomerMarkRow.customer_id == customer_id),
        _boxed(select(*_row(STOP, HeatingStop.id,
                            (HeatingStop.kind, HeatingStop.status, Ticket.status),
                            (HeatingStop.season,), (HeatingStop.applied_at,)))
               .outerjoin(Ticket, Ticket.id == HeatingStop.ticket_id)
               .where(HeatingStop.customer_id == customer_id,
                      HeatingStop.status != StopStatus.CANCELLED)
               .order_by(HeatingStop.applied_at.desc(), HeatingStop.id.desc())
               .limit(STOP_ROWS)),
    ]
    if incident:
        covering = _covering().scalar_subquery()
        children = (select(func.count()).select_from(Ticket)
                    .where(Ticket.incident_id == Incident.id).scalar_subquery())
        branches.append(
            select(*_row(INCIDENT, Incident.id,
                         (Incident.kind, Incident.title, Incident.description,
                          Incident.status, Incident.resolution),
                         (Incident.unit_id, children),
                         (Incident.started_at, Incident.expected_end_at)))
            .where(Incident.id == covering))
        # an outage's incident holds every building it covers (thousands): the card lists
        # a few, never the whole network on every pop (issue 16)
        branches.append(_boxed(
            select(*_row(AREA, IncidentArea.id,
                         (IncidentArea.estate, IncidentArea.building)))
            .where(IncidentArea.incident_id == covering)
            .order_by(IncidentArea.id).limit(AREAS_LIMIT)))
        # issue 16: the outage over the building, one lookup on its primary key
        branches.append(_boxed(
            select(*_row(OUTAGE, Outage.id, (Outage.kind, Outage.title, Outage.reason),
                         (Outage.incident_id,), (Outage.starts_at, Outage.expected_end_at)))
            .join(ActiveOutage, ActiveOutage.outage_id == Outage.id)
            .where(ActiveOutage.estate == bindparam("estate", type_=String),
                   ActiveOutage.building == bindparam("building", type_=String))
            .order_by(Outage.starts_at.desc()).limit(1)))
    return union_all(*branches)


@cache
def _phone_contacts_statement(limit: int) -> Executable:
    return _contacts(Contact.phone == bindparam("phone", type_=String), limit)


class ScreenPopRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def owners(self, number: str, season: int) -> list[Any]:
        """Card columns of every customer with this number, lowest id first, with the
        contract terms of `season` in force."""
        return list(self.session.execute(_owners_statement(),
                                         {"number": number, "season": season}))

    def customer(self, customer_id: int, season: int) -> Any | None:
        return self.session.execute(_customer_statement(),
                                    {"customer_id": customer_id, "season": season}
                                    ).one_or_none()

    def around(self, customer_id: int, estate: str, building: str,
               contacts: int) -> AroundCard:
        """Phones, open orders, last contacts, latest notice and incident: one statement."""
        params: dict[str, Any] = {"customer_id": customer_id}
        if estate:
            params.update(estate=estate, building=building)
        return _gather(self.session.execute(_around_statement(contacts, bool(estate)),
                                            params))

    def contacts_for_phone(self, phone: str, limit: int) -> list[ContactSummary]:
        """An unknown caller's earlier contacts."""
        rows = self.session.execute(_phone_contacts_statement(limit), {"phone": phone})
        return sorted((_contact(r) for r in rows), key=_newest_first, reverse=True)


def _contacts(where: ColumnElement[bool], limit: int) -> Select[Any]:
    return (select(*_row(CONTACT, Contact.id,
                         (Contact.channel, Contact.category, Contact.description,
                          Contact.outcome, Staff.name), (Ticket.id,), (Contact.created_at,)))
            .join(Staff, Staff.id == Contact.agent_id)
            .outerjoin(Ticket, Ticket.contact_id == Contact.id)
            .where(where)
            .order_by(Contact.created_at.desc(), Contact.id.desc())
            .limit(limit))


def _contact(r: Any) -> ContactSummary:
    return ContactSummary(id=r.id, created_at=r.t1, channel=r.s1, category=r.s2,
                          description=r.s3, outcome=r.s4, agent_name=r.s5,
                          ticket_number=format_ticket_number(r.n1) if r.n1 else None)


def _newest_first(contact: ContactSummary) -> tuple[datetime, int]:
    return (contact.created_at, contact.id)


def _gather(rows: Any) -> AroundCard:
    """Sort the tagged rows back into their sections, each in its own order (a UNION ALL
    keeps no order of its branches)."""
    phones: list[tuple[int, str]] = []
    orders: list[TicketSummary] = []
    contacts: list[ContactSummary] = []
    notice: LastNotice | None = None
    incident: Any = None
    areas: list[tuple[str, str]] = []
    marks: list[str] = []
    stops: list[tuple[datetime, int, str, str, str | None]] = []
    outage: OutageLine | None = None
    for r in rows:
        if r.section == MARK:
            marks.append(r.s1)
            continue
        if r.section == STOP:
            stops.append((r.t1, r.id, r.s1, r.s2, r.s3))
            continue
        if r.section == PHONE:
            phones.append((r.id, r.s1))
        elif r.section == ORDER:
            orders.append(TicketSummary(
                id=r.id, number=format_ticket_number(r.id), category=r.s1, level=int(r.n1),
                status=r.s2, description=r.s3, unit_name=r.s4, received_at=r.t1,
                due_at=r.t2, unit_id=int(r.n2) if r.n2 is not None else None))
        elif r.section == CONTACT:
            contacts.append(_contact(r))
        elif r.section == NOTICE:
            notice = LastNotice(notice_id=r.id, kind=r.s1, reason=r.s2, notified_at=r.t1,
                                starts_at=r.t2, ends_at=r.t3)
        elif r.section == INCIDENT:
            incident = r
        elif r.section == AREA:
            areas.append((r.s1, r.s2))
        elif r.section == OUTAGE:
            outage = OutageLine(outage_id=r.id, kind=r.s1, title=r.s2, reason=r.s3,
                                incident_id=int(r.n1) if r.n1 is not None else None,
                                starts_at=r.t1, expected_end_at=r.t2)
    covering = None if incident is None else IncidentView(
        id=incident.id, kind=incident.s1, title=incident.s2, description=incident.s3,
        status=incident.s4, resolution=incident.s5, unit_id=int(incident.n1),
        children=int(incident.n2 or 0), started_at=incident.t1,
        expected_end_at=incident.t2, areas=tuple(sorted(areas)))
    return AroundCard(
        phones=tuple(number for _id, number in sorted(phones)),
        open_tickets=tuple(sorted(orders, key=lambda t: (t.due_at, t.id))),
        last_contacts=tuple(sorted(contacts, key=_newest_first, reverse=True)),
        marks=tuple(sorted(marks)),
        heating_state=heating_state([(k, s, o) for *_at, k, s, o in sorted(stops, reverse=True)]
                                    ).value,
        last_notice=notice, incident=covering, outage=outage)
