"""Small helpers for the trips, visitors and memos tests."""

from __future__ import annotations

from app.clock import Clock
from app.db.database import Database
from app.models.staff import Staff
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import hash_password


def staff_member(db: Database, clock: Clock, job_number: str, name: str, role: str,
                 unit_id: int | None = None) -> Actor:
    """A staff member written directly (the tests here are not about accounts)."""
    with UnitOfWork(db, None, clock) as uow:
        staff = uow.staff.add(Staff(job_number=job_number, name=name, role=role,
                                    password_hash=hash_password("pass-" + job_number),
                                    unit_id=unit_id, created_at=clock()))
        uow.commit()
        return Actor(staff.id, job_number, name, role)
