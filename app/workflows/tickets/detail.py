"""One work order as the queue's detail pane shows it: its fields and whole history.

The history is the audit log of the order (every flushed change is an event with actor
and time), oldest first, so a shift leader reads the order's story top to bottom.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.enums import DEADLINE_TICKET_STATUSES
from app.models.ticket import format_ticket_number
from app.repositories.tickets.queues import QueueRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound
from app.workflows.tickets.deadlines import ticket_times
from app.workflows.tickets.grading import may_change_level, may_grade, may_pause


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    actor_name: str
    action: str  # the step: create, dispatch, claim, pause, resume, callback ... or update
    changes: tuple[tuple[str, tuple[str, ...]], ...]  # field, (old, new) or (value,)


@dataclass(frozen=True)
class TicketDetail:
    id: int
    number: str
    category: str
    level: int
    status: str
    phone: str
    description: str
    unit_name: str
    customer_name: str
    account_number: str
    address: str
    assignee_name: str
    created_by_name: str
    responsibility: str
    resolution: str
    received_at: datetime
    due_at: datetime
    closed_at: datetime | None
    version: int
    paused_at: datetime | None
    escalated_at: datetime | None
    escalation_reason: str
    history: tuple[HistoryEntry, ...]
    is_case: bool = False  # rule 3.6.2(3): held by a responsible person, callback due
    callback_due_at: datetime | None = None
    incident_id: int | None = None
    assignee_id: int | None = None  # who holds it: decides whether it may be claimed
    due_soon: timedelta = timedelta(hours=1)  # the setting ticket.due_soon_minutes
    unit_id: int | None = None  # the order's own executing unit: dispatch offers it first
    may_pause: bool = True  # rule 5.2.2: the settings let this actor pause/resume
    may_grade: bool = False  # rule 5.2.2: ... and set any level (the executing units grade)
    level_override: str = ""  # rule 5.2.2: why an important customer is below level 1
    level_choices: tuple[int, ...] = ()  # rule 5.2.2: the levels this actor may set now

    @property
    def level_override_entry(self) -> HistoryEntry | None:
        """The latest "level_override" step: who put the order below level 1, and when."""
        found = [h for h in self.history if h.action == "level_override"]
        return found[-1] if found else None

    @property
    def pause_reason(self) -> str:
        """Why the order is paused now: the reason typed with its latest "pause" step."""
        if self.paused_at is None:
            return ""
        for entry in reversed(self.history):
            if entry.action == "pause":
                return next((v[0] for k, v in entry.changes if k == "reason" and v), "")
        return ""


def _parts(value: object) -> tuple[str, ...]:
    """An event's [old, new] pair or single detail as plain strings."""
    values = value if isinstance(value, list | tuple) else [value]
    return tuple("" if v is None else str(v) for v in values)


def ticket_detail(uow: UnitOfWork, ticket_id: int) -> TicketDetail:
    with uow:
        repo = uow.repo(QueueRepository)
        found = repo.detail(ticket_id)
        if found is None:
            raise NotFound(f"work order {ticket_id}")
        ticket, unit, customer, account, address, assignee, creator, escalated_at = found
        times = ticket_times(uow)
        history = tuple(
            HistoryEntry(occurred_at=r[1], actor_name=r[4] or "", action=r[2],
                         changes=tuple(sorted((str(k), _parts(v))
                                              for k, v in (r[3] or {}).items())))
            for r in repo.history(ticket_id))
        return TicketDetail(
            id=ticket.id, number=format_ticket_number(ticket.id),
            category=ticket.category.value, level=ticket.level, status=ticket.status.value,
            phone=ticket.phone, description=ticket.description, unit_name=unit,
            customer_name=customer or "", account_number=account or "",
            address=address or "", assignee_name=assignee or "",
            assignee_id=ticket.assignee_id,
            created_by_name=creator or "", responsibility=ticket.responsibility.value,
            resolution=ticket.resolution, received_at=ticket.received_at,
            due_at=ticket.due_at, closed_at=ticket.closed_at, version=ticket.version,
            paused_at=ticket.paused_at, escalated_at=escalated_at,
            escalation_reason=ticket.escalation_reason, history=history,
            is_case=ticket.is_case, callback_due_at=ticket.callback_due_at,
            incident_id=ticket.incident_id, due_soon=times.due_soon,
            unit_id=ticket.unit_id, may_pause=may_pause(times.settings, uow.actor),
            may_grade=may_grade(times.settings, uow.actor),
            level_override=_override_reason(history),
            level_choices=tuple(
                n for n in (1, 2, 3) if n != ticket.level
                and ticket.status in DEADLINE_TICKET_STATUSES
                and may_change_level(times.settings, uow.actor, ticket.level, n)))


def _override_reason(history: tuple[HistoryEntry, ...]) -> str:
    for entry in reversed(history):
        if entry.action == "level_override":
            return next((v[0] for k, v in entry.changes if k == "reason" and v), "")
    return ""
