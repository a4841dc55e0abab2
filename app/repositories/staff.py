"""Staff and executing units."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.enums import Role
from app.models.staff import Staff, Unit
from app.repositories.views import UnitView


class StaffRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_job_number(self, job_number: str) -> Staff | None:
        return self.session.scalar(select(Staff).where(Staff.job_number == job_number))

    def get(self, staff_id: int) -> Staff | None:
        return self.session.get(Staff, staff_id)

    def add(self, staff: Staff) -> Staff:
        self.session.add(staff)
        self.session.flush()
        return staff

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(Staff)) or 0

    def admin_exists(self) -> bool:
        return self.session.execute(
            select(func.count()).select_from(Staff)
            .where(Staff.role == Role.ADMIN, Staff.active.is_(True))).scalar_one() > 0


class UnitRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def active(self) -> list[UnitView]:
        rows = self.session.execute(
            select(Unit.id, Unit.code, Unit.name).where(Unit.active.is_(True))
            .order_by(Unit.code))
        return [UnitView(*r) for r in rows]

    def exists(self, unit_id: int) -> bool:
        return self.session.execute(
            select(func.count()).select_from(Unit)
            .where(Unit.id == unit_id, Unit.active.is_(True))).scalar_one() > 0

    def add(self, unit: Unit) -> Unit:
        self.session.add(unit)
        self.session.flush()
        return unit
