"""Escalation to a shift leader (rule 2.8): by hand with a reason, or when overdue.

`sweep_overdue` runs on a timer at every desk; each batch is one conditional UPDATE that
flags newly overdue orders once, however many desks sweep at the same moment, and one
INSERT … SELECT of their events. The shift leader's desk reads the alerts after a cursor
(`overdue_alerts_since`) so each shows once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.ticket import format_ticket_number
from app.repositories.tickets.sweep import MARK_MARGIN, OverdueSweepRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.settings import DEFAULTS, Settings, load_settings
from app.workflows.tickets.steps import apply_step, required_text
from app.workflows.tickets.transitions import ESCALATE
from app.workflows.tickets.views import TicketView, load_view

REASON_MAX = 500
# rule 3.6.2(4): did the customer accept the answer offered before the leader was asked?
CUSTOMER_ANSWERS = ("not_accepted", "accepted", "none_offered")
SWEEP_SECONDS = "ticket.overdue_sweep_seconds"  # a setting (app/workflows/settings.py)


@dataclass(frozen=True)
class OverdueAlert:
    ticket_id: int
    number: str
    level: int
    description: str
    unit_name: str
    due_at: datetime
    alerted_at: datetime
    customer_name: str = ""

    def late_by(self, now: datetime) -> timedelta:
        """How late the order is at `now` (never negative)."""
        return max(now - self.due_at, timedelta(0))

    @property
    def cursor(self) -> tuple[datetime, int]:
        """Pass the last alert's cursor to `overdue_alerts_since` to get only newer ones."""
        return (self.alerted_at, self.ticket_id)


def escalate(uow: UnitOfWork, ticket_id: int, reason: str,
             expected_version: int | None = None,
             customer_accepted: str | None = None) -> TicketView:
    """A major or hard problem goes to the shift leader (rule 2.8, 3.6.2(4)).

    `customer_accepted` (one of CUSTOMER_ANSWERS) is written on the step in the order's
    history: whether the customer accepted the answer offered (rule 3.6.2(4): if not,
    a leader's support is sought). The escalation dialog requires it; None leaves it out
    (an escalation by a program, not after a call)."""
    errors = required_text("reason", reason, REASON_MAX)
    if customer_accepted is not None and customer_accepted not in CUSTOMER_ANSWERS:
        errors["customer_accepted"] = "choice.invalid"
    if errors:
        raise ValidationError(errors)
    details = {} if customer_accepted is None else {"customer_accepted": customer_accepted}
    with uow:
        now = uow.clock()
        apply_step(uow, ticket_id, ESCALATE,
                   {"escalated_at": now, "escalation_reason": reason.strip()},
                   expected_version=expected_version, details=details)
        uow.commit()
        return load_view(uow, ticket_id)


def sweep_overdue(uow: UnitOfWork, batch: int | None = None) -> list[int]:
    """Flag and escalate every order that became overdue since the last sweep; their ids
    (the leaders' desks read the alerts with `overdue_alerts_since`).

    Idempotent: an order is flagged once (a row in ticket_overdue), paused orders are
    skipped. The flag and its event are the system's, dated at the order's deadline, not
    the logged-in user's (rule 5.4 counts people's own steps). A backlog is finished in this
    call, a batch of orders per transaction (`batch`, or the database's own size,
    OverdueSweepRepository.batch_size): the leader sees every alert at once instead of a
    batch a minute, and a sweep cut short keeps the batches it committed. The walk starts
    at the sweep mark (less a margin) and each batch goes on after the previous one's last
    order; when it reaches the orders not yet due the mark moves to this sweep's time.
    """
    swept: list[int] = []
    with uow:
        repo = uow.repo(OverdueSweepRepository)
        size = batch or repo.batch_size()
        now = uow.clock()
        mark = repo.mark()
        lower = None if mark is None else mark - MARK_MARGIN
        after = None
        while True:
            done = repo.flag_batch(now, size, lower=lower, after=after)
            swept += done.flagged
            if done.picked < size:
                repo.set_mark(now)
                uow.commit()
                return swept
            uow.commit()
            after = done.last


def flag_if_overdue(uow: UnitOfWork, ticket_id: int) -> bool:
    """Inside an open unit of work, after a step that may have moved the order's deadline
    into the past (resuming it, raising its level): flag it now, as the sweep would have,
    since the sweep walks only deadlines after its mark. True when it was flagged."""
    repo = uow.repo(OverdueSweepRepository)
    return bool(repo.flag_batch(uow.clock(), 1, ticket_id=ticket_id).flagged)


def sweep_interval_seconds(uow: UnitOfWork) -> float:
    """How often a desk sweeps; at least 5 s so a mistyped setting cannot flood the database."""
    with uow:
        settings = load_settings(uow)
    try:
        return max(5.0, settings.number(SWEEP_SECONDS))
    except (TypeError, ValueError):
        return Settings(DEFAULTS).number(SWEEP_SECONDS)


def overdue_alerts_since(uow: UnitOfWork,
                         cursor: tuple[datetime, int] | None = None) -> list[OverdueAlert]:
    """Alerts a leader's desk has not shown yet, oldest first."""
    with uow:
        return _alerts(uow, after=cursor)


def _alerts(uow: UnitOfWork, *, after: tuple[datetime, int] | None = None,
            limit: int | None = 200) -> list[OverdueAlert]:
    return [OverdueAlert(ticket_id=r[0], number=format_ticket_number(r[0]), level=r[1],
                         description=r[2], unit_name=r[3], due_at=r[4], alerted_at=r[5],
                         customer_name=r[6] or "")
            for r in uow.tickets.overdue_alerts(after=after, limit=limit)]
