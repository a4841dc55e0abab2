"""Helpers for the work-order tests: orders opened through the intake workflow."""

from __future__ import annotations

from sqlalchemy import func, select

from app.clock import Clock
from app.db.database import Database
from app.models import Event
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.intake import IntakeForm, save_intake


def new_ticket(db: Database, clock: Clock, basics, *, level: int = 2,
               customer: str = "zhang", unit: int = 0) -> int:
    card = basics.zhang if customer == "zhang" else basics.li
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热,室温14度",
        phone="13912345678", customer_id=card.id, outcome="work_order", level=level,
        unit_id=basics.unit_ids[unit]))
    assert result.ticket_id is not None
    return result.ticket_id


def technician(db: Database, clock: Clock, job: str = "3001", name: str = "刘师傅") -> Actor:
    return seed_user(UnitOfWork(db, None, clock), job, name, "technician", "tech-pass-1")


def event_count(db: Database, ticket_id: int | None = None, action: str | None = None) -> int:
    stmt = select(func.count()).select_from(Event)
    if ticket_id is not None:
        stmt = stmt.where(Event.entity == "ticket", Event.entity_id == ticket_id)
    if action is not None:
        stmt = stmt.where(Event.action == action)
    with db.engine.connect() as conn:
        return conn.execute(stmt).scalar_one()
