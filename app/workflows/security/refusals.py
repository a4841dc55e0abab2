"""A refused call is an audit event of its own (issue 15, ASVS 7.1.3 for access control).

Every PermissionDenied a workflow raises is made by `refused`: it first drops what the
refused unit of work may have flushed (so no half-written row of the refused work stays),
then writes one `permission.denied` event — who (the actor, or nobody signed in), which
permission, the role, the desk and the time — in a unit of work of its own and commits it,
so the refusal is kept although the refused work is rolled back. The audit viewer shows it
under the person's filter (entity `staff`, the actor's id; 0 when nobody was signed in).
"""

from __future__ import annotations

import logging

from app.repositories.security import AccountRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied

DENIED = "permission.denied"
log = logging.getLogger(__name__)


def refused(uow: UnitOfWork, what: str, message: str) -> PermissionDenied:
    """Record the refusal of `what` (a permission's value) and return the error to raise.

    A refusal that cannot be recorded (the database went away) is still answered: the
    person at the desk must see the refusal, not a failure of its record."""
    actor = uow.actor
    uow.rollback()
    try:
        with UnitOfWork(uow.db, actor, uow.clock) as own:
            own.repo(AccountRepository).record(
                at=own.clock(), action=DENIED, staff_id=actor.id if actor else None,
                actor_id=actor.id if actor else None,
                changes={"permission": what, "role": actor.role if actor else None})
            own.commit()
    except Exception:  # noqa: BLE001 - the refusal itself must reach the caller
        log.exception("could not record the refusal of %s", what)
    return PermissionDenied(message)
