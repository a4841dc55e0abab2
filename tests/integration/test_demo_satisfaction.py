"""The bulk demo generator's callbacks (回访) and paper survey forms (rule 5.3): consistent
with their orders and seasons, deterministic, read by the satisfaction report, and drawn
from a stream of their own (the other rows of a seed stay as they were)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

import app.workflows.demo.rows as rows
from app.clock import FixedClock
from app.models.customer import Customer
from app.models.enums import Satisfaction
from app.models.survey import SurveyForm
from app.models.ticket import Ticket
from app.models.ticket_steps import TicketCallback
from app.repositories.uow import UnitOfWork
from app.workflows.demo.fill import generate_demo
from app.workflows.demo.rows import DemoGenerator, IdCursor
from app.workflows.desk import Desk
from app.workflows.reports.satisfaction import season_satisfaction
from app.workflows.reports.season import parse_season, season_of

NOW = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)
SEED = 11


def test_callbacks_and_forms_follow_their_orders_and_seasons(db, basics):
    clock = FixedClock(NOW)
    generate_demo(Desk(db=db, clock=clock), 600, SEED, append=True)  # rows only, no extras
    with db.session() as s:
        calls = s.execute(select(TicketCallback, Ticket.status, Ticket.closed_at)
                          .join(Ticket, Ticket.id == TicketCallback.ticket_id)
                          .order_by(TicketCallback.id)).all()
        forms = s.execute(select(SurveyForm, Customer.heating)
                          .join(Customer, Customer.id == SurveyForm.customer_id)).all()
    assert len(calls) > 50 and len(forms) >= 5
    per_ticket: dict[int, list[TicketCallback]] = defaultdict(list)
    for call, status, closed_at in calls:
        per_ticket[call.ticket_id].append(call)
        assert status.value == "closed" and closed_at < call.called_at <= NOW
        assert call.reached or call.satisfaction is None
    assert all(len(c) == 1 or (len(c) == 2 and not c[0].reached) for c in per_ticket.values())
    assert {c.satisfaction for c, _, _ in calls} >= {*Satisfaction, None}
    for form, heating in forms:
        assert heating and form.form_number == f"DC{form.id:08d}"
        season = season_of(form.surveyed_on)
        assert form.season == season.label and season.contains(form.surveyed_on)
        assert form.entered_at <= NOW
    label, count = Counter(f.season for f, _ in forms).most_common(1)[0]
    report = season_satisfaction(UnitOfWork(db, basics.agent, clock), parse_season(label))
    assert report.forms == count
    assert sum(report.callbacks.values()) > 0


def _generator() -> DemoGenerator:
    return DemoGenerator(SEED, NOW, contacts_per_customer=3.0, sla_hours={1: 2, 2: 8, 3: 24},
                         agent_ids=[3, 4], technician_id=5,
                         unit_ids={f"U{i:02d}": i for i in range(1, 9)})


def test_a_seed_gives_the_same_rows_and_the_new_ones_leave_the_others_alone(monkeypatch):
    first = _generator().chunk(IdCursor(), 500)
    assert first == _generator().chunk(IdCursor(), 500)
    assert first.callbacks and first.surveys
    monkeypatch.setattr(rows, "CALLBACK_SHARE", 0.0)
    monkeypatch.setattr(rows, "SURVEY_SHARE", 0.0)
    without = _generator().chunk(IdCursor(), 500)
    assert not without.callbacks and not without.surveys
    assert (without.customers, without.phones, without.contacts) == (
        first.customers, first.phones, first.contacts)
    # the orders are the same but for the latest callback answer each keeps (revision 0157)
    assert [t[:-1] for t in without.tickets] == [t[:-1] for t in first.tickets]
    assert all(t[-1] is None for t in without.tickets)
    latest: dict[int, str] = {}
    for _id, ticket_id, _at, _caller, reached, level, _words in first.callbacks:
        if reached and level is not None:  # calls of an order come in time order
            latest[ticket_id] = level
    assert latest and {t[0]: t[-1] for t in first.tickets if t[-1]} == latest


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)
