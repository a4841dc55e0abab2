"""Passwords chosen by their owner (issue 15, ASVS 2.1): the signed-in user changes theirs
with the old one; after an administrator's reset the new one is chosen at the login."""

from __future__ import annotations

from app.repositories.uow import Actor, UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.security.refusals import refused
from app.workflows.settings import load_settings

MAX_LENGTH = 128  # ASVS 2.1.2: at least 64 allowed; longer is refused, not cut


def password_problem(uow: UnitOfWork, password: str, *, job_number: str) -> str | None:
    """A code for what is wrong with a new password, or None (inside a unit of work)."""
    return new_password_problem(password, job_number=job_number,
                                min_length=load_settings(uow).integer("password.min_length"))


def new_password_problem(password: str, *, job_number: str, min_length: int) -> str | None:
    """The one rule for every password a person chooses (ASVS 2.1.1, 2.1.2): the first
    administrator's, an administrator-made one, one's own. None when it is acceptable."""
    if len(password) < min_length:
        return "password.too_short"
    if len(password) > MAX_LENGTH:
        return "password.too_long"
    if job_number and job_number.lower() in password.lower():
        return "password.has_job_number"
    return None


def _check_new(uow: UnitOfWork, old: str, new: str, repeat: str, job_number: str) -> None:
    errors: dict[str, str] = {}
    problem = password_problem(uow, new, job_number=job_number)
    if problem:
        errors["new"] = problem
    elif new == old:
        errors["new"] = "password.unchanged"
    if new != repeat:
        errors["repeat"] = "password.mismatch"
    if errors:
        raise ValidationError(errors)


def change_password(uow: UnitOfWork, old: str, new: str, repeat: str) -> None:
    """The signed-in user's own password; a wrong old password counts as a failed login."""
    from app.workflows.auth import LoginFailed, check_credentials, hash_password

    with uow:
        if uow.actor is None:
            raise refused(uow, "password.change",
                          "changing a password needs a logged-in staff member")
        try:
            staff = check_credentials(uow, uow.actor.job_number, old)
        except LoginFailed:
            uow.commit()
            raise ValidationError({"old": "password.wrong"}) from None
        _check_new(uow, old, new, repeat, staff.job_number)
        staff.password_hash = hash_password(new)
        staff.must_change_password = False
        uow.commit()


def change_expired_password(uow: UnitOfWork, job_number: str, old: str, new: str,
                            repeat: str) -> Actor:
    """At the login after a reset: the temporary password proves who it is, the new one
    replaces it, and the user is signed in."""
    from app.workflows.auth import LoginFailed, _actor, check_credentials, hash_password
    from app.workflows.security.lockout import clear_failures

    with uow:
        try:
            staff = check_credentials(uow, job_number, old)
        except LoginFailed:
            uow.commit()
            raise
        _check_new(uow, old, new, repeat, staff.job_number)
        clear_failures(uow, staff)
        staff.password_hash = hash_password(new)
        staff.must_change_password = False
        uow.commit()
        return _actor(staff)
