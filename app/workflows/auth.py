"""Staff accounts and login with argon2id password hashes.

A real install has no default password: the first start asks for the administrator
(`needs_first_admin`); only the demo database ships known demo passwords.
"""

from __future__ import annotations

import re
import secrets
from typing import cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.models.enums import Role
from app.models.staff import Staff
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.letterhead import clean_hotline, hotline_problem
from app.workflows.permissions import Permission, require
from app.workflows.settings import DEFAULTS, save_setting

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_JOB_NUMBER = re.compile(r"[A-Za-z0-9]{2,20}")
# the default of the setting `password.min_length`: the form's check before the workflow's
MIN_PASSWORD_LENGTH = cast(int, DEFAULTS["password.min_length"])
SEED_MIN_LENGTH = 6  # demo and test accounts only (seed_user), never a person's choice


class LoginFailed(Exception):
    """Wrong job number or password, or a locked account; deliberately does not say which."""


class PasswordChangeRequired(Exception):
    """The password is right but was set by an administrator's reset: the user chooses a
    new one (`security.passwords.change_expired_password`) before the desk opens."""

    def __init__(self, job_number: str) -> None:
        super().__init__(job_number)
        self.job_number = job_number


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _actor(staff: Staff) -> Actor:
    return Actor(id=staff.id, job_number=staff.job_number, name=staff.name,
                 role=staff.role.value)


def _dummy_hash() -> str:
    """A hash made by the active hasher, verified when the job number is unknown, so that
    answering takes as long as for a known one (tests swap `_hasher`: made per hasher)."""
    cached = _DUMMY.get(id(_hasher))
    if cached is None or cached[0] is not _hasher:
        cached = (_hasher, _hasher.hash(secrets.token_urlsafe(16)))
        _DUMMY.clear()
        _DUMMY[id(_hasher)] = cached
    return cached[1]


_DUMMY: dict[int, tuple[PasswordHasher, str]] = {}


def check_credentials(uow: UnitOfWork, job_number: str, password: str) -> Staff:
    """Inside an open unit of work: the staff member these credentials prove, or
    LoginFailed after counting the failure (rule of issue 15: lockout, audit, equal time).

    The hash is always verified, even for an unknown number, a locked or an inactive
    account, so the time taken does not tell which part was wrong; the caller commits.
    """
    from app.workflows.security.lockout import count_failure, login_refusal

    job = job_number.strip()[:20]
    staff = uow.staff.by_job_number(job) if job else None
    if staff is None:
        verify_password(_dummy_hash(), password)
        count_failure(uow, None, job, "unknown")
        raise LoginFailed()
    matches = verify_password(staff.password_hash, password)
    reason = login_refusal(uow, staff, matches)
    if reason is not None:
        count_failure(uow, staff, job, reason)
        raise LoginFailed()
    return staff


def login(uow: UnitOfWork, job_number: str, password: str) -> Actor:
    """The signed-in staff member. Raises LoginFailed (saying nothing about which part was
    wrong) or, after an administrator's reset, PasswordChangeRequired."""
    from app.workflows.security.lockout import clear_failures

    with uow:
        try:
            staff = check_credentials(uow, job_number, password)
        except LoginFailed:
            uow.commit()  # the failure, its count and a lock are kept
            raise
        clear_failures(uow, staff)
        if staff.must_change_password:
            uow.commit()
            raise PasswordChangeRequired(staff.job_number)
        if _hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = hash_password(password)
        uow.commit()
        return _actor(staff)


def needs_first_admin(uow: UnitOfWork) -> bool:
    with uow:
        return not uow.staff.admin_exists()


def _account_errors(job_number: str, name: str, role: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not _JOB_NUMBER.fullmatch(job_number.strip()):
        errors["job_number"] = "job_number.invalid"
    if not name.strip():
        errors["name"] = "required"
    if role not in {r.value for r in Role}:
        errors["role"] = "role.invalid"
    return errors


def validate_new_user(job_number: str, name: str, role: str, password: str,
                      min_length: int = MIN_PASSWORD_LENGTH) -> dict[str, str]:
    """A new account's fields; its password by the same rule as every chosen password."""
    from app.workflows.security.passwords import new_password_problem

    errors = _account_errors(job_number, name, role)
    problem = new_password_problem(password, job_number=job_number.strip(),
                                   min_length=min_length)
    if problem:
        errors["password"] = problem
    return errors


def _password_errors(uow: UnitOfWork, job_number: str, password: str) -> dict[str, str]:
    """The setting's minimum (it may be raised above the default) inside the unit of work."""
    from app.workflows.security.passwords import password_problem

    problem = password_problem(uow, password, job_number=job_number.strip())
    return {"password": problem} if problem else {}


def create_user(uow: UnitOfWork, job_number: str, name: str, role: str, password: str,
                unit_id: int | None = None) -> Actor:
    """An administrator adds a staff account (issue 15: nobody else may)."""
    errors = validate_new_user(job_number, name, role, password)
    with uow:
        require(uow, Permission.STAFF_MANAGE)
        errors = {**_password_errors(uow, job_number, password), **errors}
        if errors:
            raise ValidationError(errors)
        actor = _add_user(uow, job_number, name, role, password, unit_id)
        uow.commit()
        return actor


def seed_user(uow: UnitOfWork, job_number: str, name: str, role: str, password: str,
              unit_id: int | None = None) -> Actor:
    """Accounts of the demo database and of test fixtures, written without a signed-in
    administrator. No screen and no command calls this: staff are added by an administrator
    (`create_user`) or, on an empty database, as the first administrator. Their passwords
    (demo1001 ...) are the demo's published ones: only the old 6-character floor applies."""
    errors = _account_errors(job_number, name, role)
    if len(password) < SEED_MIN_LENGTH:
        errors["password"] = "password.too_short"
    if errors:
        raise ValidationError(errors)
    with uow:
        actor = _add_user(uow, job_number, name, role, password, unit_id)
        uow.commit()
        return actor


def _add_user(uow: UnitOfWork, job_number: str, name: str, role: str, password: str,
              unit_id: int | None = None) -> Actor:
    if uow.staff.by_job_number(job_number.strip()) is not None:
        raise ValidationError({"job_number": "job_number.taken"})
    staff = uow.staff.add(Staff(
        job_number=job_number.strip(), name=name.strip(), role=Role(role),
        password_hash=hash_password(password), unit_id=unit_id, created_at=uow.clock(),
    ))
    return _actor(staff)


def create_first_admin(uow: UnitOfWork, job_number: str, name: str, password: str,
                       hotline: str = "") -> Actor:
    """Only while no administrator exists; afterwards an admin adds users.

    Returns the new administrator signed in (as `login` would): the password was just
    typed and stored, so the first start opens the desk as them without another login.

    `hotline` is the centre's service number printed on every document (the setting
    `company.hotline`, later edited in the letterhead dialog); empty prints none.
    """
    errors = validate_new_user(job_number, name, Role.ADMIN.value, password)
    problem = hotline_problem(hotline)
    if problem:
        errors["hotline"] = problem
    with uow:
        errors = {**_password_errors(uow, job_number, password), **errors}
        if errors:
            raise ValidationError(errors)
        if uow.staff.admin_exists():
            raise ValidationError({"job_number": "admin.exists"})
        actor = _add_user(uow, job_number, name, Role.ADMIN.value, password)
        if hotline.strip():
            save_setting(uow, "company.hotline", clean_hotline(hotline))
        uow.commit()
        return actor
