"""Helpers for the printing tests: households in one building, a work order, PDF reading."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader

from app.clock import Clock
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.intake import IntakeForm, save_intake
from tests.support import Basics

LONG_ESTATE = "阳光花园国际社区东区二期经济适用住房配套供热改造示范小区"  # 35 characters


@dataclass(frozen=True)
class Building:
    """阳光小区 3号楼: zhang (2单元501) from the basics plus five more households."""

    ids: tuple[int, ...]
    unit_one: tuple[int, ...]


def seed_building(db: Database, clock: Clock, basics: Basics) -> Building:
    unit_one = []
    ids = [basics.zhang.id]
    for n, (entrance, room, name) in enumerate([
            ("1", "101", "王磊"), ("1", "102", "刘洋"), ("1", "201", "陈静"),
            ("2", "502", "杨帆"), ("2", "601", "赵敏")]):
        card = create_customer(UnitOfWork(db, basics.agent, clock), CustomerForm(
            name=name, phones=[f"1370000{n:04d}"], district="新华区", estate="阳光小区",
            building="3", entrance=entrance, room=room, account_number=f"R1000000{n}"))
        ids.append(card.id)
        if entrance == "1":
            unit_one.append(card.id)
    return Building(tuple(ids), tuple(unit_one))


def open_ticket(db: Database, clock: Clock, basics: Basics, customer_id: int,
                category: str = "repair", description: str = "暖气不热，家里只有14度") -> int:
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category=category, description=description, phone="13811112222",
        customer_id=customer_id, outcome="work_order", level=2, unit_id=basics.unit_ids[0]))
    assert result.ticket_id is not None
    return result.ticket_id


def pdf_pages(data: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages]


def pdf_fonts(data: bytes) -> list[tuple[str, bool]]:
    """(base font name, embedded?) of every font a page uses."""
    found: dict[str, bool] = {}
    for page in PdfReader(BytesIO(data)).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
    return sorted(found.items())
