"""Staff accounts as the administration window lists them, and the login counters.

The counters are written with a plain UPDATE, not through the ORM: a failed login is
recorded by its own `login.failed` event (with the desk), so the audit hook need not add a
second "staff updated" event for the same attempt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, insert, literal, or_, select, update
from sqlalchemy.orm import Session

from app.models.enums import Role
from app.models.event import Event
from app.models.staff import Staff, Unit


@dataclass(frozen=True)
class StaffRow:
    id: int
    job_number: str
    name: str
    role: str
    unit_id: int | None
    unit_name: str | None
    active: bool
    must_change_password: bool
    failed_logins: int
    locked_until: datetime | None
    failed_since: datetime | None = None


class AccountRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def rows(self) -> list[StaffRow]:
        stmt = (select(Staff.id, Staff.job_number, Staff.name, Staff.role, Staff.unit_id,
                       Unit.name, Staff.active, Staff.must_change_password,
                       Staff.failed_logins, Staff.locked_until, Staff.failed_since)
                .outerjoin(Unit, Unit.id == Staff.unit_id)
                .order_by(Staff.active.desc(), Staff.job_number))
        return [StaffRow(r[0], r[1], r[2], Role(r[3]).value, *r[4:])
                for r in self.session.execute(stmt)]

    def active_admins(self) -> int:
        return self.session.scalar(
            select(func.count()).select_from(Staff)
            .where(Staff.role == Role.ADMIN, Staff.active.is_(True))) or 0

    def set_login_state(self, staff_id: int, *, failed_logins: int,
                        failed_since: datetime | None, locked_until: datetime | None) -> None:
        self.session.execute(
            update(Staff).where(Staff.id == staff_id)
            .values(failed_logins=failed_logins, failed_since=failed_since,
                    locked_until=locked_until)
            .execution_options(synchronize_session=False))

    def count_failure(self, staff_id: int, now: datetime, window_start: datetime) -> int:
        """One more failed login, counted in the database itself (two desks failing at once
        both count): a count older than the window starts again at 1. Returns the count."""
        fresh = or_(Staff.failed_since.is_(None), Staff.failed_since < window_start)
        stmt = (update(Staff).where(Staff.id == staff_id)
                .values(failed_logins=case((fresh, 1), else_=Staff.failed_logins + 1),
                        failed_since=case((fresh, literal(now, Staff.failed_since.type)),
                                          else_=Staff.failed_since))
                .returning(Staff.failed_logins)
                .execution_options(synchronize_session=False))
        return int(self.session.execute(stmt).scalar_one())

    def record(self, *, at: datetime, action: str, staff_id: int | None,
               actor_id: int | None, changes: dict[str, Any]) -> None:
        """An event that is no row change (a login, a failed login, a lock): entity
        `staff` and the account concerned (0: a job number nobody has)."""
        self.session.execute(insert(Event).values(
            occurred_at=at, actor_id=actor_id, entity="staff", entity_id=staff_id or 0,
            action=action, changes=changes, desk=self.session.info.get("desk")))
