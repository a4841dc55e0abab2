"""Helpers that build small, known data sets through the product's own workflows."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import Clock
from app.db.database import Database
from app.models.staff import Unit
from app.repositories.uow import Actor, UnitOfWork
from app.repositories.views import CustomerCard
from app.workflows.auth import seed_user
from app.workflows.customers import CustomerForm, create_customer

AGENT_PASSWORD = "agent-pass-1"


@dataclass(frozen=True)
class Basics:
    agent: Actor
    leader: Actor
    unit_ids: tuple[int, int]
    zhang: CustomerCard
    li: CustomerCard


def seed_basics(db: Database, clock: Clock) -> Basics:
    agent = seed_user(UnitOfWork(db, None, clock), "1001", "王芳", "agent", AGENT_PASSWORD)
    leader = seed_user(UnitOfWork(db, None, clock), "2001", "赵强", "shift_leader",
                         "leader-pass-1")
    with UnitOfWork(db, agent, clock) as uow:
        u1 = uow.units.add(Unit(code="U01", name="第一供热所", phone="0311-1"))
        u2 = uow.units.add(Unit(code="U02", name="管网维修队", phone="0311-2"))
        unit_ids = (u1.id, u2.id)
        uow.commit()
    zhang = create_customer(UnitOfWork(db, agent, clock), CustomerForm(
        name="张伟", phones=["139 1234 5678", "0311-87654321"], district="新华区",
        estate="阳光小区", building="3", entrance="2", room="501", heated_area="89.5",
        hot_water=True, account_number="R00000001"))
    li = create_customer(UnitOfWork(db, agent, clock), CustomerForm(
        name="李娜", phones=["13811112222"], district="长安区", estate="和平里",
        building="12", entrance="1", room="302", heated_area="120", important=True,
        contract_notes="医院:室温不低于20°C", account_number="R00000002"))
    return Basics(agent, leader, unit_ids, zhang, li)
