"""Errors of the work-order steps, each carrying what the UI needs to say it plainly."""

from __future__ import annotations

from app.workflows.errors import Conflict, StepRefused


class TicketConflict(Conflict):
    """Another desk changed this order since it was shown: reload, nothing was written."""

    def __init__(self, ticket_id: int) -> None:
        super().__init__(f"work order {ticket_id} was changed by another desk; reload it")
        self.ticket_id = ticket_id


class ClaimConflict(Conflict):
    """Someone else holds the order; `holder` is their name (None: it is finished)."""

    def __init__(self, ticket_id: int, holder: str | None) -> None:
        who = holder or "nobody (the order is no longer open)"
        super().__init__(f"work order {ticket_id} is held by {who}")
        self.ticket_id = ticket_id
        self.holder = holder


class IllegalTransition(StepRefused):
    """The step does not apply to the order's current status; nothing was written."""

    def __init__(self, action: str, status: str, why: str = "status") -> None:
        super().__init__(f"cannot {action} a work order that is {status} ({why})")
        self.action = action
        self.status = status
        self.why = why
