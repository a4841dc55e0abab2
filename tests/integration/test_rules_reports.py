"""Rules 5.2.2 and 5.3.2.2 pinned at their bounds, read from the season reports' results.

Written against what the report workflows return (the figures' tables, the season's
satisfaction), not the queries behind them, so the SQL can change for speed underneath.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.clock import FixedClock
from app.models.enums import Category, Responsibility, TicketStatus
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback
from app.repositories.uow import UnitOfWork
from app.workflows.reports.complaints import build as complaints_build
from app.workflows.reports.satisfaction import season_satisfaction
from app.workflows.reports.season import parse_season
from app.workflows.settings import save_setting
from tests.support import seed_basics

SEASON = parse_season("2025-2026")
AFTER_SEASON = datetime(2026, 4, 1, 2, 0, tzinfo=UTC)


def _orders(db, basics, clock, spec) -> dict[str, int]:
    """name: (category, level, received, done after the deadline by, callback answer)."""
    hours = {1: 2, 2: 8, 3: 24}
    ids: dict[str, int] = {}
    with UnitOfWork(db, basics.agent, clock) as uow:
        for name, (category, level, received, past_due, answer) in spec.items():
            due = received + timedelta(hours=hours[level])
            done = due + past_due
            ticket = uow.tickets.add(Ticket(
                customer_id=basics.zhang.id, phone="13911112222", category=category,
                level=level, description=name, unit_id=basics.unit_ids[0],
                created_by_id=basics.agent.id, responsibility=Responsibility.COMPANY,
                status=TicketStatus.CLOSED, received_at=received, due_at=due,
                resolved_at=done, closed_at=done))
            ids[name] = ticket.id
            if answer is not None:
                uow.session.add(TicketCallback(
                    ticket_id=ticket.id, called_at=done + timedelta(hours=1), reached=True,
                    satisfaction=answer, caller_id=basics.agent.id))
                uow.tickets.refresh_callback_answer(ticket.id)  # as a callback step does
        uow.commit()
    return ids


@pytest.fixture
def season(db):
    clock = FixedClock(AFTER_SEASON)
    return db, seed_basics(db, clock), clock


def test_rule_5_2_2_done_exactly_at_the_deadline_is_on_time(season) -> None:
    db, basics, clock = season
    received = datetime(2025, 12, 1, 2, tzinfo=UTC)
    _orders(db, basics, clock, {
        "at the deadline": (Category.REPAIR, 1, received, timedelta(0), None),
        "a second late": (Category.REPAIR, 1, received, timedelta(seconds=1), None),
        "an hour early": (Category.REPAIR, 1, received, timedelta(hours=-1), None)})
    figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    by_level = next(t for f in figures for t in f.tables if t.title == "按级别")
    # level, orders, on time, late, open overdue, in progress, % ...
    assert by_level.rows[0][:7] == ["1级", 3, 2, 1, 0, 0, 66.67]


def test_rule_5_3_2_2_a_very_dissatisfied_callback_is_not_satisfactorily_resolved(
        season) -> None:
    db, basics, clock = season
    received = datetime(2025, 12, 1, 2, tzinfo=UTC)
    ids = _orders(db, basics, clock, {
        "very dissatisfied": (Category.COMPLAINT, 1, received, timedelta(0),
                              "very_dissatisfied"),
        "dissatisfied": (Category.COMPLAINT, 1, received, timedelta(0), "dissatisfied"),
        "basically satisfied": (Category.COMPLAINT, 1, received, timedelta(0),
                                "basically_satisfied"),
        "satisfied": (Category.COMPLAINT, 1, received, timedelta(0), "satisfied")})
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    assert sorted(f.id for f in s.unresolved) == sorted(
        [ids["very dissatisfied"], ids["dissatisfied"]])
    assert s.rate.unresolved == 2
    assert s.rate.deduction == pytest.approx(1.0)  # 0.5 percentage points each


def test_rule_5_2_2_the_deadline_figure_prints_the_hours_in_force(season) -> None:
    db, basics, clock = season

    def subtitle() -> str:
        figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
        return next(f.subtitle for f in figures if f.title == "工单时限执行情况")

    assert subtitle() == "规则 5.2.2：一级 2 小时、二级 8 小时、三级 24 小时"
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "sla.level1_hours", 3)
        uow.commit()
    assert subtitle() == "规则 5.2.2：一级 3 小时、二级 8 小时、三级 24 小时"
