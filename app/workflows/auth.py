"""Staff accounts and login with argon2id password hashes.

A real install has no default password: the first start asks for the administrator
(`needs_first_admin`); only the demo database ships known demo passwords.
"""

from __future__ import annotations

import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.models.enums import Role
from app.models.staff import Staff
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.letterhead import clean_hotline, hotline_problem
from app.workflows.settings import save_setting

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters
_JOB_NUMBER = re.compile(r"[A-Za-z0-9]{2,20}")
MIN_PASSWORD_LENGTH = 6


class LoginFailed(Exception):
    """Wrong job number or password; deliberately does not say which."""


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


def login(uow: UnitOfWork, job_number: str, password: str) -> Actor:
    with uow:
        staff = uow.staff.by_job_number(job_number.strip())
        if staff is None or not staff.active or not verify_password(staff.password_hash,
                                                                    password):
            raise LoginFailed()
        if _hasher.check_needs_rehash(staff.password_hash):
            staff.password_hash = hash_password(password)
            uow.commit()
        return _actor(staff)


def needs_first_admin(uow: UnitOfWork) -> bool:
    with uow:
        return not uow.staff.admin_exists()


def validate_new_user(job_number: str, name: str, role: str, password: str) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not _JOB_NUMBER.fullmatch(job_number.strip()):
        errors["job_number"] = "job_number.invalid"
    if not name.strip():
        errors["name"] = "required"
    if role not in {r.value for r in Role}:
        errors["role"] = "role.invalid"
    if len(password) < MIN_PASSWORD_LENGTH:
        errors["password"] = "password.too_short"
    return errors


def create_user(uow: UnitOfWork, job_number: str, name: str, role: str, password: str,
                unit_id: int | None = None) -> Actor:
    errors = validate_new_user(job_number, name, role, password)
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
    if errors:
        raise ValidationError(errors)
    with uow:
        if uow.staff.admin_exists():
            raise ValidationError({"job_number": "admin.exists"})
        actor = _add_user(uow, job_number, name, Role.ADMIN.value, password)
        if hotline.strip():
            save_setting(uow, "company.hotline", clean_hotline(hotline))
        uow.commit()
        return actor
