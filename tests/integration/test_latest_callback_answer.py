"""Each order keeps its latest callback answer (revision 0157), which rule 5.3.2.2 reads.

The satisfaction report deducts for an order whose latest reached callback answered
不满意 or 很不满意; it reads `ticket.callback_satisfaction`, kept by the step that records
a callback and, for the callbacks made before, by the migration. SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, text

from app.db import migrate
from app.models.ticket import Ticket
from app.repositories.uow import UnitOfWork
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.lifecycle import resolve
from tests.queue_data import make_orders, set_unit


@pytest.fixture
def orders(db, clock, basics) -> dict[str, int]:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    return make_orders(db, clock, basics)


def _answer(db, ticket_id: int) -> str | None:
    with db.engine.connect() as conn:
        value = conn.execute(select(Ticket.callback_satisfaction)
                             .where(Ticket.id == ticket_id)).scalar_one()
    return None if value is None else str(value)


def test_the_order_follows_its_latest_answer_not_its_unanswered_calls(db, clock, basics,
                                                                      orders):
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    order = orders["soon3"]
    resolve(uow(), order, "更换阀门", "company")
    assert _answer(db, order) is None
    record_callback(uow(), order, reached=True, satisfaction="very_dissatisfied",
                    words="一直不热")  # reopened (rule 5.3.2.2 deducts for it)
    assert _answer(db, order) == "very_dissatisfied"
    clock.advance(hours=2)
    resolve(uow(), order, "再次调整阀门", "company")
    clock.advance(hours=1)
    record_callback(uow(), order, reached=False)  # nobody answered: the answer stands
    assert _answer(db, order) == "very_dissatisfied"
    clock.advance(hours=1)
    record_callback(uow(), order, reached=True, satisfaction="satisfied", words="热了")
    assert _answer(db, order) == "satisfied"
    assert _answer(db, orders["later2"]) is None  # another order is left alone


def test_the_migration_fills_in_the_latest_answer_of_earlier_callbacks(db, clock, basics,
                                                                       orders):
    from alembic import command

    first, second, third = orders["soon3"], orders["later2"], orders["resolved2"]
    at = clock() - timedelta(days=1)
    calls = [  # (order, minutes after `at`, reached, answer): ties broken by the later id
        (first, 0, True, "dissatisfied"), (first, 30, True, "satisfied"),
        (first, 60, False, None), (first, 45, True, None),
        (second, 10, True, "basically_satisfied"), (second, 10, True, "very_dissatisfied"),
        (third, 5, False, None)]
    with db.engine.begin() as conn:
        for ticket_id, minutes, reached, answer in calls:
            conn.execute(text(
                "INSERT INTO ticket_callback (ticket_id, called_at, caller_id, reached, "
                "satisfaction, words) VALUES (:t, :c, :who, :r, :s, '')"),
                {"t": ticket_id, "c": at + timedelta(minutes=minutes), "who": basics.agent.id,
                 "r": reached, "s": answer})
    cfg = migrate.alembic_config(db.engine)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0156")
        command.upgrade(cfg, "head")
    assert (_answer(db, first), _answer(db, second), _answer(db, third)) == (
        "satisfied", "very_dissatisfied", None)
