"""Report figures on a hand-worked season, on SQLite and PostgreSQL (rules 2.4, 5.2.2, 5.3, 5.4)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.reports.complaints import build as complaints_build
from app.workflows.reports.registry import get_report, reports
from app.workflows.reports.satisfaction import season_satisfaction
from app.workflows.reports.season import parse_season
from tests.integration.report_data import AFTER_SEASON, PHONE_A, seed_season
from tests.support import seed_basics

SEASON = parse_season("2025-2026")


@pytest.fixture
def season_db(db):
    clock = FixedClock(AFTER_SEASON)
    basics = seed_basics(db, clock)
    ids = seed_season(db, basics, clock)
    return db, basics, clock, ids


def table(figure, title):
    return next(t for t in figure.tables if t.title == title)


def test_satisfaction_counts_forms_only_callbacks_beside_and_unresolved_complaints(season_db):
    db, basics, clock, ids = season_db
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    # rule 5.3.2.2: the rate is the forms' alone: 2 forms x 3 items = 6 answers;
    # 3 x 100 + 1 x 80 + 1 x 50 + 1 x 30 = 460 -> 76.67; T2 (callback 不满意) and T3 (open)
    # are not satisfactorily resolved: -2 x 0.5 -> 75.67. T5 is before the season.
    # The 3 callbacks (满意, 不满意, 基本满意) are a separate figure: 230 / 3.
    assert s.forms == 2
    assert s.rate.answers == 6
    assert s.rate.mean == pytest.approx(460 / 6)
    assert not s.callbacks_included
    assert sum(s.callbacks.values()) == 3
    assert s.callback_rate.answers == 3 and s.callback_rate.mean == pytest.approx(230 / 3)
    assert sorted(f.id for f in s.unresolved) == sorted([ids["T2"], ids["T3"]])
    assert s.rate.rate == pytest.approx(460 / 6 - 1.0)


def test_satisfaction_during_season_counts_complaints_open_now(season_db):
    db, basics, clock, ids = season_db
    clock.now = datetime(2025, 12, 5, 5, tzinfo=UTC)
    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    # at 2025-12-05 05:00 T1 is resolved; T2 (received 00:00, resolved 10:00) is still
    # open; T3 is not received yet, so it cannot count
    assert [f.id for f in s.unresolved] == [ids["T2"]]


def test_complaint_analysis_figures(season_db):
    """One build, every figure of the complaint report checked against the hand count."""
    db, basics, clock, _ = season_db
    figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    rows = table(figures[1], "按级别").rows
    # level, orders, on time, late, open overdue, in progress, %, mean h, median h
    assert rows == [["1级", 1, 1, 0, 0, 0, 100.0, 1.0, 1.0],
                    ["2级", 2, 0, 1, 0, 1, 0.0, 10.0, 10.0],
                    ["3级", 2, 1, 0, 1, 0, 50.0, 20.0, 20.0]]

    overview = figures[0]
    assert table(overview, "按类别").rows == [["咨询", 2, 0], ["投诉", 2, 3], ["报修", 0, 2]]
    assert table(overview, "投诉按小区").rows == [["阳光小区", 2], ["和平里", 1]]
    assert table(overview, "投诉按单位").rows == [["第一供热所", 2], ["管网维修队", 1]]
    assert table(overview, "投诉按责任归属（规则 2.6）").rows == [["公司责任", 2], ["第三方", 1]]

    repeat = figures[2].tables[0].rows
    assert [(r[0], r[1]) for r in repeat] == [(PHONE_A, 3)]  # the October call is outside
    assert table(figures[3], "按坐席").rows == [["王芳", 3, 1, 5], ["赵强", 1, 1, 0]]
    assert table(figures[3], "按承办单位").rows == [
        ["第一供热所", 3, 2, 2, 100.0, 10.5, 0],
        ["管网维修队", 2, 1, 0, 0.0, 10.0, 1]]


def test_registry_lists_both_reports_and_builds_by_name(season_db):
    db, basics, clock, _ = season_db
    names = [r.name for r in reports()]
    assert {"satisfaction", "complaints"} <= set(names)
    figures = get_report("satisfaction").build(UnitOfWork(db, basics.agent, clock), SEASON)
    headline = figures[0].tables[0].rows
    assert headline[-1] == ["满意率 %", 75.67]


def test_registry_order_is_the_module_order_whatever_was_imported_first(season_db):
    names = [r.name for r in reports()]
    assert names[:2] == ["satisfaction", "complaints"]


def test_a_season_without_answers_shows_no_rate_rather_than_zero(db, clock):
    basics = seed_basics(db, clock)
    figures = get_report("satisfaction").build(UnitOfWork(db, basics.agent, clock),
                                               parse_season("2024-2025"))
    headline = dict(tuple(row) for row in figures[0].tables[0].rows)
    assert headline["评价项总数"] == 0
    assert headline["满意率 %"] == headline["平均得分 %"] == "—（尚无评价）"


def test_long_lists_are_cut_to_the_settings(season_db):
    from app.workflows.settings import save_setting

    db, basics, clock, _ = season_db
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "report.top_repeat_callers", 0)
        save_setting(uow, "report.top_estates", 1)
        uow.commit()
    figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    assert table(figures[0], "投诉按小区").rows == [["阳光小区", 2], ["和平里", 1]]  # 2 ≤ 1+1
    assert figures[2].tables[0].rows == []
    assert figures[2].notes == ["共 1 个号码，按来电次数列出前 0 个。"]
