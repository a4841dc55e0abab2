"""May this agent end the shift? Rule 3.4.2: not before the incoming agent has arrived.

The one answer to "who is on duty" that the status-bar indicator, the handover dialog and
the close guard all read (`duty_state`), so they never disagree.

A staff member is on duty from the start of their rostered shift, from the moment they
signed a handover as the incoming colleague (they took over the desk, rostered or not),
and whenever they have a handover in progress, until a handover of theirs is completed
(signed by the incoming agent, or overridden by a shift leader). The desk shows this state
and refuses to close while it holds, giving the reason as a code the UI translates. When
nobody at all is rostered around now, the state says so (`no_roster`), so the desk can
point to the roster instead of quietly saying "off duty".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.handover import HandoverStatus
from app.repositories.shifts.handover import HandoverRepository
from app.repositories.shifts.roster import ShiftRepository
from app.repositories.uow import UnitOfWork
from app.workflows.settings import load_settings
from app.workflows.shifts.handover import current_duty

REASON_AWAITING_SIGNATURE = "handover.awaiting_signature"
REASON_DRAFT = "handover.draft"
REASON_MISSING = "handover.missing"
REASON_TOOK_OVER = "handover.took_over"   # signed a handover in, not handed over since
DEFAULT_SHIFT_HOURS = 12   # how long a taken-over desk counts as a shift without a pattern
NO_ROSTER_HOURS = 24       # no shift of anyone this long around now: "no roster"


@dataclass(frozen=True)
class DutyState:
    on_duty: bool
    reason: str                    # "" when the agent may end the shift
    shift_name: str = ""
    shift_ends_at: datetime | None = None
    handover_id: int | None = None
    incoming_name: str = ""
    since: datetime | None = None  # REASON_TOOK_OVER: when they signed the handover in
    took_over_from: str = ""       # REASON_TOOK_OVER: the outgoing colleague
    no_roster: bool = False        # nobody is rostered around now: the roster is not kept

    @property
    def may_end(self) -> bool:
        return not self.on_duty


def duty_state(uow: UnitOfWork) -> DutyState:
    """The logged-in staff member's duty; anyone not rostered, not handing over and not
    having taken over the desk is free."""
    with uow:
        if uow.actor is None:
            return DutyState(False, "")
        me = uow.actor.id
        now = uow.clock()
        repo = uow.repo(HandoverRepository)
        shifts = uow.repo(ShiftRepository)
        duty = current_duty(uow, me)
        name = duty.slot_name if duty else ""
        ends = duty.ends_at if duty else None
        window = timedelta(hours=NO_ROSTER_HOURS)
        no_roster = duty is None and not shifts.anyone_rostered(now - window, now + window)
        pending = repo.pending_for(me)
        if pending is not None:
            view = repo.view(pending.id)
            incoming = view.incoming_name if view else ""
            reason = (REASON_AWAITING_SIGNATURE
                      if pending.status == HandoverStatus.HANDED_OVER else REASON_DRAFT)
            return DutyState(True, reason, name, ends, pending.id, incoming,
                             no_roster=no_roster)
        if duty is not None and not repo.completed_since(me, duty.starts_at):
            return DutyState(True, REASON_MISSING, name, ends)
        taken = repo.taken_over_since(me, now - _took_over_span(uow, shifts))
        if taken is not None and taken.completed_at is not None \
                and not repo.completed_since(me, taken.completed_at):
            return DutyState(True, REASON_TOOK_OVER, name, ends, since=taken.completed_at,
                             took_over_from=repo.staff_name(taken.outgoing_id),
                             no_roster=no_roster)
        return DutyState(False, "", name, ends, no_roster=no_roster)


def _took_over_span(uow: UnitOfWork, shifts: ShiftRepository) -> timedelta:
    """How long ago a signed-in handover still makes its signer the one on duty: a shift
    (the longest of the pattern) and the grace a shift stays open unhanded."""
    minutes = shifts.longest_slot_minutes() or DEFAULT_SHIFT_HOURS * 60
    grace = load_settings(uow).number("shift.handover_grace_hours")
    return timedelta(minutes=minutes) + timedelta(hours=grace)
