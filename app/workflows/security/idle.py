"""The idle lock (issue 15, ASVS 3.3.2): a desk left alone locks; its user unlocks it with
their password, keeping every window and everything typed.

The desk never locks during a call (the UI asks the call state); the minutes are the
setting `desk.idle_lock_minutes` (0: never).
"""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.workflows.security.refusals import refused
from app.workflows.settings import load_settings


def idle_lock_minutes(uow: UnitOfWork) -> float:
    with uow:
        return load_settings(uow).number("desk.idle_lock_minutes")


def unlock_desk(uow: UnitOfWork, password: str) -> None:
    """The signed-in user's password unlocks the desk; a wrong one is a failed login
    (counted, audited, and enough of them lock the account: then only a new login helps)."""
    from app.workflows.auth import LoginFailed, check_credentials
    from app.workflows.security.lockout import clear_failures

    with uow:
        if uow.actor is None:
            raise refused(uow, "desk.unlock", "nobody is signed in at this desk")
        try:
            staff = check_credentials(uow, uow.actor.job_number, password)
        except LoginFailed:
            uow.commit()
            raise
        clear_failures(uow, staff)
        uow.commit()
