"""Login lockout (issue 15, ASVS 2.2.1): failures counted in a window lock the account.

After `login.max_failures` failed logins within `login.failure_window_minutes` the account
is locked for `login.lock_minutes` (0: until a leader unlocks it, `staff.unlock_account`).
Every failure and every lock is an audit event with the desk and the time; a job number
nobody has is recorded too (entity id 0), so guessing numbers shows in the audit viewer.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.models.staff import Staff
from app.repositories.security import AccountRepository
from app.repositories.uow import UnitOfWork
from app.workflows.settings import load_settings


def is_locked(staff: Staff, now: datetime) -> bool:
    return staff.locked_until is not None and staff.locked_until > now


def login_refusal(uow: UnitOfWork, staff: Staff, password_matches: bool) -> str | None:
    """Why this account may not sign in now (for the audit log only), or None."""
    if not staff.active:
        return "inactive"
    if is_locked(staff, uow.clock()):
        return "locked"
    return None if password_matches else "password"


def count_failure(uow: UnitOfWork, staff: Staff | None, job_number: str, reason: str) -> None:
    """Record one failed login; the last one the window allows locks the account."""
    now = uow.clock()
    accounts = uow.repo(AccountRepository)
    accounts.record(at=now, action="login.failed", staff_id=staff.id if staff else None,
                    actor_id=None, changes={"job_number": job_number, "reason": reason})
    if staff is None or reason in ("inactive", "locked"):
        return  # a locked account's further failures neither extend nor renew the lock
    settings = load_settings(uow)
    window = timedelta(minutes=settings.number("login.failure_window_minutes"))
    failures = accounts.count_failure(staff.id, now, now - window)
    if failures < settings.integer("login.max_failures"):
        return
    minutes = settings.number("login.lock_minutes")
    # 0 minutes: locked until a leader unlocks it (a date no desk will reach)
    locked_until = now + (timedelta(minutes=minutes) if minutes > 0 else timedelta(days=36500))
    accounts.record(at=now, action="login.locked", staff_id=staff.id, actor_id=None,
                    changes={"failures": failures, "locked_until": locked_until.isoformat()})
    accounts.set_login_state(staff.id, failed_logins=0, failed_since=None,
                             locked_until=locked_until)


def clear_failures(uow: UnitOfWork, staff: Staff) -> None:
    """A successful login: the count starts again, and the login is recorded."""
    accounts = uow.repo(AccountRepository)
    if staff.failed_logins or staff.failed_since or staff.locked_until:
        accounts.set_login_state(staff.id, failed_logins=0, failed_since=None,
                                 locked_until=None)
    accounts.record(at=uow.clock(), action="login", staff_id=staff.id, actor_id=staff.id,
                    changes={})
