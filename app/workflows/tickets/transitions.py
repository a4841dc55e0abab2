"""Which step applies to which work order: the one table the steps enforce (steps.py
refuses with IllegalTransition) and the desk asks before it offers a step (allowed.py).

A rule is the statuses a step starts from, and what else about the order refuses it
(paused, already a case ...), named so the refusal says why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from app.models.enums import DEADLINE_TICKET_STATUSES, OPEN_TICKET_STATUSES, TicketStatus
from app.workflows.permissions import Permission, roles_with

CLAIM = "claim"
RELEASE = "release"
DISPATCH = "dispatch"
START = "start"
PAUSE = "pause"
RESUME = "resume"
ESCALATE = "escalate"
RESOLVE = "resolve"
CALLBACK = "callback"
CLOSE = "close"
REOPEN = "reopen"
OPEN_CASE = "open_case"
FOLLOW_UP = "follow_up"
LINK_INCIDENT = "link_incident"

S = TicketStatus


class OrderFacts(Protocol):
    """What the rules read of an order: a TicketView, the queue's TicketDetail, a row."""

    @property
    def status(self) -> str: ...
    @property
    def paused_at(self) -> datetime | None: ...
    @property
    def escalated_at(self) -> datetime | None: ...
    @property
    def is_case(self) -> bool: ...
    @property
    def assignee_id(self) -> int | None: ...


@dataclass(frozen=True)
class OrderState:
    status: str
    paused: bool
    escalated: bool
    is_case: bool
    assignee_id: int | None

    @classmethod
    def of(cls, order: OrderFacts) -> OrderState:
        return cls(status=str(order.status), paused=order.paused_at is not None,
                   escalated=order.escalated_at is not None, is_case=bool(order.is_case),
                   assignee_id=order.assignee_id)

    @classmethod
    def of_row(cls, row: Mapping[str, Any]) -> OrderState:
        status = row["status"]
        return cls(status=str(getattr(status, "value", status)),
                   paused=row["paused_at"] is not None,
                   escalated=row["escalated_at"] is not None,
                   is_case=bool(row["is_case"]), assignee_id=row["assignee_id"])


def _paused(state: OrderState) -> str | None:
    return "paused" if state.paused else None


def _not_paused(state: OrderState) -> str | None:
    return None if state.paused else "not_paused"


def _escalated(state: OrderState) -> str | None:
    return "escalated" if state.escalated else None  # rule 2.8: once to the shift leader


def _a_case(state: OrderState) -> str | None:
    return "case" if state.is_case else None  # rule 3.6.2(3): a case is opened once


def _nothing(_state: OrderState) -> str | None:
    return None


@dataclass(frozen=True)
class Rule:
    statuses: tuple[TicketStatus, ...]
    refuses: Callable[[OrderState], str | None] = field(default=_nothing)


RULES: dict[str, Rule] = {
    # who holds the order decides a claim or a release too: claim.py, allowed.py
    CLAIM: Rule(DEADLINE_TICKET_STATUSES),
    RELEASE: Rule(DEADLINE_TICKET_STATUSES),
    DISPATCH: Rule((S.NEW, S.DISPATCHED)),  # rule 2.5
    START: Rule((S.DISPATCHED,)),
    PAUSE: Rule(DEADLINE_TICKET_STATUSES, _paused),
    RESUME: Rule(DEADLINE_TICKET_STATUSES, _not_paused),
    ESCALATE: Rule(OPEN_TICKET_STATUSES, _escalated),
    RESOLVE: Rule((S.DISPATCHED, S.IN_PROGRESS)),
    CALLBACK: Rule((S.RESOLVED,)),
    CLOSE: Rule((S.CALLBACK_DONE,)),
    REOPEN: Rule((S.RESOLVED, S.CALLBACK_DONE, S.CLOSED)),
    OPEN_CASE: Rule(DEADLINE_TICKET_STATUSES, _a_case),
    FOLLOW_UP: Rule((*DEADLINE_TICKET_STATUSES, S.RESOLVED, S.CALLBACK_DONE)),  # rule 5.2.2
    LINK_INCIDENT: Rule(DEADLINE_TICKET_STATUSES),
}


# Steps that are the hotline desk's own, whoever else may see the order. Every other step
# is open to every role here (pausing and grading are the settings' roles, grading.py).
# The roles come from the one permission table (app/workflows/permissions.py).
ROLES: dict[str, frozenset[str]] = {
    CALLBACK: roles_with(Permission.TICKET_CALLBACK),    # rule 2.5: the desk calls back
    OPEN_CASE: roles_with(Permission.TICKET_OPEN_CASE),  # rule 3.6.2(3): the desk opens a case
}


def role_refusal(action: str, role: str | None) -> str | None:
    """"role" when `action` is not for this role (None: nobody signed in)."""
    roles = ROLES.get(action)
    if roles is None:
        return None
    return None if role is not None and role in roles else "role"


def refusal(action: str, state: OrderState) -> str | None:
    """Why `action` does not apply to an order in `state` ("status", "paused", ...);
    None when it does."""
    rule = RULES[action]
    if state.status not in rule.statuses:
        return "status"
    return rule.refuses(state)
