"""Queue pages of work orders by keyset, and one order's whole history.

A queue page never counts the queue nor skips rows with OFFSET: it reads the next `limit`
rows after the last (sort value, id) seen, walking an index in order. The open-order
condition is written as literal SQL, the same text as the partial indexes of revision 0006,
so SQLite can prove the query matches those indexes (it cannot with bound parameters).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select, text, union
from sqlalchemy.orm import Session, aliased

from app.models.customer import Customer, CustomerPhone
from app.models.event import Event
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket
from app.models.ticket_queue_indexes import OPEN_SQL
from app.repositories.text_search import TextSearch
from app.repositories.tickets.orders import escalated_at_of, overdue_flag_of

OPEN_STATUSES = frozenset({"new", "dispatched", "in_progress", "resolved"})  # = OPEN_SQL
SORT_COLUMNS = {"due_at": Ticket.due_at, "received_at": Ticket.received_at,
                "closed_at": Ticket.closed_at, "level": Ticket.level}


@dataclass(frozen=True)
class QueueSpec:
    """Which orders a page shows: the queue's own condition plus the agent's filters."""

    open_only: bool = True
    status: str | None = None
    statuses: tuple[str, ...] | None = None  # any of these (the callback queue)
    assignee_id: int | None = None
    unit_id: int | None = None
    due_from: datetime | None = None
    due_before: datetime | None = None
    running_only: bool = False  # only orders whose deadline runs (not paused/resolved)
    closed_since: datetime | None = None
    category: str | None = None
    level: int | None = None
    estate: str | None = None
    ticket_id: int | None = None
    phone: str | None = None
    text: str | None = None
    sort: str = "due_at"
    descending: bool = False


# a loose index scan of ix_customer_estate_building: each step is one seek past the last
ESTATE_WALK_SQL = """
WITH RECURSIVE walk(estate) AS (
    SELECT (SELECT c.estate FROM customer AS c WHERE c.estate > ''
            ORDER BY c.estate LIMIT 1)
    UNION ALL
    SELECT (SELECT c.estate FROM customer AS c WHERE c.estate > walk.estate
            ORDER BY c.estate LIMIT 1)
    FROM walk WHERE walk.estate IS NOT NULL
)
SELECT estate FROM walk WHERE estate IS NOT NULL
"""


def _like(fragment: str) -> str:
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class QueueRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def page(self, spec: QueueSpec, after: tuple[Any, int] | None,
             limit: int) -> list[Any]:
        """Rows of (ticket columns, unit, customer, assignee) after the keyset `after`."""
        if spec.statuses:
            # one ordered index walk per status, merged: `status IN (...)` would read and
            # sort every matching order before the first page (the callback queue)
            rows: list[Any] = []
            for status in spec.statuses:
                rows.extend(self._page(replace(
                    spec, statuses=None, status=status,
                    open_only=spec.open_only or status in OPEN_STATUSES), after, limit))
            rows.sort(key=lambda r: (r[-1], r[0]), reverse=spec.descending)
            return rows[:limit]
        return self._page(spec, after, limit)

    def _page(self, spec: QueueSpec, after: tuple[Any, int] | None,
              limit: int) -> list[Any]:
        assignee = aliased(Staff)
        sort_col = SORT_COLUMNS[spec.sort]
        keyset: list[Any] = []
        if after is not None:
            value, last_id = after
            if spec.descending:
                keyset = [sort_col <= value, or_(sort_col < value, Ticket.id < last_id)]
            else:
                keyset = [sort_col >= value, or_(sort_col > value, Ticket.id > last_id)]
        order = (sort_col.desc(), Ticket.id.desc()) if spec.descending else (
            sort_col.asc(), Ticket.id.asc())
        columns = (Ticket.id, Ticket.category, Ticket.level, Ticket.status, Ticket.phone,
                   Ticket.description, Ticket.received_at, Ticket.due_at, Ticket.closed_at,
                   Ticket.version, Unit.name, Customer.name, Customer.address,
                   assignee.name, Ticket.paused_at, Ticket.escalated_at,
                   overdue_flag_of(), sort_col)
        conditions = [*self._conditions(spec), *keyset]
        if spec.estate or spec.text:  # conditions on the customer: one statement
            stmt = select(*columns).where(*conditions)
        else:
            # The page's orders are picked from the orders alone, then joined. Asked in one
            # statement, PostgreSQL took a queue's condition and the keyset's deadline for
            # independent and expected a few rows where thousands matched (the callback
            # queue's page 2 at 3,000,000 orders: 92 expected, 49,725 read), so it joined
            # every later order to its customer and sorted them all (90-220 ms). Alone, with
            # its LIMIT, the pick walks an index in order and stops after `limit`.
            picked = (select(Ticket.id).where(*conditions).order_by(*order).limit(limit)
                      .cte("picked").prefix_with("MATERIALIZED"))
            stmt = select(*columns).where(Ticket.id.in_(select(picked.c.id)))
        # every order has its unit; an outer join keeps SQLite from reading the orders unit
        # by unit (all 200,000 open ones, then sorted: 600 ms for a common word) instead of
        # walking the queue's index in order
        stmt = (stmt.outerjoin(Unit, Unit.id == Ticket.unit_id)
                .outerjoin(Customer, Customer.id == Ticket.customer_id)
                .outerjoin(assignee, assignee.id == Ticket.assignee_id))
        return list(self.session.execute(stmt.order_by(*order).limit(limit)))

    def _conditions(self, spec: QueueSpec) -> list[Any]:
        found: list[Any] = []
        if spec.open_only:
            found.append(text(OPEN_SQL))
        for column, value in ((Ticket.status, spec.status),
                              (Ticket.assignee_id, spec.assignee_id),
                              (Ticket.unit_id, spec.unit_id),
                              (Ticket.category, spec.category),
                              (Ticket.level, spec.level),
                              (Ticket.id, spec.ticket_id)):
            if value is not None:
                found.append(column == value)
        if spec.due_from is not None:
            found.append(Ticket.due_at >= spec.due_from)
        if spec.due_before is not None:
            found.append(Ticket.due_at < spec.due_before)
        if spec.running_only:  # a resolved or paused order's deadline no longer runs
            found.append(Ticket.paused_at.is_(None))
            found.append(Ticket.status != "resolved")
        if spec.closed_since is not None:
            found.append(Ticket.closed_at >= spec.closed_since)
        if spec.estate:
            found.append(Customer.estate == spec.estate)
        if spec.phone:
            # a caller has few orders: find them by index first, then keep the queue's
            # (scanning the queue in due order for a number it lacks read every open order)
            owners = select(CustomerPhone.customer_id).where(
                CustomerPhone.number == spec.phone)
            theirs = union(select(Ticket.id).where(Ticket.phone == spec.phone),
                           select(Ticket.id).where(Ticket.customer_id.in_(owners)))
            found.append(Ticket.id.in_(theirs))
        if spec.text:
            # the index names the candidates, LIKE keeps exactly the orders the scan found
            candidates = TextSearch(self.session).tickets(spec.text)
            if candidates is not None:
                found.append(Ticket.id.in_(candidates))
            pattern = _like(spec.text)
            found.append(or_(Ticket.description.like(pattern, escape="\\"),
                             Customer.address.like(pattern, escape="\\")))
        return found

    def estates(self) -> list[str]:
        """Every estate customers live in, for the filter's choices, never cut.

        A GROUP BY reads every customer's index entry (a million at a real centre's size);
        this walk seeks the estate index once per distinct estate instead (a few thousand
        seeks), on SQLite and PostgreSQL alike.
        """
        return list(self.session.scalars(text(ESTATE_WALK_SQL)))

    def staff_unit(self, staff_id: int) -> int | None:
        return self.session.scalar(select(Staff.unit_id).where(Staff.id == staff_id))

    def detail(self, ticket_id: int) -> Any | None:
        assignee = aliased(Staff)
        creator = aliased(Staff)
        stmt = (
            select(Ticket, Unit.name, Customer.name, Customer.account_number,
                   Customer.address, assignee.name, creator.name, escalated_at_of())
            .join(Unit, Unit.id == Ticket.unit_id)
            .outerjoin(Customer, Customer.id == Ticket.customer_id)
            .outerjoin(assignee, assignee.id == Ticket.assignee_id)
            .outerjoin(creator, creator.id == Ticket.created_by_id)
            .where(Ticket.id == ticket_id)
        )
        return self.session.execute(stmt).first()

    def history(self, ticket_id: int, limit: int = 500) -> list[Any]:
        """Every step of the order, oldest first, with who took it.

        Lifecycle steps (dispatch, claim, pause, callback ...) are events on the ticket
        itself naming the step, so the ticket's events are the whole story.
        """
        stmt = (
            select(Event.id, Event.occurred_at, Event.action, Event.changes, Staff.name)
            .outerjoin(Staff, Staff.id == Event.actor_id)
            .where(and_(Event.entity == "ticket", Event.entity_id == ticket_id))
            .order_by(Event.id)
            .limit(limit)
        )
        return list(self.session.execute(stmt))
