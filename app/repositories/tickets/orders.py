"""Work-order queries: the intake desk's, and the conditional updates of the lifecycle.

Lifecycle steps never read-modify-write through the ORM: each is one UPDATE whose WHERE
holds the precondition (version, status, free assignee), so two desks cannot both win.
The queues live in app/repositories/tickets/queues.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    RowMapping,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.enums import DEADLINE_TICKET_STATUSES, OPEN_TICKET_STATUSES, TicketStatus
from app.models.event import Event
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket, format_ticket_number
from app.models.ticket_overdue import TicketOverdue
from app.models.ticket_steps import TicketCallback, TicketPause
from app.repositories.affected import rowcount
from app.repositories.views import TicketSummary

_T = Ticket.__table__
_O = TicketOverdue.__table__


def overdue_flag_of(ticket: Any = _T) -> ColumnElement[Any]:
    """The deadline at which the sweep flagged the order overdue and reported it to the
    shift leader (rule 2.8; the flag in ticket_overdue, revision 0106), or NULL."""
    return select(_O.c.due_at).where(_O.c.ticket_id == ticket.c.id).scalar_subquery()


def escalated_at_of(ticket: Any = _T) -> ColumnElement[Any]:
    """When the order went to the shift leader: by hand (ticket.escalated_at) or, when it
    became overdue, at its deadline (overdue_flag_of)."""
    return func.coalesce(ticket.c.escalated_at, overdue_flag_of(ticket))


def _columns() -> list[Any]:
    """The order's columns, with escalated_at as the readers see it (escalated_at_of)."""
    return [escalated_at_of().label("escalated_at") if c.name == "escalated_at" else c
            for c in _T.c]


def _by_name(row: RowMapping | None) -> dict[str, Any] | None:
    """A row as the workflows read it, by column name (they hold no SQLAlchemy types)."""
    return None if row is None else {str(key): value for key, value in row.items()}


class TicketRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, ticket: Ticket) -> Ticket:
        self.session.add(ticket)
        self.session.flush()
        return ticket

    def get(self, ticket_id: int) -> Ticket | None:
        return self.session.get(Ticket, ticket_id)

    def open_for_customer(self, customer_id: int, limit: int = 50) -> list[TicketSummary]:
        stmt = (
            select(Ticket.id, Ticket.category, Ticket.level, Ticket.status,
                   Ticket.description, Unit.name, Ticket.received_at, Ticket.due_at,
                   Ticket.unit_id)
            .join(Unit, Unit.id == Ticket.unit_id)
            .where(Ticket.customer_id == customer_id,
                   Ticket.status.in_(OPEN_TICKET_STATUSES))
            .order_by(Ticket.due_at)
            .limit(limit)
        )
        return [
            TicketSummary(id=r[0], number=format_ticket_number(r[0]), category=r[1].value,
                          level=r[2], status=r[3].value, description=r[4], unit_name=r[5],
                          received_at=r[6], due_at=r[7], unit_id=r[8])
            for r in self.session.execute(stmt)
        ]

    # --- lifecycle ----------------------------------------------------------------------

    def row(self, ticket_id: int) -> Mapping[str, Any] | None:
        """The ticket's columns as stored now (bypasses the session's identity map)."""
        return _by_name(
            self.session.execute(select(*_columns()).where(_T.c.id == ticket_id))
            .mappings().first())

    def view_row(self, ticket_id: int) -> Mapping[str, Any] | None:
        """The ticket's columns plus unit_name and assignee_name, in one round trip."""
        stmt = (select(*_columns(), Unit.name.label("unit_name"),
                       Staff.name.label("assignee_name"))
                .join(Unit, Unit.id == _T.c.unit_id)
                .outerjoin(Staff, Staff.id == _T.c.assignee_id)
                .where(_T.c.id == ticket_id))
        return _by_name(self.session.execute(stmt).mappings().first())

    def update_if(self, ticket_id: int, values: dict[str, Any], *, version: int | None = None,
                  statuses: Iterable[TicketStatus] | None = None,
                  unassigned: bool = False) -> bool:
        """One conditional UPDATE that bumps the version; True when the row matched."""
        stmt = update(_T).where(_T.c.id == ticket_id)
        if version is not None:
            stmt = stmt.where(_T.c.version == version)
        if statuses is not None:
            stmt = stmt.where(_T.c.status.in_(list(statuses)))
        if unassigned:
            stmt = stmt.where(_T.c.assignee_id.is_(None))
        stmt = stmt.values(**values, version=_T.c.version + 1)
        return rowcount(self.session.execute(stmt)) == 1

    def claim(self, ticket_id: int, staff_id: int) -> bool:
        """Atomic claim: only a free, unfinished order can be taken; rowcount decides."""
        return self.update_if(ticket_id, {"assignee_id": staff_id},
                              statuses=DEADLINE_TICKET_STATUSES, unassigned=True)

    def holder_name(self, ticket_id: int) -> str | None:
        stmt = (select(Staff.name).join(Ticket, Ticket.assignee_id == Staff.id)
                .where(Ticket.id == ticket_id))
        return self.session.execute(stmt).scalar_one_or_none()

    def overdue_alerts(self, *, after: tuple[datetime, int] | None = None,
                       limit: int | None = 200) -> list[tuple]:
        """(id, level, description, unit name, due_at, alerted_at, customer name) of
        flagged orders, in the order they were flagged; keyset on (flagged_at, id)."""
        stmt = (
            select(_T.c.id, _T.c.level, _T.c.description, Unit.name, _O.c.due_at,
                   _O.c.flagged_at, Customer.name)
            .select_from(_O)
            .join(_T, _T.c.id == _O.c.ticket_id)
            .join(Unit, Unit.id == _T.c.unit_id)
            .outerjoin(Customer, Customer.id == _T.c.customer_id)
            .order_by(_O.c.flagged_at, _O.c.ticket_id)
            .limit(limit)
        )
        if after is not None:
            at, last_id = after
            stmt = stmt.where(or_(_O.c.flagged_at > at,
                                  (_O.c.flagged_at == at) & (_O.c.ticket_id > last_id)))
        return [tuple(r) for r in self.session.execute(stmt)]

    def clear_overdue(self, ticket_id: int) -> None:
        """A reopened order may become overdue again: its flag goes (its event stays)."""
        self.session.execute(delete(_O).where(_O.c.ticket_id == ticket_id))

    def resolve_children(self, incident_id: int, values: dict[str, Any]) -> list[int]:
        """Resolve every unfinished order of an incident in one statement; their ids."""
        stmt = (
            update(_T)
            .where(_T.c.incident_id == incident_id,
                   _T.c.status.in_(list(DEADLINE_TICKET_STATUSES)))
            .values(**values, version=_T.c.version + 1)
            .returning(_T.c.id)
        )
        return sorted(self.session.execute(stmt).scalars())

    def refresh_callback_answer(self, ticket_id: int) -> None:
        """Keep `ticket.callback_satisfaction` the answer of the order's latest reached
        callback that gave one (by call time, then id: as rule 5.3.2.2's report reads
        it), after a callback was added. Derived from the audited callbacks, like a
        search key: no version step, so an agent editing the order meanwhile is not told
        another desk changed it."""
        self.session.flush()
        cb = TicketCallback.__table__.c
        latest = (select(cb.satisfaction)
                  .where(cb.ticket_id == ticket_id, cb.reached.is_(True),
                         cb.satisfaction.is_not(None))
                  .order_by(cb.called_at.desc(), cb.id.desc()).limit(1).scalar_subquery())
        self.session.execute(update(_T).where(_T.c.id == ticket_id)
                             .values(callback_satisfaction=latest))

    def record(self, ticket_id: int, action: str, changes: dict[str, Any],
               actor_id: int | None, at: datetime) -> None:
        """A domain event for a step whose meaning a column diff would not say."""
        self.session.execute(insert(Event).values(
            occurred_at=at, actor_id=actor_id, entity="ticket", entity_id=ticket_id,
            action=action, changes=changes))

    def pauses(self, ticket_id: int) -> list[TicketPause]:
        stmt = (select(TicketPause).where(TicketPause.ticket_id == ticket_id)
                .order_by(TicketPause.paused_at, TicketPause.id))
        return list(self.session.execute(stmt).scalars())

    def close_open_pauses(self, ticket_ids: list[int], at: datetime,
                          actor_id: int | None) -> None:
        if ticket_ids:
            self.session.execute(
                update(TicketPause)
                .where(TicketPause.ticket_id.in_(ticket_ids), TicketPause.resumed_at.is_(None))
                .values(resumed_at=at, resumed_by_id=actor_id)
                .execution_options(synchronize_session=False))
