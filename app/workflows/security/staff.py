"""Staff administration (issue 15): only an administrator adds, changes, deactivates staff,
changes roles and resets passwords; a leader may lift a login lock.

Accounts are deactivated, never deleted: the audit log keeps naming who did what. The last
active administrator can be neither deactivated nor given another role, so a centre never
locks itself out of its own administration.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Role
from app.repositories.security import AccountRepository, StaffRow
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import create_user, hash_password, validate_new_user
from app.workflows.errors import NotFound, ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.security.passwords import password_problem

__all__ = ["StaffChange", "StaffRow", "add_staff", "change_staff", "list_staff",
           "reset_password", "set_active", "unlock_account"]


@dataclass(frozen=True)
class StaffChange:
    name: str
    role: str
    unit_id: int | None = None


def list_staff(uow: UnitOfWork) -> list[StaffRow]:
    """Every account, active first (the administration window; leaders see it to unlock)."""
    with uow:
        if not (_holds(uow, Permission.STAFF_MANAGE) or _holds(uow, Permission.STAFF_UNLOCK)):
            require(uow, Permission.STAFF_MANAGE)
        return uow.repo(AccountRepository).rows()


def _holds(uow: UnitOfWork, permission: Permission) -> bool:
    from app.workflows.permissions import allowed

    return uow.actor is not None and allowed(uow.actor.role, permission)


def add_staff(uow: UnitOfWork, job_number: str, name: str, role: str, password: str,
              unit_id: int | None = None) -> Actor:
    """A new account; the first password is the administrator's, so it must be changed at
    the first login (ASVS 2.1.x: only the user knows their password)."""
    actor = create_user(uow, job_number, name, role, password, unit_id)
    with uow:
        staff = uow.staff.get(actor.id)
        assert staff is not None
        staff.must_change_password = True
        uow.commit()
    return actor


def _staff(uow: UnitOfWork, staff_id: int):  # noqa: ANN202 (the ORM row stays in here)
    staff = uow.staff.get(staff_id)
    if staff is None:
        raise NotFound(f"staff {staff_id}")
    return staff


def _keep_an_admin(uow: UnitOfWork, staff, *, role: str, active: bool) -> None:  # noqa: ANN001
    losing = staff.role == Role.ADMIN and staff.active and (role != Role.ADMIN.value
                                                              or not active)
    if losing and uow.repo(AccountRepository).active_admins() <= 1:
        raise ValidationError({"role" if active else "active": "admin.last"})


def change_staff(uow: UnitOfWork, staff_id: int, change: StaffChange) -> StaffRow:
    """Name, role and unit of an account (admin only)."""
    errors = validate_new_user("ok", change.name, change.role, "x" * 64)
    with uow:
        require(uow, Permission.STAFF_MANAGE)
        if errors:
            raise ValidationError(errors)
        staff = _staff(uow, staff_id)
        if change.unit_id is not None and not uow.units.exists(change.unit_id):
            raise ValidationError({"unit": "unit.unknown"})
        _keep_an_admin(uow, staff, role=change.role, active=staff.active)
        staff.name = change.name.strip()
        staff.role = Role(change.role)
        staff.unit_id = change.unit_id
        uow.commit()
        return _row(uow, staff_id)


def set_active(uow: UnitOfWork, staff_id: int, active: bool) -> StaffRow:
    """Deactivate (no more logins; history kept) or reactivate an account (admin only)."""
    with uow:
        me = require(uow, Permission.STAFF_MANAGE)
        staff = _staff(uow, staff_id)
        if not active and staff.id == me.id:
            raise ValidationError({"active": "staff.self"})
        _keep_an_admin(uow, staff, role=staff.role.value, active=active)
        staff.active = active
        uow.commit()
        return _row(uow, staff_id)


def reset_password(uow: UnitOfWork, staff_id: int, temporary: str) -> StaffRow:
    """An administrator sets a temporary password; the user must change it at the next
    login. The reset also lifts a lock."""
    with uow:
        require(uow, Permission.STAFF_RESET_PASSWORD)
        staff = _staff(uow, staff_id)
        problem = password_problem(uow, temporary, job_number=staff.job_number)
        if problem:
            raise ValidationError({"password": problem})
        staff.password_hash = hash_password(temporary)
        staff.must_change_password = True
        staff.failed_logins, staff.failed_since, staff.locked_until = 0, None, None
        uow.commit()
        return _row(uow, staff_id)


def unlock_account(uow: UnitOfWork, staff_id: int) -> StaffRow:
    """A leader lets a locked-out colleague try again before the lock runs out."""
    with uow:
        require(uow, Permission.STAFF_UNLOCK)
        staff = _staff(uow, staff_id)
        if staff.locked_until is None and not staff.failed_logins:
            raise ValidationError({"staff": "staff.not_locked"})
        staff.failed_logins, staff.failed_since, staff.locked_until = 0, None, None
        uow.commit()
        return _row(uow, staff_id)


def _row(uow: UnitOfWork, staff_id: int) -> StaffRow:
    return next(r for r in uow.repo(AccountRepository).rows() if r.id == staff_id)
