"""Stop and resume heating applications (报停 / 复热) with their field-check orders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.heating_stop import HeatingStop, StopStatus, is_done
from app.models.staff import Staff
from app.models.ticket import Ticket, format_ticket_number
from app.repositories.customers.terms import by_number


@dataclass(frozen=True)
class StopLine:
    """One application as the card and the lists show it."""

    id: int
    customer_id: int
    account_number: str
    name: str
    estate: str
    building: str
    entrance: str
    room: str
    address: str
    season: int
    kind: str
    status: str  # pending / done / cancelled: done when the field-check order is resolved
    reason: str
    applied_at: datetime
    applied_by: str
    ticket_id: int | None
    ticket_number: str | None
    order_status: str | None
    resolved_at: datetime | None
    version: int


_COLUMNS = (HeatingStop.id, HeatingStop.customer_id, Customer.account_number, Customer.name,
            Customer.estate, Customer.building, Customer.entrance, Customer.room,
            Customer.address, HeatingStop.season, HeatingStop.kind, HeatingStop.status,
            HeatingStop.reason, HeatingStop.applied_at, Staff.name.label("applied_by"),
            HeatingStop.ticket_id, Ticket.status.label("order_status"), Ticket.resolved_at,
            HeatingStop.version)


def _line(r: Any) -> StopLine:
    order_status = None if r.order_status is None else str(r.order_status)
    status = str(r.status)
    if is_done(status, order_status):
        status = StopStatus.DONE.value
    return StopLine(
        id=r.id, customer_id=r.customer_id, account_number=r.account_number, name=r.name,
        estate=r.estate, building=r.building, entrance=r.entrance, room=r.room,
        address=r.address, season=r.season, kind=str(r.kind), status=status,
        reason=r.reason, applied_at=r.applied_at, applied_by=r.applied_by or "",
        ticket_id=r.ticket_id,
        ticket_number=format_ticket_number(r.ticket_id) if r.ticket_id else None,
        order_status=order_status, resolved_at=r.resolved_at, version=r.version)


def _select() -> Any:
    return (select(*_COLUMNS).join(Customer, Customer.id == HeatingStop.customer_id)
            .outerjoin(Staff, Staff.id == HeatingStop.applied_by_id)
            .outerjoin(Ticket, Ticket.id == HeatingStop.ticket_id))


class StopRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, stop: HeatingStop) -> HeatingStop:
        self.session.add(stop)
        self.session.flush()
        return stop

    def own_shutoff(self, customer_id: int) -> bool | None:
        """Whether the home can be shut off on its own; None: no such customer."""
        return self.session.scalar(select(Customer.own_shutoff)
                                   .where(Customer.id == customer_id))

    def get(self, stop_id: int) -> HeatingStop | None:
        return self.session.get(HeatingStop, stop_id)

    def of_customer(self, customer_id: int) -> list[StopLine]:
        """Every application of a customer, newest first."""
        return [_line(r) for r in self.session.execute(
            _select().where(HeatingStop.customer_id == customer_id)
            .order_by(HeatingStop.applied_at.desc(), HeatingStop.id.desc()))]

    def of_season(self, season: int, estate: str = "", limit: int | None = None
                  ) -> list[StopLine]:
        """The season's applications (cancelled ones left out), by estate, building,
        stairwell and room: the field units' list."""
        stmt = _select().where(HeatingStop.season == season,
                               HeatingStop.status != StopStatus.CANCELLED)
        if estate:
            stmt = stmt.where(Customer.estate == estate)
        stmt = stmt.order_by(Customer.estate, *by_number(Customer.building),
                             *by_number(Customer.entrance), *by_number(Customer.room),
                             HeatingStop.applied_at)
        if limit is not None:
            stmt = stmt.limit(limit)
        return [_line(r) for r in self.session.execute(stmt)]

    def estates(self, season: int) -> list[str]:
        """The estates with applications in the season, by name."""
        return list(self.session.scalars(
            select(Customer.estate).join(HeatingStop, HeatingStop.customer_id == Customer.id)
            .where(HeatingStop.season == season, HeatingStop.status != StopStatus.CANCELLED)
            .group_by(Customer.estate).order_by(Customer.estate)))
