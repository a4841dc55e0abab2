"""The work-order queues agents and shift leaders watch all day.

Each queue is a named condition (mine, my unit's, all open, due within the hour, overdue,
awaiting callback, closed today) plus the agent's filters and one search box. Pages come
by keyset: the page hands back an opaque cursor to ask for the rows after it, so the tenth
page costs what the first does and an order inserted meanwhile is neither lost nor shown
twice. Deadlines follow rule 5.2.2; "due soon" means within the setting
`ticket.due_soon_minutes` (an hour unless the centre stored otherwise).

A search that is an order number (GD…) or a phone number looks across ALL orders, open and
closed, whatever queue and filters are chosen: the caller on the line asks about "their"
order, which may have been closed yesterday. Words of an address or a description still
search inside the selected queue. The page says which (`QueuePage.all_orders`).

"Awaiting callback" holds the resolved orders and those called back but not closed: a
satisfied callback closes the order itself, except when a third party caused the problem
and is still followed (rule 5.2.2); such an order stays there until someone closes it.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from app.models.ticket import format_ticket_number
from app.repositories.tickets.queues import QueueRepository, QueueSpec
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.phone import normalise_phone
from app.workflows.settings import load_settings
from app.workflows.tickets.deadlines import DeadlineState, deadline_state, ticket_times
from app.workflows.vocab import Category, TicketStatus

QUEUES = ("mine", "unit", "open", "due_soon", "overdue", "callback", "closed_today")
SORTS = ("due_at", "received_at", "level", "closed_at")
DUE_SOON = timedelta(hours=1)  # the default of `ticket.due_soon_minutes`
CALLBACK_STATUSES = (TicketStatus.RESOLVED.value, TicketStatus.CALLBACK_DONE.value)
PAGE_SIZE = 100
_NUMBER = re.compile(r"\s*GD\s*0*(\d{1,12})\s*", re.IGNORECASE)
_TONES = {DeadlineState.OVERDUE: "overdue", DeadlineState.DUE_SOON: "soon",
          DeadlineState.PAUSED: "paused", DeadlineState.ON_TIME: "", DeadlineState.DONE: ""}


@dataclass(frozen=True)
class QueueFilters:
    """What the filter bar holds; None or "" means "any"."""

    category: str | None = None
    level: int | None = None
    unit_id: int | None = None
    estate: str = ""
    status: str | None = None
    search: str = ""
    sort: str | None = None  # None: the queue's natural order
    descending: bool = False


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: str
    category: str
    level: int
    status: str
    phone: str
    description: str
    received_at: datetime
    due_at: datetime
    closed_at: datetime | None
    version: int
    unit_name: str
    customer_name: str
    address: str
    assignee_name: str
    paused_at: datetime | None = None  # waiting for the customer: the deadline stands still
    # rule 2.8: a person's escalation step (escalate) ...
    escalated_at: datetime | None = None
    # ... and apart from it the system's: the sweep flagged the order overdue and reported
    # it to the shift leader, at its deadline (the history shows 已超时 by the system)
    overdue_at: datetime | None = None
    due_soon: timedelta = DUE_SOON  # the setting ticket.due_soon_minutes when read

    def deadline(self, now: datetime) -> str:
        """'overdue', 'soon' (due within the hour), 'paused' or '' (rule 5.2.2)."""
        return deadline_of(self.due_at, self.status, now, self.paused_at, self.due_soon)


@dataclass(frozen=True)
class QueuePage:
    rows: tuple[QueueRow, ...]
    cursor: str | None  # None: this was the last page
    all_orders: bool = False  # a number search: every order, not the queue nor its filters


def deadline_of(due_at: datetime, status: str, now: datetime,
                paused_at: datetime | None = None, due_soon: timedelta = DUE_SOON) -> str:
    """The lists' highlighting, from the work-order deadline rules (rule 5.2.2)."""
    return _TONES[deadline_state(status, due_at, paused_at, now, due_soon)]


def _encode(value: Any, last_id: int) -> str:
    plain = value.isoformat() if isinstance(value, datetime) else value
    raw = json.dumps([plain, last_id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode(cursor: str, sort: str) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value, last_id = json.loads(raw)
        if sort == "level":
            return int(value), int(last_id)
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            raise ValueError("naive time in cursor")
        return moment, int(last_id)
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise ValidationError({"cursor": "cursor.invalid"}) from exc


def _validate(queue: str, filters: QueueFilters) -> None:
    errors: dict[str, str] = {}
    if queue not in QUEUES:
        errors["queue"] = "queue.unknown"
    if filters.category and filters.category not in {c.value for c in Category}:
        errors["category"] = "category.unknown"
    if filters.level is not None and filters.level not in (1, 2, 3):
        errors["level"] = "level.invalid"
    if filters.status and filters.status not in {s.value for s in TicketStatus}:
        errors["status"] = "status.unknown"
    if filters.sort is not None and filters.sort not in SORTS:
        errors["sort"] = "sort.unknown"
    if errors:
        raise ValidationError(errors)


def _identifier(search: str) -> dict[str, Any] | None:
    """The order number or phone number the search is, as a spec field; None for words."""
    words = search.strip()
    if not words:
        return None
    number = _NUMBER.fullmatch(words)
    if number:
        return {"ticket_id": int(number.group(1))}
    phone = normalise_phone(words)
    return {"phone": phone} if phone else None


def searches_all_orders(search: str) -> bool:
    """True when the search box holds an order or phone number (searched everywhere)."""
    return _identifier(search) is not None


def _all_orders(found: dict[str, Any], filters: QueueFilters) -> QueueSpec:
    """Every order, open or closed, with that number: a closed order is still the caller's.

    Newest first unless the agent chose a sort; closed_at is refused as a sort here because
    open orders have none, and a keyset cannot step over NULLs.
    """
    if filters.sort is None or filters.sort == "closed_at":
        return QueueSpec(open_only=False, sort="received_at", descending=True, **found)
    return QueueSpec(open_only=False, sort=filters.sort, descending=filters.descending,
                     **found)


def build_spec(uow: UnitOfWork, queue: str, filters: QueueFilters,
               due_soon: timedelta) -> QueueSpec:
    """The queue's own condition, the filters and the search as one query description;
    `due_soon` is the setting the caller read (once per page: a round trip each)."""
    _validate(queue, filters)
    found = _identifier(filters.search)
    if found is not None:
        return _all_orders(found, filters)
    now = uow.clock()
    spec = QueueSpec(status=filters.status or None, unit_id=filters.unit_id,
                     category=filters.category or None, level=filters.level,
                     estate=filters.estate.strip() or None)
    if queue == "mine":
        spec = replace(spec, assignee_id=uow.actor.id if uow.actor else -1)
    elif queue == "unit":
        own = uow.repo(QueueRepository).staff_unit(uow.actor.id) if uow.actor else None
        if filters.unit_id is not None and filters.unit_id != own:
            own = -1  # another unit's filter inside "my unit's" queue: nothing
        spec = replace(spec, unit_id=own if own is not None else -1)
    elif queue == "due_soon":
        spec = replace(spec, due_from=now, due_before=now + due_soon, running_only=True)
    elif queue == "overdue":
        spec = replace(spec, due_before=now, running_only=True)
    elif queue == "callback":
        # rule 2.5: resolved orders to call back, and called-back third-party ones to close
        wanted = (filters.status,) if filters.status else CALLBACK_STATUSES
        spec = replace(spec, open_only=False, status=None, statuses=wanted)
        if filters.status and filters.status not in CALLBACK_STATUSES:
            spec = replace(spec, ticket_id=-1)
    elif queue == "closed_today":
        midnight = now.astimezone(load_settings(uow).zone).replace(
            hour=0, minute=0, second=0, microsecond=0)
        spec = replace(spec, open_only=False, closed_since=midnight, sort="closed_at",
                       descending=True)
        if filters.status and filters.status != TicketStatus.CLOSED.value:
            spec = replace(spec, ticket_id=-1)
        spec = replace(spec, status=TicketStatus.CLOSED.value)
    if filters.sort is not None and not (filters.sort == "closed_at"
                                         and queue != "closed_today"):
        spec = replace(spec, sort=filters.sort, descending=filters.descending)
    words = filters.search.strip()
    return replace(spec, text=words) if words else spec


def _row(r: Any, due_soon: timedelta = DUE_SOON) -> QueueRow:
    return QueueRow(
        id=r[0], number=format_ticket_number(r[0]), category=r[1].value, level=r[2],
        status=r[3].value, phone=r[4], description=r[5], received_at=r[6], due_at=r[7],
        closed_at=r[8], version=r[9], unit_name=r[10], customer_name=r[11] or "",
        address=r[12] or "", assignee_name=r[13] or "", paused_at=r[14],
        escalated_at=r[15], overdue_at=r[16], due_soon=due_soon)


def queue_page(uow: UnitOfWork, queue: str, filters: QueueFilters = QueueFilters(),
               cursor: str | None = None, limit: int = PAGE_SIZE) -> QueuePage:
    """One page of a queue; pass the returned cursor back for the next page."""
    with uow:
        due_soon = ticket_times(uow).due_soon
        spec = build_spec(uow, queue, filters, due_soon)
        after = _decode(cursor, spec.sort) if cursor else None
        found = uow.repo(QueueRepository).page(spec, after, limit + 1)
    rows = tuple(_row(r, due_soon) for r in found[:limit])
    more = len(found) > limit
    next_cursor = _encode(found[limit - 1][-1], found[limit - 1][0]) if more else None
    return QueuePage(rows=rows, cursor=next_cursor,
                     all_orders=searches_all_orders(filters.search))


def estates(uow: UnitOfWork) -> list[str]:
    with uow:
        return uow.repo(QueueRepository).estates()
