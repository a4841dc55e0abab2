"""The contacts' season sums (revision 0104) kept by the database as contacts are written:
equal to counting the contacts again, after the intake workflow writes more, after a bulk
load, and not used when the season dates change (the report counts the contacts then)."""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.clock import FixedClock
from app.repositories import season_sums
from app.repositories.uow import UnitOfWork
from app.workflows.auth import login
from app.workflows.demo.fill import generate_demo
from app.workflows.desk import Desk
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.reports.complaints import build as complaints_build
from app.workflows.reports.season import parse_season
from app.workflows.settings import save_setting
from tests.integration.test_report_aggregates import SEASON, generate, keep_sums
from tests.support import seed_basics

NOW = datetime(2026, 1, 20, 7, 30, tzinfo=UTC)  # inside the season 2025-2026


def _sums(db) -> tuple[list[tuple], list[tuple]]:
    with db.engine.connect() as conn:
        phones = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT season, phone, n, last_at FROM contact_season_phone "
            "ORDER BY season, phone")]
        agents = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT season, category, agent_id, n FROM contact_season_agent "
            "ORDER BY season, category, agent_id")]
    return phones, agents


def _recounted(db) -> tuple[list[tuple], list[tuple]]:
    """The sums counted afresh from the contacts, in a transaction that is rolled back."""
    with db.engine.connect() as conn:
        season_sums.rebuild(conn)
        phones = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT season, phone, n, last_at FROM contact_season_phone "
            "ORDER BY season, phone")]
        agents = [tuple(r) for r in conn.exec_driver_sql(
            "SELECT season, category, agent_id, n FROM contact_season_agent "
            "ORDER BY season, category, agent_id")]
        conn.rollback()
    return phones, agents


def _figures(db, basics, clock, kept: bool):
    """The complaints report from the kept sums, or with them put aside (counted)."""
    if kept:
        return complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    with db.engine.connect() as conn:
        key = conn.exec_driver_sql("SELECT season_start, season_end, utc_offset_minutes "
                                   "FROM contact_season_key").one()
    keep_sums(db, False)
    try:
        return complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    finally:
        with db.engine.begin() as conn:
            season_sums.rebuild(conn, season_sums.SeasonKey(*key))


def _intake(db, basics, clock, phone: str, category: str) -> None:
    save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category=category, description="又来电了", phone=phone,
        customer_id=basics.li.id, outcome="answered", answer="已答复"))


def test_sums_kept_by_the_trigger_equal_a_recount_also_after_intakes(db):
    clock = FixedClock(NOW)
    keep_sums(db, True)
    basics = seed_basics(db, clock)
    generate(db, basics, clock, 5)
    phones, agents = _sums(db)
    assert phones and agents
    assert (phones, agents) == _recounted(db)
    before = _figures(db, basics, clock, kept=True)
    for minutes, category in ((0, "complaint"), (1, "repair"), (2, "complaint")):
        _intake(db, basics, FixedClock(NOW + timedelta(minutes=minutes)), "13900001111",
                category)
    assert _sums(db) == _recounted(db)
    after = _figures(db, basics, clock, kept=True)
    assert after == _figures(db, basics, clock, kept=False)  # the same as counting contacts
    assert after != before
    repeat = after[2].tables[0].rows
    assert ["13900001111", 3, "2026-01-20 15:32"] in repeat or (
        len(repeat) == 2 and all(n >= 3 for _, n, _ in repeat))


def test_contacts_outside_every_season_and_at_its_edges(db):
    """Local midnight at the season's first day and after its last day, in Beijing."""
    clock = FixedClock(NOW)
    keep_sums(db, True)
    basics = seed_basics(db, clock)
    first = datetime(2025, 11, 14, 16, tzinfo=UTC)  # 2025-11-15 00:00 +08:00
    after = datetime(2026, 3, 15, 16, tzinfo=UTC)  # 2026-03-16 00:00 +08:00
    for at in (first - timedelta(microseconds=1), first, after - timedelta(microseconds=1),
               after, datetime(2026, 7, 1, tzinfo=UTC)):
        _intake(db, basics, FixedClock(at), "13900002222", "repair")
    phones, _ = _sums(db)
    assert [(season, phone, n) for season, phone, n, _ in phones] == [
        (2025, "13900002222", 2)]  # 14 November, 16 March and July are in no season
    assert _sums(db) == _recounted(db)


def test_changed_season_dates_are_counted_from_the_contacts(db):
    clock = FixedClock(NOW)
    keep_sums(db, True)
    basics = seed_basics(db, clock)
    generate(db, basics, clock, 6)
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "quality.season_start", "12-01")
        uow.commit()
    season = parse_season("2025-2026", "12-01", "03-15")
    counted = complaints_build(UnitOfWork(db, basics.agent, clock), season)  # key differs
    with db.engine.begin() as conn:
        season_sums.rebuild(conn, season_sums.SeasonKey("12-01", "03-15", 480))
    assert complaints_build(UnitOfWork(db, basics.agent, clock), season) == counted
    assert counted != complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)


def test_a_bulk_load_counts_the_sums_and_keeps_the_trigger(db):
    keep_sums(db, True)
    generate_demo(Desk(db=db, clock=FixedClock(NOW)), 300, 11)
    phones, agents = _sums(db)
    assert phones and agents
    assert (phones, agents) == _recounted(db)
    agent = login(UnitOfWork(db, None, FixedClock(NOW)), "1001", "demo1001")
    save_intake(UnitOfWork(db, agent, FixedClock(NOW)), IntakeForm(
        channel="phone", category="repair", description="又来电了", phone="13900003333",
        outcome="answered", answer="已答复"))  # the trigger is back after the load
    assert _sums(db) == _recounted(db)


def test_the_migration_writes_the_sums_as_the_repository_does():
    path = Path(__file__).parents[2] / "migrations" / "versions" / "0104_contact_season_sums.py"
    spec = importlib.util.spec_from_file_location("revision_0104", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for dialect in ("sqlite", "postgresql"):
        assert module.trigger_sql(dialect) == season_sums.trigger_sql(dialect)
        seasons = season_sums.season_bounds("11-15", "03-15", 480, 2024, 2026)
        assert module.rebuild_sql(dialect, seasons) == season_sums.rebuild_sql(dialect, seasons)
        assert module.season_bounds("12-01", "02-29", -90, 2023, 2028) == \
            season_sums.season_bounds("12-01", "02-29", -90, 2023, 2028)

