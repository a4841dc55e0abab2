"""The season reports count in SQL; here they are checked against a plain Python count of
the same generated rows, on SQLite and PostgreSQL.

The data is generated (faker names, a seeded random walk) to hit what a GROUP BY can get
wrong: orders and contacts just outside the season or after "now", deadlines met to the
microsecond, closed orders without a resolution time, several callbacks at the same
instant, estates that sort differently by locale than by code point, ties at the top-N
cut, phones called once and many times, and an even and odd number of done orders.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from statistics import mean, median

import pytest
from faker import Faker

from app.clock import FixedClock
from app.models.contact import Contact
from app.models.customer import Customer
from app.models.enums import Category, Channel, Outcome, Responsibility, Satisfaction
from app.models.staff import Staff, Unit
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback
from app.printing.names_zh import CATEGORY, RESPONSIBILITY
from app.repositories import season_sums
from app.repositories.uow import UnitOfWork
from app.workflows.reports.complaints import build as complaints_build
from app.workflows.reports.satisfaction import season_satisfaction
from app.workflows.reports.season import parse_season
from app.workflows.settings import load_settings, save_setting
from tests.support import seed_basics

SEASON = parse_season("2025-2026")
BEGIN = datetime(2025, 11, 14, 16, tzinfo=UTC)  # 15 November, 00:00 in Beijing
END = datetime(2026, 3, 15, 16, tzinfo=UTC)
SLA = {1: 2, 2: 8, 3: 24}
NOT_SATISFIED = (Satisfaction.DISSATISFIED, Satisfaction.VERY_DISSATISFIED)
TOP_ESTATES, TOP_CALLERS = 3, 2


@dataclass
class Fact:
    id: int
    level: int
    category: str
    responsibility: str
    unit: str
    estate: str
    created_by: str
    received_at: datetime
    due_at: datetime
    done_at: datetime | None
    satisfaction: Satisfaction | None = None


def _moment(rng: random.Random) -> datetime:
    """Mostly inside the season, some just outside it, with microseconds."""
    edge = rng.random()
    if edge < 0.05:
        return BEGIN - timedelta(microseconds=rng.randint(1, 10**6))
    if edge < 0.1:
        return END + timedelta(microseconds=rng.randint(0, 10**6))
    if edge < 0.13:
        return BEGIN
    span = int((END - BEGIN).total_seconds())
    return BEGIN + timedelta(seconds=rng.randrange(span), microseconds=rng.choice(
        [0, 0, rng.randrange(10**6)]))


def generate(db, basics, clock, seed: int) -> None:
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)
    agents = [basics.agent, basics.leader]
    units = list(basics.unit_ids)
    estates = ["阳光小区", "和平里", "Zeta", "beta", "", "安居园", fake.street_name()]
    with UnitOfWork(db, basics.agent, clock) as uow:
        customers = []
        for i in range(12):
            customer = Customer(account_number=f"G{seed:03d}{i:05d}", name=fake.name(),
                                estate=rng.choice(estates))
            uow.session.add(customer)
            customers.append(customer)
        uow.session.flush()
        phones = [fake.phone_number() for _ in range(6)] + [""]
        for _ in range(120):
            level = rng.choice((1, 2, 3))
            received = _moment(rng)
            due = received + timedelta(hours=SLA[level])
            shape = rng.random()
            if shape < 0.2:
                resolved = closed = None
            else:
                spent = rng.choice([timedelta(hours=SLA[level]),  # just in time
                                    timedelta(seconds=rng.randrange(3 * 3600 * SLA[level]),
                                              microseconds=rng.randrange(10**6))])
                resolved = None if shape < 0.3 else received + spent
                closed = received + spent + timedelta(hours=1) if shape < 0.6 else None
            ticket = uow.tickets.add(Ticket(
                customer_id=rng.choice(customers).id if rng.random() < 0.8 else None,
                phone=rng.choice(phones), category=rng.choice(list(Category)), level=level,
                description="生成", unit_id=rng.choice(units),
                created_by_id=rng.choice(agents).id,
                responsibility=rng.choice(list(Responsibility)), received_at=received,
                due_at=due, resolved_at=resolved, closed_at=closed))
            for _ in range(rng.choice((0, 0, 1, 2, 3))):
                at = received + timedelta(hours=rng.choice((1, 5, 5, 30)))
                uow.session.add(TicketCallback(
                    ticket_id=ticket.id, called_at=at, reached=rng.random() < 0.8,
                    satisfaction=rng.choice([None, *Satisfaction]), caller_id=basics.agent.id))
            uow.tickets.refresh_callback_answer(ticket.id)  # as recording a callback does
        for _ in range(150):
            uow.contacts.add(Contact(
                phone=rng.choice(phones), channel=Channel.PHONE,
                category=rng.choice(list(Category)), description="", outcome=Outcome.ANSWERED,
                agent_id=rng.choice(agents).id, created_at=_moment(rng)))
        uow.commit()
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "report.top_estates", TOP_ESTATES)
        save_setting(uow, "report.top_repeat_callers", TOP_CALLERS)
        uow.commit()


def python_facts(db, basics, clock, period_end: datetime) -> tuple[list[Fact], list]:
    """Every order and contact read row by row, as the reports used to."""
    with UnitOfWork(db, basics.agent, clock) as uow:
        s = uow.session
        units = {u.id: u.name for u in s.query(Unit)}
        staff = {a.id: a.name for a in s.query(Staff)}
        estate = {c.id: c.estate for c in s.query(Customer)}
        latest: dict[int, Satisfaction] = {}
        for cb in s.query(TicketCallback).order_by(TicketCallback.called_at, TicketCallback.id):
            if cb.reached and cb.satisfaction is not None:
                latest[cb.ticket_id] = cb.satisfaction
        facts = [Fact(t.id, t.level, t.category.value, t.responsibility.value,
                      units[t.unit_id], estate.get(t.customer_id, "") or "",
                      staff[t.created_by_id], t.received_at, t.due_at,
                      t.resolved_at or t.closed_at, latest.get(t.id))
                 for t in s.query(Ticket).order_by(Ticket.id)
                 if BEGIN <= t.received_at < period_end]
        contacts = [(staff[c.agent_id], c.category.value, c.phone, c.created_at)
                    for c in s.query(Contact) if BEGIN <= c.created_at < END]
    return facts, contacts


def _hours(f: Fact) -> float:
    assert f.done_at is not None
    return (f.done_at - f.received_at).total_seconds() / 3600


def _same_mean(sql: float | None, values: list[float]) -> bool:
    """Equal, or the exact mean sits on a rounding tie that float sums may tip either way."""
    if not values:
        return sql is None
    expected = round(mean(values), 2)
    if sql == expected:
        return True
    exact = Fraction(sum(Fraction(v) for v in values), len(values)) * 1000
    return abs(exact - round(exact) - Fraction(1, 2) * (1 if exact > round(exact) else -1)
               ) < Fraction(1, 10**6) and abs(sql - expected) <= 0.0100001


def _ranked(counter: Counter, top: int | None = None) -> list[list]:
    pairs = [(k or "（无）", n) for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]
    if top is not None and len(pairs) > top + 1:
        rest = pairs[top:]
        pairs = [*pairs[:top], (f"其他 {len(rest)} 个小区", sum(n for _, n in rest))]
    return [[k, n] for k, n in pairs]


def table(figure, title):
    return next(t for t in figure.tables if t.title == title)


def keep_sums(db, kept: bool) -> None:
    """Season sums kept by the trigger from now on (the default key of revision 0104), or
    none: the report then counts the contacts themselves."""
    with db.engine.begin() as conn:
        if kept:
            season_sums.rebuild(conn, season_sums.SeasonKey("11-15", "03-15", 480))
        else:
            conn.exec_driver_sql("DELETE FROM contact_season_key")


@pytest.mark.parametrize("sums", ["kept", "counted"])
@pytest.mark.parametrize(("seed", "now"), [
    (1, datetime(2026, 4, 1, tzinfo=UTC)),
    (2, datetime(2026, 1, 20, 7, 30, tzinfo=UTC)),  # mid-season: "now" is the period end
    (3, datetime(2026, 4, 1, tzinfo=UTC)),
])
def test_sql_aggregates_match_a_python_count(db, seed, now, sums):
    clock = FixedClock(now)
    keep_sums(db, sums == "kept")
    basics = seed_basics(db, clock)
    generate(db, basics, clock, seed)
    period_end = min(END, now)
    facts, contacts = python_facts(db, basics, clock, period_end)
    figures = complaints_build(UnitOfWork(db, basics.agent, clock), SEASON)
    complaints = [f for f in facts if f.category == Category.COMPLAINT.value]
    by_cat = Counter(c for _, c, _, _ in contacts)
    orders_cat = Counter(f.category for f in facts)
    assert table(figures[0], "按类别").rows == [
        [CATEGORY[c], by_cat.get(c, 0), orders_cat.get(c, 0)] for c in CATEGORY
        if by_cat.get(c) or orders_cat.get(c)]
    assert table(figures[0], "投诉按小区").rows == _ranked(
        Counter(f.estate for f in complaints), TOP_ESTATES)
    assert table(figures[0], "投诉按单位").rows == _ranked(Counter(f.unit for f in complaints))
    assert table(figures[0], "投诉按责任归属（规则 2.6）").rows == [
        [RESPONSIBILITY.get(k, k), n] for k, n in
        _ranked(Counter(f.responsibility for f in complaints))]

    for row, level in zip(table(figures[1], "按级别").rows, (1, 2, 3), strict=True):
        mine = [f for f in facts if f.level == level]
        done = [f for f in mine if f.done_at is not None and f.done_at < period_end]
        on_time = sum(1 for f in done if f.done_at <= f.due_at)
        still_open = [f for f in mine if f not in done]
        overdue = sum(1 for f in still_open if f.due_at < period_end)
        hours = [_hours(f) for f in mine if f.done_at is not None]
        judged = len(done) + overdue
        assert row[:7] == [f"{level}级", len(mine), on_time, len(done) - on_time, overdue,
                           len(still_open) - overdue,
                           round(100 * on_time / judged, 2) if judged else None]
        assert _same_mean(row[7], hours)
        assert row[8] == (round(median(hours), 2) if hours else None)

    per_phone: dict[str, list[datetime]] = defaultdict(list)
    for _, _, phone, at in contacts:
        if phone:
            per_phone[phone].append(at)
    repeats = sorted(((p, len(ts), max(ts)) for p, ts in per_phone.items() if len(ts) >= 2),
                     key=lambda r: (-r[1], r[0]))
    assert [(r[0], r[1]) for r in figures[2].tables[0].rows] == [
        (p, n) for p, n, _ in repeats[:TOP_CALLERS]]
    with UnitOfWork(db, basics.agent, clock) as uow:
        zone = load_settings(uow).zone
    assert [r[2] for r in figures[2].tables[0].rows] == [
        last.astimezone(zone).strftime("%Y-%m-%d %H:%M") for _, _, last in repeats[:TOP_CALLERS]]
    if len(repeats) > TOP_CALLERS:
        assert figures[2].notes == [f"共 {len(repeats)} 个号码，按来电次数列出前 {TOP_CALLERS} 个。"]

    agents: dict[str, Counter] = defaultdict(Counter)
    for name, category, _, _ in contacts:
        agents[name]["contacts"] += 1
        agents[name]["complaints"] += category == Category.COMPLAINT.value
    for f in facts:
        agents[f.created_by]["orders"] += 1
    assert table(figures[3], "按坐席").rows == [
        [n, c["contacts"], c["complaints"], c["orders"]] for n, c in sorted(agents.items())]
    units: dict[str, list[Fact]] = defaultdict(list)
    for f in facts:
        units[f.unit].append(f)
    rows = table(figures[3], "按承办单位").rows
    assert [r[0] for r in rows] == sorted(units)
    for row, (unit, mine) in zip(rows, sorted(units.items()), strict=True):
        done = [f for f in mine if f.done_at is not None]
        on_time = sum(1 for f in done if f.done_at <= f.due_at)
        unhappy = sum(1 for f in mine if f.satisfaction in NOT_SATISFIED)
        assert row[:5] + row[6:] == [unit, len(mine), len(done), on_time,
                                     round(100 * on_time / len(done), 2) if done else None,
                                     unhappy]
        assert _same_mean(row[5], [_hours(f) for f in done])

    s = season_satisfaction(UnitOfWork(db, basics.agent, clock), SEASON)
    # rule 5.3.2.2: complaints open at the period end, and orders of any category whose
    # latest answer was unhappy
    expected = [f.id for f in facts if f.satisfaction in NOT_SATISFIED or (
        f.category == Category.COMPLAINT.value
        and (f.done_at is None or f.done_at >= period_end))]
    assert [f.id for f in s.unresolved] == expected
    assert s.rate.unresolved == len(expected)


def test_the_migration_indexes_the_durations_the_queries_ask_for():
    """SQLite reads a duration from the index only when the query's text is the index's."""
    import importlib.util
    from pathlib import Path

    from app.models.report_indexes import SQLITE_DURATION_SQL

    path = Path(__file__).parents[2] / "migrations" / "versions" / "0103_report_indexes.py"
    spec = importlib.util.spec_from_file_location("revision_0103", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.SQLITE_DURATION_SQL == SQLITE_DURATION_SQL


def test_the_unhappy_orders_are_read_from_their_partial_index(sqlite_db, clock):
    """SQLite uses a partial index only when the query writes the index's own terms."""
    import importlib.util
    from pathlib import Path

    from sqlalchemy import event

    from app.models.report_indexes import UNHAPPY_SQL
    from app.repositories.statistics import StatisticsRepository

    path = (Path(__file__).parents[2] / "migrations" / "versions"
            / "0157_latest_callback_answer.py")
    spec = importlib.util.spec_from_file_location("revision_0157", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.UNHAPPY_SQL == UNHAPPY_SQL
    sent: list[tuple] = []
    event.listen(sqlite_db.engine, "before_cursor_execute",
                 lambda _c, _cur, statement, params, *_: sent.append((statement, params)))
    with UnitOfWork(sqlite_db, None, clock) as uow:
        uow.repo(StatisticsRepository).unhappy_per_unit(BEGIN, END)
    statement, params = sent[-1]
    with sqlite_db.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, params))
    assert "ix_ticket_unhappy_received" in plan
