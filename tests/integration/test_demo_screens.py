"""The first-start demo fills every screen: each screen's workflow read finds figures.

One demo per backend (ensure_demo_data, as `python main.py --demo` runs it) at the test
clock; then the reads the screens make: every report tab (F8) of the last and the current
season, the quality window (F9), the roster of today and who is on duty, the handovers,
the incidents, the notices, the queues and an order's history. The same seed and `now`
give the same rows.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.clock import FixedClock
from app.db.database import Database
from app.models import Base
from app.models.notice import Notice
from app.repositories.uow import UnitOfWork
from app.workflows.auth import login
from app.workflows.demo.fill import ensure_demo_data, generate_demo
from app.workflows.desk import Desk
from app.workflows.quality.outdoor import outdoor_between
from app.workflows.quality.rates import room_rate, season_hot_water
from app.workflows.quality.sampling_plan import plan_for
from app.workflows.quality.season import season_view
from app.workflows.quality.unqualified import unqualified_homes
from app.workflows.reports.registry import reports
from app.workflows.reports.satisfaction import season_satisfaction
from app.workflows.reports.season import season_from_settings
from app.workflows.settings import load_settings
from app.workflows.shifts.duty import duty_state
from app.workflows.shifts.history import search_handovers
from app.workflows.shifts.roster import roster_week
from app.workflows.shifts.signoff import awaiting_my_signature
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.incidents import incident_children, list_incidents
from app.workflows.tickets.queues import queue_page
from tests.conftest import create_pg_database, drop_pg_database

SEED = 11
NOW = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)  # 09:30 in Beijing, as the `clock` fixture
EXTRA_TABLES = ("shift_slot", "roster_entry", "leave_request", "handover", "handover_item",
                "handover_carryover", "sampling_plan", "sampling_plan_home",
                "temperature_sample", "outdoor_temperature", "hot_water_reading",
                "survey_form", "incident", "incident_area", "notice", "notice_recipient",
                "ticket_pause", "ticket_callback", "contact", "ticket", "event")


@pytest.fixture(scope="module",
                params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo(request: pytest.FixtureRequest, sqlite_template: Path,
         tmp_path_factory: pytest.TempPathFactory):
    clock = FixedClock(NOW)
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("demo-screens") / "demo.sqlite3"
        shutil.copy(sqlite_template, path)
        url = f"sqlite:///{path}"
    else:
        request.getfixturevalue("pg_url")  # the server is there (or the test skips)
        url = create_pg_database("heatdesk_screens")
    db = Database(url)
    db.upgrade()
    desk = Desk(db=db, clock=clock)
    assert ensure_demo_data(desk) is True
    yield desk
    db.dispose()
    if request.param == "postgres":
        drop_pg_database(url)


def _as(desk: Desk, job: str) -> UnitOfWork:
    actor = login(desk.uow(), job, f"demo{job}")
    return UnitOfWork(desk.db, actor, desk.clock)


def _seasons(desk: Desk):
    with desk.uow() as uow:
        values = load_settings(uow).values
    current = season_view(desk.uow()).label
    first = int(current[:4])
    return [season_from_settings(values, f"{first - 1}-{first}"),
            season_from_settings(values, current)]


def _numbers(figures) -> list[float]:
    return [cell for f in figures for t in f.tables for row in t.rows for cell in row[1:]
            if isinstance(cell, int | float) and not isinstance(cell, bool)]


def test_every_report_tab_has_figures_in_both_seasons(demo):
    for season in _seasons(demo):
        for report in reports():
            figures = report.build(demo.uow(), season)
            assert figures and any(n > 0 for n in _numbers(figures)), (report.name,
                                                                       season.label)
        satisfaction = season_satisfaction(demo.uow(), season)
        assert satisfaction.forms > 0 and sum(satisfaction.callbacks.values()) > 0


def test_quality_window_has_samples_plans_outdoor_and_hot_water(demo):
    last, current = _seasons(demo)
    for season in (last, current):
        rate = room_rate(demo.uow(), season.label)
        assert rate.samples > 0 and rate.rate is not None
        readings, hot = season_hot_water(demo.uow(), season.label)
        assert hot.readings > 0 and hot.rate is not None
        assert unqualified_homes(demo.uow(), season.label)  # tab 4 has a cold home
    assert room_rate(demo.uow(), last.label).exempt > 0  # rule 5.1.1: below −7 °C
    days = outdoor_between(demo.uow(), last.start, last.end)
    assert len(days) == (last.end - last.start).days + 1
    assert any(d.mean < Decimal("-7") and d.exempt for d in days)
    view = season_view(demo.uow())
    plan = plan_for(demo.uow(), view.default_day())
    assert plan is not None and plan.homes and plan.reaches_target  # rule 5.1.2: ≥ 1.0 ‰
    assert any(h.samples for h in plan.homes)


def test_roster_today_and_who_is_on_duty(demo):
    today = demo.clock().astimezone(demo.zone).date()
    week = roster_week(demo.uow(), today - timedelta(days=3))
    assert [d for d in week.duties if d.duty_date == today]
    assert len({d.duty_date for d in week.duties}) == 7
    agent = duty_state(_as(demo, "1001"))
    assert agent.on_duty and agent.shift_name   # rostered on the shift running now
    outgoing = duty_state(_as(demo, "1004"))
    assert outgoing.on_duty and outgoing.handover_id  # rule 3.4.2: until 1001 signs


def test_handovers_signed_and_one_waiting(demo):
    found = search_handovers(demo.uow())
    statuses = sorted(h.status for h in found)
    assert statuses.count("signed") >= 3 and statuses.count("handed_over") == 1
    waiting = awaiting_my_signature(_as(demo, "1001"))
    assert len(waiting) == 1 and waiting[0].carryovers
    assert all(h.completed_at is not None for h in found if h.status == "signed")


def test_incidents_with_children_and_notices(demo):
    incidents = list_incidents(demo.uow(), include_resolved=True)
    assert {i.status for i in incidents} == {"open", "resolved"}
    for incident in incidents:
        assert len(incident_children(demo.uow(), incident.id)) >= 2
    with demo.db.engine.connect() as conn:
        kinds = conn.execute(select(Notice.kind, func.count()).group_by(Notice.kind)).all()
    assert {str(getattr(k, "value", k)) for k, _ in kinds} == {"posting", "visit"}


def test_queues_and_order_histories(demo):
    leader = _as(demo, "2001")
    for queue in ("open", "overdue", "callback"):
        assert queue_page(leader, queue).rows, queue
    with demo.db.engine.connect() as conn:
        ids = conn.execute(text(
            "SELECT DISTINCT entity_id FROM event WHERE entity = 'ticket' "
            "AND action = 'callback'")).scalars().all()
    actions: set[str] = set()
    full = 0
    for ticket_id in ids:
        steps = [e.action for e in ticket_history(demo.uow(), ticket_id)]
        actions |= set(steps)
        full += {"create", "dispatch", "resolve", "callback"} <= set(steps)
    assert full >= 10
    assert {"claim", "start", "pause", "resume", "escalate", "reopen", "close",
            "open_case", "follow_up"} <= actions


def test_no_resolved_order_waits_for_its_callback_for_days(demo):
    """Rule 2.5: the centre calls back within days; only recent ones await a callback."""
    from app.workflows.tickets.queues import QueueFilters

    leader = _as(demo, "2001")
    waiting, cursor = [], None
    while True:
        page = queue_page(leader, "callback", QueueFilters(status="resolved"), cursor)
        waiting += page.rows
        if (cursor := page.cursor) is None:
            break
    assert waiting  # the 待回访 queue still has its recent ones
    assert all(NOW - row.received_at < timedelta(days=3) for row in waiting), \
        [(row.number, row.received_at) for row in waiting]


def _rows(db: Database, table: str) -> list[tuple]:
    """Rows by id; events without their id, sorted: the audit hook writes the events of
    one flush in the session's (unordered) order, so only their set is reproducible."""
    t = Base.metadata.tables[table]
    columns = [c for c in t.c if c.name not in ("password_hash", "id" if table == "event"
                                                                 else "")]
    with db.engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(select(*columns).order_by(t.c.id))]
    return sorted(rows, key=repr) if table == "event" else rows


def test_same_seed_and_now_give_the_same_extras(clock, sqlite_template: Path,
                                               tmp_path: Path):
    made = []
    for name in ("a", "b"):
        shutil.copy(sqlite_template, tmp_path / f"{name}.sqlite3")
        db = Database(f"sqlite:///{tmp_path / name}.sqlite3")
        summary = generate_demo(Desk(db=db, clock=clock), 150, SEED)
        assert summary.extras is not None and summary.extras.orders > 0
        made.append(db)
    try:
        for table in EXTRA_TABLES:
            assert _rows(made[0], table) == _rows(made[1], table), table
            assert _rows(made[0], table), table
    finally:
        for db in made:
            db.dispose()


def test_actor_is_the_agent_on_duty(demo):
    """Steps carry the staff member who did them, never nobody; what the system did by
    itself (the overdue sweep, issue 12 item 4) is the system's, at the deadline."""
    with demo.db.engine.connect() as conn:
        missing = conn.execute(text(
            "SELECT count(*) FROM event WHERE actor_id IS NULL AND action <> 'overdue' "
            "AND entity IN ('ticket', 'handover', 'temperature_sample', 'survey_form', "
            "'incident')")).scalar_one()
        overdue = conn.execute(text(
            "SELECT e.actor_id IS NULL, e.occurred_at = t.due_at FROM event e "
            "JOIN ticket t ON t.id = e.entity_id "
            "WHERE e.entity = 'ticket' AND e.action = 'overdue'")).all()
    assert missing == 0
    assert overdue and all(system and at_deadline for system, at_deadline in overdue)


def test_etiquette_supervision_figures_for_every_demo_agent(demo):
    """Rule 5.4: the figures window (last 7 days) finds each demo agent's recorded calls,
    with greetings and farewells mostly reached and answers mostly within 3 rings."""
    from app.workflows.demo.data import DEMO_USERS
    from app.workflows.etiquette.supervision import supervision_figures

    today = demo.clock().astimezone(demo.zone).date()
    figures = {f.agent_job_number: f for f in supervision_figures(
        _as(demo, "4001"), today - timedelta(days=6), today, by_shift=False)}
    agents = [job for job, _, role, _ in DEMO_USERS if role == "agent"]
    for job in agents:
        f = figures[job]
        assert f.recorded > 0 and f.recorded == f.calls, job
        assert f.greeting_share is not None and 0.6 < f.greeting_share <= 1, job
        assert f.closing_share is not None and 0.5 < f.closing_share <= 1, job
        assert f.within_limit_share is not None and f.within_limit_share > 0.7, job
    assert sum(figures[j].phrase_warnings for j in agents) > 0
    assert any(figures[j].greeting_share != 1 for j in agents)


def test_field_trips_visitors_and_messages_have_content(demo):
    """Issue 17: the trip window, the reception register and the message list open with
    rows (rules 3.8, 3.7.2, 4.2(5))."""
    from app.workflows.memos.inbox import inbox
    from app.workflows.memos.watch import unread_too_long
    from app.workflows.trips.planning import candidates, list_trips, trip_view
    from app.workflows.visitors.reception import visitors_on

    today = NOW.date()
    heads = list_trips(_as(demo, "3001"), today - timedelta(days=14), today)
    assert {h.status for h in heads} == {"planned", "reported"}
    reported = next(h for h in heads if h.status == "reported")
    stops = trip_view(_as(demo, "3001"), reported.id).stops
    assert {s.outcome for s in stops} == {"resolved", "needs_part", "nobody_home"}
    assert candidates(_as(demo, "3001"), today).rows
    assert visitors_on(_as(demo, "1001"), today - timedelta(days=1))
    # today's complaint became a work order (the summary's 转工单), the demo made at 09:30
    assert [v.ticket_number for v in visitors_on(_as(demo, "1001"), today)
            if v.outcome == "work_order" and v.ticket_number]
    assert inbox(_as(demo, "2001")).unread >= 1
    assert unread_too_long(_as(demo, "2001"))
    assert inbox(_as(demo, "3001")).memos


def test_the_customer_archive_has_classes_contracts_and_stops(demo):
    """Issue 14: special customers, contracts to chase, stop/resume applications with
    their orders, and a stopped home in the screen pop."""
    from app.workflows.customers.checklist import season_checklist
    from app.workflows.customers.stop_list import stop_list
    from app.workflows.reports.registry import get_report
    from app.workflows.screen_pop import pop_customer

    checklist = season_checklist(_as(demo, "2001"))
    assert checklist.counts.get("not_renewed", 0) + checklist.counts.get("arrears", 0) > 0
    stops = stop_list(_as(demo, "2001"))
    assert {(line.kind, line.status) for line in stops.lines} == {("stop", "done"),
                                                                   ("resume", "done")}
    stopped = next(line for line in stops.lines if line.kind == "stop"
                   and sum(1 for other in stops.lines
                           if other.customer_id == line.customer_id) == 1)
    card = pop_customer(_as(demo, "1001"), stopped.customer_id).card
    assert card is not None and card.heating_state == "stopped"
    figures = get_report("special_customers").build(_as(demo, "2001"), _seasons(demo)[1])
    marks = dict((row[0], row[1]) for row in figures[0].tables[1].rows)
    assert marks["学校"] > 0 and marks["残疾或独居老人"] > 0
