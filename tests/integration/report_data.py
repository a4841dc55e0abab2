"""A hand-worked season 2025-2026 for the report tests (numbers worked out in the tests)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from app.clock import FixedClock
from app.db.database import Database
from app.models.contact import Contact
from app.models.enums import Category, Channel, Outcome, Responsibility, TicketStatus
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback
from app.repositories.uow import UnitOfWork
from app.workflows.reports.satisfaction import record_survey
from tests.support import Basics

AFTER_SEASON = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)
PHONE_A, PHONE_B = "13911112222", "13800000000"


def utc(y: int, m: int, d: int, h: int = 0) -> datetime:
    return datetime(y, m, d, h, tzinfo=UTC)


def seed_season(db: Database, basics: Basics, clock: FixedClock) -> dict[str, int]:
    """Six orders, five contacts, three callbacks and two paper forms."""
    u1, u2 = basics.unit_ids
    agent = basics.agent
    spec = {  # name: (category, level, unit, customer, responsibility, received, done hours)
        "T1": (Category.COMPLAINT, 1, u1, basics.zhang.id, Responsibility.COMPANY,
               utc(2025, 12, 1, 2), 1),
        "T2": (Category.COMPLAINT, 2, u2, basics.li.id, Responsibility.THIRD_PARTY,
               utc(2025, 12, 5), 10),
        "T3": (Category.COMPLAINT, 3, u1, basics.zhang.id, Responsibility.COMPANY,
               utc(2026, 1, 10), None),
        "T4": (Category.REPAIR, 3, u1, None, Responsibility.UNDETERMINED, utc(2026, 2, 1), 20),
        "T5": (Category.COMPLAINT, 1, u1, None, Responsibility.COMPANY, utc(2025, 10, 1), 1),
        "T6": (Category.REPAIR, 2, u2, None, Responsibility.UNDETERMINED,
               utc(2026, 3, 15, 10), None),
    }
    hours = {1: 2, 2: 8, 3: 24}
    ids: dict[str, int] = {}
    with UnitOfWork(db, agent, clock) as uow:
        for name, (cat, level, unit, customer, resp, received, done) in spec.items():
            resolved = received + timedelta(hours=done) if done is not None else None
            ticket = uow.tickets.add(Ticket(
                customer_id=customer, phone=PHONE_A, category=cat, level=level,
                description=name, unit_id=unit, created_by_id=agent.id, responsibility=resp,
                status=TicketStatus.CLOSED if resolved else TicketStatus.DISPATCHED,
                received_at=received, due_at=received + timedelta(hours=hours[level]),
                resolved_at=resolved, closed_at=resolved))
            ids[name] = ticket.id
        for name, at, level in (("T1", utc(2025, 12, 1, 6), "satisfied"),
                                ("T2", utc(2025, 12, 6), "dissatisfied"),
                                ("T4", utc(2026, 2, 2), "basically_satisfied")):
            uow.session.add(TicketCallback(ticket_id=ids[name], called_at=at, reached=True,
                                           satisfaction=level, caller_id=agent.id))
            uow.tickets.refresh_callback_answer(ids[name])  # as a callback step does
        for who, cat, phone, at in ((agent, Category.COMPLAINT, PHONE_A, utc(2025, 12, 1)),
                                    (agent, Category.ENQUIRY, PHONE_A, utc(2025, 12, 10)),
                                    (basics.leader, Category.COMPLAINT, PHONE_A, utc(2026, 1, 10)),
                                    (agent, Category.ENQUIRY, PHONE_B, utc(2026, 1, 20)),
                                    (agent, Category.COMPLAINT, PHONE_A, utc(2025, 10, 1))):
            uow.contacts.add(Contact(phone=phone, channel=Channel.PHONE, category=cat,
                                     description="", outcome=Outcome.ANSWERED,
                                     agent_id=who.id, created_at=at))
        uow.commit()
    for day, levels in ((date(2025, 12, 20), ("satisfied", "satisfied", "basically_satisfied")),
                        (date(2026, 3, 1), ("dissatisfied", "satisfied", "very_dissatisfied"))):
        record_survey(UnitOfWork(db, agent, clock), "2025-2026", day,
                      dict(zip(("temperature", "stability", "service"), levels, strict=True)))
    return ids
