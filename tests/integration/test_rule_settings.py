"""The readings a leader decides, changed through the workflow (not the database) and taking
effect where the rules are applied (rules 5.2.1, 5.2.2, 5.3.2.2; SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.models.event import Event
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.notices import PostingNoticeForm, posting_notice
from app.workflows.reports.satisfaction import record_survey, season_satisfaction
from app.workflows.reports.season import parse_season
from app.workflows.rule_settings import RuleSettings, rule_settings, save_rule_settings
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.pause import pause
from tests.integration.ticket_support import new_ticket

EVERY_ROLE = ("agent", "shift_leader", "technician", "supervisor", "admin")
DEFAULTS = RuleSettings(46, False, 24, EVERY_ROLE, ("shift_leader", "technician",
                                                    "supervisor", "admin"), EVERY_ROLE)


def test_rule_5_2_2_a_leader_decides_who_pauses(db, clock, basics) -> None:
    assert rule_settings(UnitOfWork(db, basics.agent, clock)) == DEFAULTS
    tid = new_ticket(db, clock, basics, level=2)
    save_rule_settings(UnitOfWork(db, basics.leader, clock),
                       replace(DEFAULTS, pause_roles=("technician", "shift_leader")))
    assert rule_settings(UnitOfWork(db, basics.agent, clock)).pause_roles == (
        "shift_leader", "technician")
    assert not ticket_detail(UnitOfWork(db, basics.agent, clock), tid).may_pause
    save_rule_settings(UnitOfWork(db, basics.leader, clock),
                       replace(DEFAULTS, pause_roles=("shift_leader",)))
    with db.engine.connect() as conn:  # the audit log says who changed which setting
        events = conn.execute(select(Event.actor_id, Event.action, Event.changes)
                              .where(Event.entity == "setting")).all()
    assert [(a, act, c["key"], c["value"]) for a, act, c in events] == [
        (basics.leader.id, "create", "ticket.pause_roles", ["shift_leader", "technician"]),
        (basics.leader.id, "update", "ticket.pause_roles",
         [["shift_leader", "technician"], ["shift_leader"]])]
    with pytest.raises(PermissionDenied):
        pause(UnitOfWork(db, basics.agent, clock), tid, "客户不在家")


def test_rule_5_3_2_2_a_leader_turns_on_callbacks_and_widens_the_survey_window(
        db, basics) -> None:
    clock = FixedClock(datetime(2026, 6, 1, 2, tzinfo=UTC))
    season = parse_season("2025-2026")
    levels = {"temperature": "satisfied", "stability": "satisfied", "service": "satisfied"}
    with pytest.raises(ValidationError):  # 46 days after 15 March is 30 April
        record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2026, 5, 10),
                      levels)
    save_rule_settings(UnitOfWork(db, basics.leader, clock),
                       replace(DEFAULTS, after_season_days=60, include_callbacks=True))
    record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", date(2026, 5, 10), levels)
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), season)
    assert s.callbacks_included and s.forms == 1


def test_rule_5_2_1_a_leader_sets_the_advance_notice(db, basics) -> None:
    clock = FixedClock(datetime(2026, 6, 10, 1, 30, tzinfo=UTC))  # summer
    start = clock() + timedelta(hours=30)
    form = PostingNoticeForm(estate="阳光小区", building="3", reason="maintenance",
                             starts_at=start, ends_at=start + timedelta(hours=8))
    posting_notice(UnitOfWork(db, basics.leader, clock), form)  # 30 h >= 24 h
    save_rule_settings(UnitOfWork(db, basics.leader, clock),
                       replace(DEFAULTS, min_advance_hours=48))
    with pytest.raises(ValidationError) as refused:
        posting_notice(UnitOfWork(db, basics.leader, clock), form)
    assert set(refused.value.errors) == {"exception_reason"}


def test_rule_settings_are_a_leaders_and_checked(db, clock, basics) -> None:
    for actor in (basics.agent, None):
        with pytest.raises(PermissionDenied):
            save_rule_settings(UnitOfWork(db, actor, clock),
                               replace(DEFAULTS, include_callbacks=True))
    with pytest.raises(ValidationError) as refused:
        save_rule_settings(UnitOfWork(db, basics.leader, clock), replace(
            DEFAULTS, after_season_days=-1, min_advance_hours=10_000, level_roles=(),
            pause_roles=("janitor",)))
    assert refused.value.errors == {
        "after_season_days": "number.invalid", "min_advance_hours": "number.invalid",
        "level_roles": "required", "pause_roles": "choice.invalid"}
    assert rule_settings(UnitOfWork(db, basics.agent, clock)) == DEFAULTS  # nothing written
