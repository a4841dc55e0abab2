"""Notice queries: the households of a building or stairwell, and who was notified when.

The household list feeds bulk printing, so it selects narrow columns on the
(estate, building, entrance) index instead of loading customers with their phones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from app.db.audit import record_set
from app.models.customer import Customer, CustomerPhone
from app.models.notice import Notice, NoticeKind, NoticeReason, NoticeRecipient
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket, format_ticket_number


@dataclass(frozen=True)
class Household:
    customer_id: int
    account_number: str
    name: str
    address: str
    estate: str
    building: str
    entrance: str
    room: str


@dataclass(frozen=True)
class LastNotice:
    """What the screen pop says about the latest notice that reached a customer."""

    notice_id: int
    kind: str
    reason: str
    notified_at: datetime
    starts_at: datetime | None
    ends_at: datetime | None
    exception_reason: str = ""  # planned maintenance in the season or at short notice


@dataclass(frozen=True)
class TicketSheetRow:
    """Everything a visit notice or a work-order sheet needs from one ticket."""

    ticket_id: int
    number: str
    category: str
    level: int
    description: str
    received_at: datetime
    due_at: datetime
    phone: str
    unit_name: str
    unit_phone: str
    assignee_name: str
    customer: Household | None
    customer_phones: tuple[str, ...]


_HOUSEHOLD_COLUMNS = (Customer.id, Customer.account_number, Customer.name, Customer.address,
                      Customer.estate, Customer.building, Customer.entrance, Customer.room)


def _room_key(room: str) -> tuple[int, str]:
    digits = "".join(ch for ch in room if ch.isdigit())
    return (int(digits) if digits else 0, room)


class NoticeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def households(self, estate: str, building: str = "",
                   entrance: str = "") -> list[Household]:
        """Every customer of an estate, building or stairwell, in posting order."""
        stmt = select(*_HOUSEHOLD_COLUMNS).where(Customer.estate == estate)
        if building:
            stmt = stmt.where(Customer.building == building)
        if entrance:
            stmt = stmt.where(Customer.entrance == entrance)
        rows = [Household(*row) for row in self.session.execute(stmt)]
        rows.sort(key=lambda h: (_room_key(h.building), _room_key(h.entrance),
                                 _room_key(h.room), h.account_number))
        return rows

    def households_by_ids(self, customer_ids: list[int]) -> list[Household]:
        rows = self.session.execute(
            select(*_HOUSEHOLD_COLUMNS).where(Customer.id.in_(customer_ids)))
        return [Household(*row) for row in rows]

    def estates(self) -> list[str]:
        return list(self.session.scalars(
            select(Customer.estate).where(Customer.estate != "").distinct()
            .order_by(Customer.estate)))

    def buildings(self, estate: str) -> list[str]:
        found = self.session.scalars(select(Customer.building).where(
            Customer.estate == estate, Customer.building != "").distinct())
        return sorted(found, key=_room_key)

    def entrances(self, estate: str, building: str) -> list[str]:
        found = self.session.scalars(select(Customer.entrance).where(
            Customer.estate == estate, Customer.building == building,
            Customer.entrance != "").distinct())
        return sorted(found, key=_room_key)

    def ticket_sheet(self, ticket_id: int) -> TicketSheetRow | None:
        row = self.session.execute(
            select(Ticket.id, Ticket.category, Ticket.level, Ticket.description,
                   Ticket.received_at, Ticket.due_at, Ticket.phone, Ticket.customer_id,
                   Unit.name, Unit.phone, Staff.name)
            .join(Unit, Unit.id == Ticket.unit_id)
            .outerjoin(Staff, Staff.id == Ticket.assignee_id)
            .where(Ticket.id == ticket_id)).one_or_none()
        if row is None:
            return None
        customer: Household | None = None
        phones: tuple[str, ...] = ()
        if row.customer_id is not None:
            found = self.session.execute(
                select(*_HOUSEHOLD_COLUMNS).where(Customer.id == row.customer_id)).one()
            customer = Household(*found)
            phones = tuple(self.session.scalars(
                select(CustomerPhone.number).where(CustomerPhone.customer_id == row.customer_id)
                .order_by(CustomerPhone.id)))
        return TicketSheetRow(
            ticket_id=row.id, number=format_ticket_number(row.id), category=row.category.value,
            level=row.level, description=row.description, received_at=row.received_at,
            due_at=row.due_at, phone=row.phone, unit_name=row[8], unit_phone=row[9],
            assignee_name=row[10] or "", customer=customer, customer_phones=phones)

    def add(self, notice: Notice, customer_ids: list[int]) -> Notice:
        """The notice, then its recipients as one set: an outage notice reaches tens of
        thousands of households, which one ORM object and one audit event each made a
        15-second wait (one event names the notice and how many it reached)."""
        self.session.add(notice)
        self.session.flush()
        recipients = list(dict.fromkeys(customer_ids))
        if recipients:
            self.session.execute(insert(NoticeRecipient.__table__), [
                {"notice_id": notice.id, "customer_id": cid, "notified_at": notice.created_at}
                for cid in recipients])
            record_set(self.session, "notice_recipient", notice.id, "create",
                       {"notice_id": notice.id, "recipients": len(recipients)})
        return notice

    def latest_for_customer(self, customer_id: int) -> LastNotice | None:
        row = self.session.execute(
            select(Notice.id, Notice.kind, Notice.reason, NoticeRecipient.notified_at,
                   Notice.starts_at, Notice.ends_at, Notice.exception_reason)
            .join(Notice, Notice.id == NoticeRecipient.notice_id)
            .where(NoticeRecipient.customer_id == customer_id)
            .order_by(NoticeRecipient.notified_at.desc(), Notice.id.desc())
            .limit(1)).one_or_none()
        if row is None:
            return None
        return LastNotice(notice_id=row[0], kind=NoticeKind(row[1]).value,
                          reason=NoticeReason(row[2]).value, notified_at=row[3],
                          starts_at=row[4], ends_at=row[5], exception_reason=row[6] or "")

    def recipients(self, notice_id: int) -> list[int]:
        return list(self.session.scalars(
            select(NoticeRecipient.customer_id).where(NoticeRecipient.notice_id == notice_id)
            .order_by(NoticeRecipient.customer_id)))

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Notice)) or 0
