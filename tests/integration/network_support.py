"""A small heating network over the basics' customers, built through the workflows."""

from __future__ import annotations

from dataclasses import dataclass

from app.clock import Clock
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.network.tree import save_building, save_source, save_substation


@dataclass(frozen=True)
class SmallNetwork:
    source: int
    sunny: int      # 阳光换热站: 阳光小区 3 (张伟 and 王磊) and 4 (nobody yet)
    peace: int      # 和平换热站: 和平里 12 (李娜)
    sunny3: int
    sunny4: int
    peace12: int
    wang: int       # 王磊, 阳光小区 3号楼


def build_network(db: Database, basics, clock: Clock) -> SmallNetwork:  # noqa: ANN001
    wang = create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
        name="王磊", phones=["13700001111"], district="新华区", estate="阳光小区",
        building="3", entrance="1", room="101", heated_area="70",
        account_number="R00000003"))

    def leader() -> UnitOfWork:
        return UnitOfWork(db, basics.leader, clock)

    source = save_source(leader(), "东郊热源", "东郊路1号")
    sunny = save_substation(leader(), source, "阳光换热站")
    peace = save_substation(leader(), source, "和平换热站")
    return SmallNetwork(
        source, sunny, peace,
        save_building(leader(), sunny, "阳光小区", "3"),
        save_building(leader(), sunny, "阳光小区", "4"),
        save_building(leader(), peace, "和平里", "12"), wang.id)
