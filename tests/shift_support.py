"""Known shift data for the handover tests, built through the product's own workflows.

The conftest clock stands at 09:30 Beijing time on 2026-11-26; the day shift (白班) runs
08:00-20:00 and the night shift (夜班) 20:00-08:00 local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.clock import FixedClock
from app.db.database import Database
from app.models.enums import TicketStatus
from app.models.ticket import Ticket
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.shifts.pattern import SlotSpec, set_pattern
from app.workflows.shifts.roster import assign
from tests.support import Basics

INCOMING_PASSWORD = "incoming-pass-1"
LEADER_PASSWORD = "leader-pass-1"
DAY = date(2026, 11, 26)


@dataclass(frozen=True)
class ShiftWorld:
    outgoing: Actor        # 王芳, day shift
    incoming: Actor        # 李明, night shift
    other: Actor           # 陈静, not rostered
    leader: Actor
    day_slot: int
    night_slot: int
    day_duty: int
    night_duty: int
    open_id: int
    overdue_id: int
    callback_id: int
    closed_id: int
    foreign_id: int


def _order(db: Database, actor: Actor, clock: FixedClock, unit_id: int, level: int,
           text: str) -> int:
    result = save_intake(UnitOfWork(db, actor, clock), IntakeForm(
        channel="phone", category="repair", description=text, phone="13811112222",
        outcome="work_order", level=level, unit_id=unit_id))
    assert result.ticket_id is not None
    return result.ticket_id


def _set_status(db: Database, clock: FixedClock, ticket_id: int, status: TicketStatus) -> None:
    with UnitOfWork(db, None, clock) as uow:
        uow.session.get(Ticket, ticket_id).status = status
        uow.commit()


def seed_shifts(db: Database, clock: FixedClock, basics: Basics) -> ShiftWorld:
    incoming = seed_user(UnitOfWork(db, None, clock), "1002", "李明", "agent",
                           INCOMING_PASSWORD)
    other = seed_user(UnitOfWork(db, None, clock), "1003", "陈静", "agent", "other-pass-1")
    leader, agent = basics.leader, basics.agent
    slots = set_pattern(UnitOfWork(db, leader, clock),
                        [SlotSpec("白班", "08:00", 12), SlotSpec("夜班", "20:00", 12)])
    day = assign(UnitOfWork(db, leader, clock), slots[0].id, DAY, agent.id)
    night = assign(UnitOfWork(db, leader, clock), slots[1].id, DAY, incoming.id)
    unit = basics.unit_ids[0]
    clock.advance(hours=-3)   # orders received at 06:30 local, overnight
    overdue = _order(db, agent, clock, unit, 1, "小区整栋楼不热,已超时")
    clock.advance(hours=3)
    open_id = _order(db, agent, clock, unit, 3, "暖气片漏水,等待维修")
    callback = _order(db, agent, clock, unit, 3, "阀门已修好,待回访")
    closed = _order(db, agent, clock, unit, 3, "已经关闭的工单")
    foreign = _order(db, other, clock, unit, 3, "别人的工单")
    _set_status(db, clock, callback, TicketStatus.RESOLVED)
    _set_status(db, clock, closed, TicketStatus.CLOSED)
    return ShiftWorld(agent, incoming, other, leader, slots[0].id, slots[1].id, day.id,
                      night.id, open_id, overdue, callback, closed, foreign)


def to_handover_time(clock: FixedClock) -> None:
    """19:50 local: ten minutes before the night shift begins."""
    clock.now = clock.now.replace(hour=11, minute=50)
