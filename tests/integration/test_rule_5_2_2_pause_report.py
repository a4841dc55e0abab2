"""Rule 5.2.2: every pause shows on the compliance report (the complaints report's 时限
figures), measured against the original deadline and the paused one side by side
(SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.reports.complaints import build as complaints_build
from app.workflows.reports.season import parse_season
from app.workflows.tickets.lifecycle import dispatch, resolve
from app.workflows.tickets.pause import pause, resume
from tests.integration.ticket_support import new_ticket, technician
from tests.support import seed_basics

SEASON = parse_season("2025-2026")
RECEIVED = datetime(2025, 12, 1, 2, 0, tzinfo=UTC)  # 10:00 Beijing


def _table(figures, title):
    return next(t for f in figures for t in f.tables if t.title == title)


def test_rule_5_2_2_pauses_on_the_compliance_report_side_by_side(db) -> None:
    clock = FixedClock(RECEIVED)
    basics = seed_basics(db, clock)
    tech = technician(db, clock)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    # level 2 (8 h) orders received at 10:00
    plain = new_ticket(db, clock, basics, level=2)  # done at 17:00: on time either way
    saved = new_ticket(db, clock, basics, level=2)  # paused 3 h, done at 20:00
    late = new_ticket(db, clock, basics, level=2)  # paused 1 h, done at 20:00: late both
    waiting = new_ticket(db, clock, basics, level=2)  # paused twice, still open
    for tid in (plain, saved, late, waiting):
        dispatch(agent(), tid, basics.unit_ids[0])
    clock.advance(hours=1)  # 11:00
    pause(UnitOfWork(db, tech, clock), saved, "客户不在家,约定下午")
    pause(agent(), late, "客户出差")
    pause(agent(), waiting, "门卫不让进")
    clock.advance(hours=1)  # 12:00
    resume(agent(), late)  # due 19:00
    resume(agent(), waiting)  # due 19:00
    clock.advance(hours=2)  # 14:00
    resume(UnitOfWork(db, basics.leader, clock), saved)  # due 21:00
    clock.advance(hours=3)  # 17:00
    resolve(agent(), plain, "已处理", "company")
    pause(agent(), waiting, "客户再次不在家")  # open at the season's end
    clock.advance(hours=3)  # 20:00
    resolve(agent(), saved, "已处理", "company")
    resolve(agent(), late, "已处理", "company")

    after = FixedClock(datetime(2026, 4, 1, 2, 0, tzinfo=UTC))
    figures = complaints_build(UnitOfWork(db, basics.agent, after), SEASON)
    by_level = _table(figures, "按级别")
    # the paused deadline (the existing figure): plain, saved on time; late late; waiting
    # counted open overdue (its due 19:00 passed)
    assert by_level.rows[1][:5] == ["2级", 4, 2, 1, 1]
    side = _table(figures, "按级别对照")
    # level, paused orders, pauses, on time (paused), % , on time (original), %
    assert side.rows[1] == ["2级", 3, 4, 2, 50.0, 1, 25.0]
    assert side.rows[0] == ["1级", 0, 0, 0, None, 0, None]
    listing = _table(figures, "每次暂停")
    assert len(listing.rows) == 4  # every pause, one line each
    first = listing.rows[0]
    assert first[0] == f"GD{saved:08d}" and first[2] == "客户不在家,约定下午"
    assert first[3] == "刘师傅" and first[6] == 3.0
    # original 18:00, paused 21:00 Beijing; done 20:00: late against the original only
    assert first[7:] == ["12-01 18:00", "12-01 21:00", "12-01 20:00",
                         "超时", "按时"]
    still_open = listing.rows[-1]
    assert still_open[2] == "客户再次不在家" and still_open[5] == "—"


def test_rule_5_2_2_side_by_side_bounds_are_inclusive(db) -> None:
    """Done exactly at a deadline is on time against it (`done_at <= due_at`), on both
    sides; an open order whose paused deadline is exactly the period's end is not yet
    late against it, but is against the original one. Making any bound exclusive fails."""
    clock = FixedClock(RECEIVED)
    basics = seed_basics(db, clock)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    # level 1 (2 h) orders received at 10:00; original deadline 12:00
    at_original = new_ticket(db, clock, basics, level=1)  # paused 1 h, done at 12:00
    at_paused = new_ticket(db, clock, basics, level=1)  # paused 1 h, done at 13:00
    waiting = new_ticket(db, clock, basics, level=1)  # paused 2 h, open at 14:00
    for tid in (at_original, at_paused, waiting):
        dispatch(agent(), tid, basics.unit_ids[0])
    clock.advance(hours=1)  # 11:00
    for tid in (at_original, at_paused, waiting):
        pause(agent(), tid, "客户不在家")
    clock.advance(hours=1)  # 12:00
    resume(agent(), at_original)  # due 13:00
    resume(agent(), at_paused)  # due 13:00
    resolve(agent(), at_original, "已处理", "company")  # exactly the original deadline
    clock.advance(hours=1)  # 13:00
    resume(agent(), waiting)  # due 14:00
    resolve(agent(), at_paused, "已处理", "company")  # exactly the paused deadline
    clock.advance(hours=1)  # 14:00: the report's period ends at its paused deadline

    figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    # level, orders, on time, late, open overdue, in progress
    assert _table(figures, "按级别").rows[0][:6] == ["1级", 3, 2, 0, 0, 1]
    # paused orders, pauses, on time (paused) and %, on time (original) and %
    assert _table(figures, "按级别对照").rows[0] == ["1级", 3, 3, 2, 100.0, 1, 33.33]
    verdicts = {row[0]: row[-2:] for row in _table(figures, "每次暂停").rows}
    assert verdicts == {f"GD{at_original:08d}": ["按时", "按时"],
                        f"GD{at_paused:08d}": ["超时", "按时"],
                        f"GD{waiting:08d}": ["超时未完成", "处理中"]}
