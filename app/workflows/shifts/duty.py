"""May this agent end the shift? Rule 3.4.2: not before the incoming agent has arrived.

An agent is on duty from the start of their rostered shift, and whenever they have a
handover in progress, until a handover of theirs is completed (signed by the incoming
agent, or overridden by a shift leader). The desk shows this state and refuses to close
while it holds, giving the reason as a code the UI translates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.models.handover import HandoverStatus
from app.repositories.shifts.handover import HandoverRepository
from app.repositories.uow import UnitOfWork
from app.workflows.shifts.handover import current_duty

REASON_AWAITING_SIGNATURE = "handover.awaiting_signature"
REASON_DRAFT = "handover.draft"
REASON_MISSING = "handover.missing"


@dataclass(frozen=True)
class DutyState:
    on_duty: bool
    reason: str                    # "" when the agent may end the shift
    shift_name: str = ""
    shift_ends_at: datetime | None = None
    handover_id: int | None = None
    incoming_name: str = ""

    @property
    def may_end(self) -> bool:
        return not self.on_duty


def duty_state(uow: UnitOfWork) -> DutyState:
    """The logged-in staff member's duty; anyone not rostered and not handing over is free."""
    with uow:
        if uow.actor is None:
            return DutyState(False, "")
        me = uow.actor.id
        repo = uow.repo(HandoverRepository)
        duty = current_duty(uow, me)
        name = duty.slot_name if duty else ""
        ends = duty.ends_at if duty else None
        pending = repo.pending_for(me)
        if pending is not None:
            view = repo.view(pending.id)
            incoming = view.incoming_name if view else ""
            reason = (REASON_AWAITING_SIGNATURE
                      if pending.status == HandoverStatus.HANDED_OVER else REASON_DRAFT)
            return DutyState(True, reason, name, ends, pending.id, incoming)
        if duty is not None and not repo.completed_since(me, duty.starts_at):
            return DutyState(True, REASON_MISSING, name, ends)
        return DutyState(False, "", name, ends)
