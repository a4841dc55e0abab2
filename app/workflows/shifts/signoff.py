"""Two-party sign-off (rule 3.4.2) and corrections to a completed log.

The handover completes only when the incoming agent signs with their own password, which
proves they are at the desk; until then the outgoing agent stays on duty (duty.py). A
shift leader may complete it without that signature, but only with their own password and
a written reason; the audit log keeps both.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.handover import COMPLETED_STATUSES, HandoverItem, HandoverStatus, ItemKind
from app.models.staff import Staff
from app.repositories.shifts.handover import HandoverRepository, HandoverView
from app.repositories.uow import UnitOfWork
from app.workflows.auth import verify_password
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, allowed, require
from app.workflows.shifts.common import require_actor
from app.workflows.shifts.handover import MAX_TEXT, snapshot_carryover


@dataclass(frozen=True)
class Signature:
    job_number: str
    password: str


def _check_identity(uow: UnitOfWork, sig: Signature) -> Staff:
    staff = uow.staff.by_job_number(sig.job_number.strip())
    if staff is None or not staff.active or not verify_password(staff.password_hash,
                                                                sig.password):
        raise ValidationError({"password": "signature.invalid"})
    return staff


def _commit(uow: UnitOfWork) -> None:
    try:
        uow.commit()
    except Conflict as exc:  # the other desk changed it between our read and write
        raise ValidationError({"handover": "handover.changed"}) from exc


def sign_handover(uow: UnitOfWork, handover_id: int, sig: Signature,
                  acknowledged: set[int]) -> HandoverView:
    """The incoming agent acknowledges every carried-over order and signs (rule 3.4.2).

    The desk's own user needs `handover.sign` (issue 15) and so does the signer, whose
    duty is the extra condition: the colleague the log names, never the outgoing one."""
    require(uow, Permission.HANDOVER_SIGN)
    if not sig.password:
        raise ValidationError({"password": "required"})
    with uow:
        repo = uow.repo(HandoverRepository)
        handover = repo.get(handover_id)
        if handover is None:
            raise NotFound(f"handover {handover_id}")
        if handover.status in COMPLETED_STATUSES:
            raise ValidationError({"handover": "handover.completed"})
        if handover.status != HandoverStatus.HANDED_OVER:
            raise ValidationError({"handover": "handover.not_handed_over"})
        staff = _check_identity(uow, sig)
        if not allowed(staff.role, Permission.HANDOVER_SIGN):
            raise ValidationError({"job_number": "signer.not_desk"})
        if staff.id == handover.outgoing_id:
            raise ValidationError({"job_number": "signer.is_outgoing"})
        if handover.incoming_id is not None and staff.id != handover.incoming_id:
            raise ValidationError({"job_number": "signer.not_incoming"})
        if repo.carried_ticket_ids(handover.id) - acknowledged:
            raise ValidationError({"carryover": "carryover.unacknowledged"})
        now = uow.clock()
        repo.acknowledge_carryovers(handover.id, now)
        handover.status = HandoverStatus.SIGNED
        handover.incoming_id = staff.id
        handover.signed_by_id = staff.id
        handover.completed_at = now
        repo.session.flush()
        view = repo.view(handover.id)
        _commit(uow)
        assert view is not None
        return view


def override_handover(uow: UnitOfWork, handover_id: int, leader: Signature,
                      reason: str) -> HandoverView:
    """A shift leader releases the outgoing agent without the incoming signature (at a
    desk whose user may keep the log; the leader's own role is checked on the signature)."""
    require(uow, Permission.HANDOVER_WRITE)
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "required"
    elif len(reason) > MAX_TEXT:
        errors["reason"] = "text.too_long"
    if not leader.password:
        errors["password"] = "required"
    if errors:
        raise ValidationError(errors)
    with uow:
        repo = uow.repo(HandoverRepository)
        handover = repo.get(handover_id)
        if handover is None:
            raise NotFound(f"handover {handover_id}")
        if handover.status in COMPLETED_STATUSES:
            raise ValidationError({"handover": "handover.completed"})
        staff = _check_identity(uow, leader)
        if not allowed(staff.role, Permission.HANDOVER_OVERRIDE):
            raise ValidationError({"job_number": "signer.not_leader"})
        if staff.id == handover.outgoing_id:
            raise ValidationError({"job_number": "signer.is_outgoing"})
        if handover.status == HandoverStatus.DRAFT:  # never handed over: snapshot now
            snapshot_carryover(uow, handover)
            handover.handed_over_at = uow.clock()
        handover.status = HandoverStatus.OVERRIDDEN
        handover.override_by_id = staff.id
        handover.override_reason = reason.strip()
        handover.completed_at = uow.clock()
        repo.session.flush()
        view = repo.view(handover.id)
        _commit(uow)
        assert view is not None
        return view


def add_correction(uow: UnitOfWork, handover_id: int, text: str) -> HandoverView:
    """A completed log is read-only; a correction is appended with its author and time."""
    require(uow, Permission.HANDOVER_WRITE)
    if not text.strip():
        raise ValidationError({"correction": "required"})
    if len(text) > MAX_TEXT:
        raise ValidationError({"correction": "text.too_long"})
    with uow:
        me = require_actor(uow)
        repo = uow.repo(HandoverRepository)
        handover = repo.get(handover_id)
        if handover is None:
            raise NotFound(f"handover {handover_id}")
        if handover.status not in COMPLETED_STATUSES:
            raise ValidationError({"correction": "handover.not_completed"})
        view = repo.view(handover.id)
        assert view is not None
        repo.add(HandoverItem(handover_id=handover.id, kind=ItemKind.CORRECTION,
                              position=len(view.items), text=text.strip(), created_by_id=me,
                              created_at=uow.clock()))
        view = repo.view(handover.id)
        uow.commit()
        assert view is not None
        return view


def awaiting_my_signature(uow: UnitOfWork) -> list[HandoverView]:
    """Handovers waiting for the logged-in agent (or for anyone, when none was named)."""
    with uow:
        me = require_actor(uow)
        repo = uow.repo(HandoverRepository)
        return [v for i in repo.awaiting_signature_of(me) if (v := repo.view(i)) is not None]
