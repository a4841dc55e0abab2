"""A small, known set of work orders for the queue tests, made through the intake workflow.

Part A's lifecycle workflows are not all there yet, so statuses, assignees and closing
times are set on the saved orders through the ORM in one unit of work, as a desk would.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.clock import FixedClock
from app.db.database import Database
from app.models.enums import TicketStatus
from app.repositories.uow import UnitOfWork
from app.workflows.intake import IntakeForm, save_intake
from tests.support import Basics


@dataclass(frozen=True)
class Order:
    key: str
    minutes_ago: int  # received this long before "now"
    level: int
    category: str = "repair"
    description: str = "暖气不热"
    customer: str = "zhang"  # zhang, li or none
    unit: int = 0
    phone: str = ""
    status: str = "new"
    assigned: bool = False  # to the agent
    closed_minutes_ago: int | None = None


# now = 2026-11-26 01:30 UTC (09:30 Beijing); level 1/2/3 are due 2/8/24 h after receipt.
ORDERS = (
    Order("overdue1", 150, 1, description="楼道暖气管漏水", unit=0, assigned=True),  # due -30m
    Order("soon1", 90, 1, category="complaint", description="维修人员没来", customer="li",
          unit=1),  # due in 30 m
    Order("soon3", 23 * 60 + 20, 3, category="heating_quality", description="室温16度",
          status="dispatched", assigned=True),  # due in 40 m
    Order("later2", 60, 2, description="阀门坏了", customer="none", phone="13700001111",
          unit=1, status="in_progress"),  # due in 7 h
    Order("resolved2", 300, 2, description="已修好待回访", customer="li",
          status="resolved"),  # due in 3 h, awaiting callback
    Order("closed_today", 400, 3, description="咨询收费", status="closed",
          closed_minutes_ago=60),
    Order("closed_yesterday", 2000, 3, description="旧工单", status="closed",
          closed_minutes_ago=1000),  # 16:50 Beijing the day before
)


def make_orders(db: Database, clock: FixedClock, basics: Basics) -> dict[str, int]:
    """Saves ORDERS; returns their ids by key."""
    now = clock()
    ids: dict[str, int] = {}
    customers = {"zhang": basics.zhang.id, "li": basics.li.id, "none": None}
    for order in ORDERS:
        at = FixedClock(now - timedelta(minutes=order.minutes_ago))
        result = save_intake(UnitOfWork(db, basics.agent, at), IntakeForm(
            channel="phone" if order.phone else "visit", category=order.category, description=order.description,
            phone=order.phone, customer_id=customers[order.customer],
            outcome="work_order", level=order.level, unit_id=basics.unit_ids[order.unit],
            rang_at=at(), answered_at=at()))
        assert result.ticket_id is not None
        ids[order.key] = result.ticket_id
    with UnitOfWork(db, basics.agent, clock) as uow:
        for order in ORDERS:
            ticket = uow.tickets.get(ids[order.key])
            assert ticket is not None
            ticket.status = TicketStatus(order.status)
            if order.assigned:
                ticket.assignee_id = basics.agent.id
            if order.closed_minutes_ago is not None:
                ticket.closed_at = now - timedelta(minutes=order.closed_minutes_ago)
        uow.commit()
    return ids


def set_unit(db: Database, staff_id: int, unit_id: int) -> None:
    from app.models.staff import Staff

    with UnitOfWork(db, None) as uow:
        staff = uow.session.get(Staff, staff_id)
        assert staff is not None
        staff.unit_id = unit_id
        uow.commit()
