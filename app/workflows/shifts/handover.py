"""The outgoing agent's side of the handover log (rule 3.4.3).

The log holds equipment status, difficult cases linked to work orders, staffing changes
and free notes. It is saved as a draft while the agent writes it; "hand over" freezes it,
snapshots the orders the agent is responsible for (open, overdue, waiting for a callback)
and waits for the incoming agent's signature (rule 3.4.2, see signoff.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.models.enums import TicketStatus
from app.models.handover import (
    CarryReason,
    EquipmentState,
    Handover,
    HandoverItem,
    HandoverStatus,
    ItemKind,
)
from app.models.shift import LeaveStatus
from app.repositories.shifts.handover import (
    CarryoverRow,
    HandoverRepository,
    HandoverView,
    TicketLine,
)
from app.repositories.shifts.roster import DutyView, LeaveView, ShiftRepository, SwapView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import NotFound, ValidationError
from app.workflows.memos.handover import carry_memos, return_memos
from app.workflows.network.handover import shift_lines
from app.workflows.permissions import Permission, require
from app.workflows.settings import load_settings
from app.workflows.shifts.common import DESK_ROLES, centre_zone, require_actor

MAX_TEXT = 2000
STAFFING_DAYS = 2   # approved leave this many days ahead counts as a staffing change
_TICKET = re.compile(r"(?:GD)?0*(\d{1,12})", re.IGNORECASE)
_CARRY_ORDER = {CarryReason.OVERDUE: 0, CarryReason.CALLBACK: 1, CarryReason.OPEN: 2}


@dataclass(frozen=True)
class EquipmentInput:
    subject: str
    state: str = EquipmentState.OK.value
    note: str = ""


@dataclass(frozen=True)
class CaseInput:
    ticket: str      # a work-order number as the agent types it ("GD00000012" or "12")
    text: str


@dataclass
class HandoverForm:
    incoming_id: int | None = None
    notes: str = ""
    equipment: list[EquipmentInput] = field(default_factory=list)
    cases: list[CaseInput] = field(default_factory=list)
    staffing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CarryPreview:
    ticket: TicketLine
    reason: str


@dataclass(frozen=True)
class HandoverDraft:
    """What the handover dialog opens with: the saved draft, or a sensible start.

    `swaps` (recorded since the last completed handover) and `leave` (approved, today to
    `STAFFING_DAYS` ahead) are the staffing changes the roster already knows (rule 3.4.3);
    the dialog offers them as lines of the log.
    """

    saved: HandoverView | None
    form: HandoverForm
    duty: DutyView | None
    carryover: tuple[CarryPreview, ...]
    swaps: tuple[SwapView, ...] = ()
    leave: tuple[LeaveView, ...] = ()


def classify(ticket: TicketLine, now: datetime) -> CarryReason:
    """Open while new/dispatched/in progress, overdue when open past due, callback when
    resolved and waiting for the 回访 (rule 2.5)."""
    if ticket.status == TicketStatus.RESOLVED.value:
        return CarryReason.CALLBACK
    return CarryReason.OVERDUE if ticket.due_at < now else CarryReason.OPEN


def carryover_for(uow: UnitOfWork, staff_id: int) -> tuple[CarryPreview, ...]:
    """Inside an open unit of work: the orders the outgoing agent holds now (the unit of
    work's clock) and must pass on; an order received after that moment is not one."""
    now = uow.clock()
    lines = [CarryPreview(t, classify(t, now).value)
             for t in uow.repo(HandoverRepository).responsible_tickets(staff_id, now)]
    return tuple(sorted(lines, key=lambda c: (_CARRY_ORDER[CarryReason(c.reason)],
                                              c.ticket.due_at)))


def snapshot_carryover(uow: UnitOfWork, handover: Handover) -> None:
    """Freeze the carried-over orders as they stand now, for the incoming agent to check."""
    uow.repo(HandoverRepository).replace_carryovers(handover.id, [
        CarryoverRow(c.ticket.ticket_id, CarryReason(c.reason), c.ticket.status,
                     c.ticket.due_at)
        for c in carryover_for(uow, handover.outgoing_id)])


def current_duty(uow: UnitOfWork, staff_id: int) -> DutyView | None:
    """Inside an open unit of work: the shift this agent is (or was lately) on."""
    now = uow.clock()
    grace = load_settings(uow).number("shift.handover_grace_hours")
    return uow.repo(ShiftRepository).latest_started(staff_id, now, now - timedelta(hours=grace))


def open_draft(uow: UnitOfWork) -> HandoverDraft:
    """The agent's pending handover, or a new form with last shift's equipment states and
    the colleague rostered next proposed as the incoming agent."""
    with uow:
        me = require_actor(uow)
        repo = uow.repo(HandoverRepository)
        duty = current_duty(uow, me)
        pending = repo.pending_for(me)
        carry = carryover_for(uow, me)
        if pending is not None:
            view = repo.view(pending.id)
            assert view is not None
            return HandoverDraft(view, _form_of(view), duty, carry)
        form = HandoverForm(equipment=_starting_equipment(uow))
        swaps, leave = _staffing(uow)
        if duty is not None:
            nxt = uow.repo(ShiftRepository).starting_at(duty.ends_at, exclude_staff=me)
            form.incoming_id = nxt[0].staff_id if nxt else None
        return HandoverDraft(None, form, duty, carry, swaps, leave)


def _staffing(uow: UnitOfWork) -> tuple[tuple[SwapView, ...], tuple[LeaveView, ...]]:
    now = uow.clock()
    last = uow.repo(HandoverRepository).latest_completed()
    since = last.completed_at if last and last.completed_at else now - timedelta(days=1)
    shifts = uow.repo(ShiftRepository)
    today = now.astimezone(centre_zone(uow)).date()
    until = today + timedelta(days=STAFFING_DAYS)
    leave = [v for v in shifts.leave_list(status=LeaveStatus.APPROVED.value)
             if v.first_day <= until and v.last_day >= today]
    return tuple(shifts.swaps_since(since)), tuple(sorted(leave, key=lambda v: v.first_day))


def _starting_equipment(uow: UnitOfWork) -> list[EquipmentInput]:
    """Last shift's equipment lines, with the network units changed since then (issue 16)
    replacing a carried line of the same unit or added after them."""
    lines = _carried_equipment(uow)
    last = uow.repo(HandoverRepository).latest_completed()
    now = uow.clock()
    since = last.completed_at if last and last.completed_at else now - timedelta(hours=12)
    changed = {subject: EquipmentInput(subject, state, note)
               for subject, state, note in shift_lines(uow, since, centre_zone(uow))}
    kept = [changed.pop(line.subject, line) for line in lines]
    return kept + list(changed.values())


def _carried_equipment(uow: UnitOfWork) -> list[EquipmentInput]:
    last = uow.repo(HandoverRepository).latest_completed()
    if last is not None:
        view = uow.repo(HandoverRepository).view(last.id)
        assert view is not None
        carried = [EquipmentInput(i.subject, i.state or EquipmentState.OK.value, i.text)
                   for i in view.lines(ItemKind.EQUIPMENT.value)]
        if carried:
            return carried
    names = load_settings(uow).items("handover.equipment")
    return [EquipmentInput(str(name)) for name in names]


def _form_of(view: HandoverView) -> HandoverForm:
    return HandoverForm(
        incoming_id=view.incoming_id, notes=view.notes,
        equipment=[EquipmentInput(i.subject, i.state or EquipmentState.OK.value, i.text)
                   for i in view.lines(ItemKind.EQUIPMENT.value)],
        cases=[CaseInput(i.ticket_number or "", i.text)
               for i in view.lines(ItemKind.DIFFICULT_CASE.value)],
        staffing=[i.text for i in view.lines(ItemKind.STAFFING.value)])


def parse_ticket(text: str) -> int | None:
    match = _TICKET.fullmatch(text.strip())
    return int(match[1]) if match else None


def validate_form(form: HandoverForm, *, handing_over: bool) -> dict[str, str]:
    """Field errors that need no database; rows are named `equipment.N`, `cases.N`."""
    errors: dict[str, str] = {}
    states = {s.value for s in EquipmentState}
    for n, eq in enumerate(form.equipment):
        if not eq.subject.strip():
            errors[f"equipment.{n}"] = "required"
        elif eq.state not in states:
            errors[f"equipment.{n}"] = "choice.invalid"
        elif eq.state != EquipmentState.OK.value and not eq.note.strip():
            errors[f"equipment.{n}"] = "equipment.note_required"   # rule 3.4.3: clearly
    for n, case in enumerate(form.cases):
        if not case.text.strip():
            errors[f"cases.{n}"] = "required"
        elif case.ticket.strip() and parse_ticket(case.ticket) is None:
            errors[f"cases.{n}"] = "ticket.malformed"
    for n, line in enumerate(form.staffing):
        if not line.strip():
            errors[f"staffing.{n}"] = "required"
    texts = [form.notes, *(c.text for c in form.cases), *form.staffing,
             *(e.note for e in form.equipment)]
    if any(len(t) > MAX_TEXT for t in texts):
        errors["notes"] = "text.too_long"
    if handing_over and form.incoming_id is None:
        errors["incoming"] = "required"   # rule 3.4.2: someone must take over
    return errors


def save_handover(uow: UnitOfWork, form: HandoverForm, *, hand_over: bool = False
                  ) -> HandoverView:
    """Save the draft; with `hand_over`, freeze it and wait for the incoming signature."""
    require(uow, Permission.HANDOVER_WRITE)  # rule 3.4.3: the desk's roles keep the log
    errors = validate_form(form, handing_over=hand_over)
    if errors:
        raise ValidationError(errors)
    with uow:
        me = require_actor(uow)
        repo = uow.repo(HandoverRepository)
        if form.incoming_id is not None:
            if form.incoming_id == me:
                raise ValidationError({"incoming": "incoming.is_outgoing"})
            choices = uow.repo(ShiftRepository).staff_choices(DESK_ROLES)
            if form.incoming_id not in {s.id for s in choices}:
                raise ValidationError({"incoming": "staff.unknown"})
        case_ids: list[int | None] = []
        for n, case in enumerate(form.cases):
            tid = parse_ticket(case.ticket) if case.ticket.strip() else None
            if tid is not None and not repo.ticket_exists(tid):
                raise ValidationError({f"cases.{n}": "ticket.unknown"})
            case_ids.append(tid)
        now = uow.clock()
        handover = repo.pending_for(me)
        if handover is None:
            duty = current_duty(uow, me)
            handover = Handover(outgoing_id=me, created_at=now,
                                roster_entry_id=duty.id if duty else None)
            repo.add(handover)
        elif handover.status != HandoverStatus.DRAFT:
            raise ValidationError({"handover": "handover.already_handed_over"})
        handover.incoming_id = form.incoming_id
        handover.notes = form.notes.strip()
        repo.replace_items(handover.id, _items(handover.id, form, case_ids, me, now))
        if hand_over:
            handover.status = HandoverStatus.HANDED_OVER
            handover.handed_over_at = now
            snapshot_carryover(uow, handover)
            # rule 4.2(5): open messages for the outgoing colleague pass to the incoming one
            carry_memos(uow, handover.id, me, handover.incoming_id)
        repo.session.flush()
        view = repo.view(handover.id)
        uow.commit()
        assert view is not None
        return view


def _items(handover_id: int, form: HandoverForm, case_ids: list[int | None], me: int,
           now: datetime) -> list[HandoverItem]:
    rows: list[HandoverItem] = []

    def add(kind: ItemKind, **values: object) -> None:
        rows.append(HandoverItem(handover_id=handover_id, kind=kind, position=len(rows),
                                 created_by_id=me, created_at=now, **values))

    for eq in form.equipment:
        add(ItemKind.EQUIPMENT, subject=eq.subject.strip(), state=EquipmentState(eq.state),
            text=eq.note.strip())
    for case, tid in zip(form.cases, case_ids, strict=True):
        add(ItemKind.DIFFICULT_CASE, ticket_id=tid, text=case.text.strip())
    for line in form.staffing:
        add(ItemKind.STAFFING, text=line.strip())
    return rows


def reopen(uow: UnitOfWork, handover_id: int) -> HandoverView:
    """Take a handed-over log back to draft (before anyone signed) to change it."""
    with uow:
        me = require(uow, Permission.HANDOVER_WRITE).id
        repo = uow.repo(HandoverRepository)
        handover = repo.get(handover_id)
        if handover is None or handover.outgoing_id != me:
            raise NotFound(f"handover {handover_id}")
        if handover.status != HandoverStatus.HANDED_OVER:
            raise ValidationError({"handover": "handover.not_awaiting"})
        handover.status = HandoverStatus.DRAFT
        handover.handed_over_at = None
        repo.replace_carryovers(handover.id, [])
        return_memos(uow, handover.id)
        view = repo.view(handover.id)
        uow.commit()
        assert view is not None
        return view
