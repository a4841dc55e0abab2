"""Rule 5.3.2.2 to the letter: survey timing, the forms-only formula, every deduction listed.

On SQLite and PostgreSQL (`db` fixture), read from what the workflows return and the report
prints, so the queries underneath may change for speed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.clock import FixedClock
from app.models.enums import Category, Responsibility, TicketStatus
from app.models.ticket import Ticket, format_ticket_number
from app.models.ticket_steps import TicketCallback
from app.repositories.surveys import SurveyRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.reports.satisfaction import build, record_survey, season_satisfaction
from app.workflows.reports.season import parse_season
from app.workflows.settings import DEFAULTS, save_setting
from tests.support import seed_basics

SEASON = parse_season("2025-2026")  # 15 Nov 2025 - 15 Mar 2026 by default
AFTER = datetime(2026, 5, 10, 2, tzinfo=UTC)
# 3 x 100 + 1 x 80 + 1 x 50 + 1 x 30 = 460 over 2 forms x 3 items
FORM_A = {"temperature": "satisfied", "stability": "satisfied", "service": "basically_satisfied"}
FORM_B = {"temperature": "dissatisfied", "stability": "satisfied",
          "service": "very_dissatisfied"}


@pytest.fixture
def season(db):
    clock = FixedClock(AFTER)
    return db, seed_basics(db, clock), clock


def _survey(db, basics, clock, day: date, levels=FORM_A):
    return record_survey(UnitOfWork(db, basics.agent, clock), "2025-2026", day, levels)


def _setting(db, basics, clock, key: str, value: object) -> None:
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, key, value)
        uow.commit()


def _order(db, basics, clock, name: str, category: Category, received: datetime,
           done: bool, answer: str | None) -> int:
    with UnitOfWork(db, basics.agent, clock) as uow:
        at = received + timedelta(hours=3) if done else None
        ticket = uow.tickets.add(Ticket(
            customer_id=basics.zhang.id, phone="13911112222", category=category, level=3,
            description=name, unit_id=basics.unit_ids[0], created_by_id=basics.agent.id,
            responsibility=Responsibility.COMPANY,
            status=TicketStatus.CLOSED if done else TicketStatus.DISPATCHED,
            received_at=received, due_at=received + timedelta(hours=24),
            resolved_at=at, closed_at=at))
        if answer is not None:
            assert at is not None
            uow.session.add(TicketCallback(
                ticket_id=ticket.id, called_at=at + timedelta(hours=1), reached=True,
                satisfaction=answer, caller_id=basics.agent.id))
            uow.tickets.refresh_callback_answer(ticket.id)  # as a callback step does
        uow.commit()
        return ticket.id


def _on_the_spot(db, basics, at: datetime, category: str, unresolved: bool) -> int:
    form = IntakeForm(channel="phone", category=category, description="家里不热，已解释",
                      phone="13911112222", outcome="answered", answer="已解释调温原因",
                      unresolved=unresolved)
    return save_intake(UnitOfWork(db, basics.agent, FixedClock(at)), form).contact_id


def _table(figures, title):
    return next(t for f in figures for t in f.tables if t.title == title)


# ---- timing ---------------------------------------------------------------------------
def test_rule_5_3_2_2_surveys_on_16_and_28_march_count_in_the_season(season):
    db, basics, clock = season
    for day in (date(2026, 3, 16), date(2026, 3, 28)):
        entry = _survey(db, basics, clock, day)
        assert entry.season == "2025-2026"
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    assert s.forms == 2 and s.rate.answers == 6


def test_rule_5_3_2_2_the_survey_window_edges(season):
    """Default 46 days after 15 March: 30 April is in, 1 May out; the season's first day
    in, the day before out. A changed constant or an exclusive bound fails here."""
    db, basics, clock = season
    assert DEFAULTS["survey.after_season_days"] == 46
    for day in (date(2025, 11, 15), date(2026, 3, 15), date(2026, 4, 30)):
        _survey(db, basics, clock, day)
    for day in (date(2025, 11, 14), date(2026, 5, 1)):
        with pytest.raises(ValidationError) as refused:
            _survey(db, basics, clock, day)
        assert refused.value.errors == {"surveyed_on": "survey.outside_season"}
    _setting(db, basics, clock, "survey.after_season_days", 16)  # to the end of March only
    _survey(db, basics, clock, date(2026, 3, 31))
    with pytest.raises(ValidationError):
        _survey(db, basics, clock, date(2026, 4, 1))
    with UnitOfWork(db, basics.agent, clock) as uow:
        assert uow.repo(SurveyRepository).count("2025-2026") == 4


# ---- formula --------------------------------------------------------------------------
def _forms_and_callbacks(db, basics, clock) -> None:
    _survey(db, basics, clock, date(2026, 3, 28), FORM_A)
    _survey(db, basics, clock, date(2026, 1, 10), FORM_B)
    received = datetime(2025, 12, 1, 2, tzinfo=UTC)
    for n in range(4):  # four satisfied callbacks on repairs: 100 each
        _order(db, basics, clock, f"repair {n}", Category.REPAIR, received, True, "satisfied")


def test_rule_5_3_2_2_the_rate_is_the_forms_alone_callbacks_beside(season):
    db, basics, clock = season
    _forms_and_callbacks(db, basics, clock)
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    assert not s.callbacks_included
    assert s.rate.answers == 3 * 2  # items per form x forms
    assert s.rate.mean == pytest.approx(460 / 6) and s.rate.rate == pytest.approx(460 / 6)
    assert s.callback_rate.answers == 4 and s.callback_rate.mean == pytest.approx(100)
    figures = build(UnitOfWork(db, basics.agent, clock), SEASON)
    headline = dict(map(tuple, _table(figures, "满意率（规则 5.3.2.2）").rows))
    assert headline["满意率 %"] == round(460 / 6, 2) and headline["计算口径"] == "仅调查表"
    assert headline["评价项总数"] == 6
    assert _table(figures, "回访评价（另列）").rows == [
        ["回访（服务质量）", 4, 0, 0, 0, 4, 100.0, "否"]]
    assert "回访评价另列，不计入满意率。" in figures[0].notes


def test_rule_5_3_2_2_a_leader_may_include_callbacks_and_the_report_says_so(season):
    db, basics, clock = season
    _forms_and_callbacks(db, basics, clock)
    _setting(db, basics, clock, "survey.include_callbacks", True)
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    assert s.callbacks_included
    assert s.rate.answers == 10 and s.rate.mean == pytest.approx(860 / 10)
    figures = build(UnitOfWork(db, basics.agent, clock), SEASON)
    headline = dict(map(tuple, _table(figures, "满意率（规则 5.3.2.2）").rows))
    assert headline["满意率 %（含回访评价）"] == 86.0
    assert headline["计算口径"] == "调查表与回访评价合计"
    assert _table(figures, "回访评价（另列）").rows[0][-1] == "是"
    assert any("已按设置计入回访评价" in note for note in figures[0].notes)


# ---- deductions -----------------------------------------------------------------------
def test_rule_5_3_2_2_each_deducted_item_is_listed_with_its_reason(season):
    db, basics, clock = season
    _survey(db, basics, clock, date(2026, 3, 28), FORM_A)  # 280 / 3 = 93.33
    received = datetime(2025, 12, 1, 2, tzinfo=UTC)
    ids = {
        "open complaint": _order(db, basics, clock, "open", Category.COMPLAINT, received,
                                 False, None),
        "very dissatisfied repair": _order(db, basics, clock, "vd", Category.REPAIR,
                                           received, True, "very_dissatisfied"),
        "dissatisfied enquiry": _order(db, basics, clock, "d", Category.ENQUIRY, received,
                                       True, "dissatisfied"),
        "basically satisfied": _order(db, basics, clock, "b", Category.COMPLAINT, received,
                                      True, "basically_satisfied"),
    }
    at = datetime(2026, 1, 5, 3, tzinfo=UTC)
    marked = _on_the_spot(db, basics, at, "complaint", True)
    _on_the_spot(db, basics, at, "complaint", False)  # resolved on the spot: no deduction
    _on_the_spot(db, basics, at, "enquiry", True)  # only a complaint can be marked
    _on_the_spot(db, basics, datetime(2026, 3, 20, tzinfo=UTC), "complaint", True)  # after

    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    assert s.rate.unresolved == 4 and s.rate.deduction == pytest.approx(2.0)
    assert s.rate.rate == pytest.approx(280 / 3 - 2.0)
    figures = build(UnitOfWork(db, basics.agent, clock), SEASON)
    rows = _table(figures, "未圆满解决的意见或投诉（逐项扣减）").rows
    assert rows == [
        [format_ticket_number(ids["open complaint"]), "2025-12-01", "投诉", "第一供热所",
         "期末未解决"],
        [format_ticket_number(ids["very dissatisfied repair"]), "2025-12-01", "报修",
         "第一供热所", "回访很不满意"],
        [format_ticket_number(ids["dissatisfied enquiry"]), "2025-12-01", "咨询",
         "第一供热所", "回访不满意"],
        [f"来电{marked}", "2026-01-05", "投诉", "王芳", "当场答复，坐席标记未圆满解决"]]
