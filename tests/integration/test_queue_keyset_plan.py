"""A queue page picks its orders by walking an index in order (revision 0162).

The 待回访 queue (resolved orders awaiting their callback, rule 2.5) pages on (deadline,
id). Each page after the first matched every later resolved order, joined each to its
customer and sorted them all: at 3,000,000 orders on PostgreSQL 200 ms a page, since the
planner took the status and the keyset's deadline for independent and expected a few
rows. Now the page's ids are picked from the orders alone, with the LIMIT, before the
joins, and `ix_ticket_status_due` holds the id as well. Here the open orders' own deadline
index, which a tiny table may be read through instead, is dropped and sorting is switched
off: a pick without a Sort then exists only if `ix_ticket_status_due` hands the orders
over in the page's order.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, event

from app.repositories.uow import UnitOfWork
from app.workflows.tickets.queues import QueueFilters, _encode, queue_page
from tests.support import seed_basics


@pytest.mark.postgres
def test_the_callback_queue_pages_in_index_order(own_pg_db, clock):
    basics = seed_basics(own_pg_db, clock)
    sent: list[tuple] = []

    def keep(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        if "FROM ticket" in statement and "ORDER BY" in statement:
            sent.append((statement, params))

    event.listen(own_pg_db.engine, "before_cursor_execute", keep)
    page = queue_page(UnitOfWork(own_pg_db, basics.agent, clock), "callback",
                      QueueFilters(status="resolved"), cursor=_encode(clock(), 1))
    event.remove(own_pg_db.engine, "before_cursor_execute", keep)
    assert page.rows == () and len(sent) == 1
    [(statement, params)] = sent
    with own_pg_db.engine.connect() as conn:
        conn.exec_driver_sql("DROP INDEX ix_ticket_open_due")
        for switch in ("seqscan", "bitmapscan", "sort"):
            conn.exec_driver_sql(f"SET enable_{switch} = off")
        plan = "\n".join(r[0] for r in conn.exec_driver_sql("EXPLAIN " + statement, params))
    pick = _node(plan, "CTE picked")
    assert "ix_ticket_status_due" in pick
    assert "Sort" not in pick  # the walk stops after the page; only the page is sorted


def _node(plan: str, name: str) -> str:
    """The lines of the plan node `name` and everything below it."""
    lines = plan.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith(name))
    depth = len(lines[start]) - len(lines[start].lstrip())
    end = next((i for i in range(start + 1, len(lines))
                if len(lines[i]) - len(lines[i].lstrip()) <= depth), len(lines))
    return "\n".join(lines[start:end])


def test_a_common_word_walks_the_open_queue_in_order_on_sqlite(sqlite_db, clock, monkeypatch):
    """A word in more orders than the text index hands over is searched by walking the
    queue in order until a page is found. Joined to the units with an inner join, SQLite
    read the open orders unit by unit instead, all 200,000 of them, and sorted them: 600 ms
    a page for 暖气不热 at 3,000,000 orders; now 8 ms."""
    from app.repositories.text_search import TextSearch

    basics = seed_basics(sqlite_db, clock)
    monkeypatch.setattr(TextSearch, "tickets", lambda self, words: None)  # too common
    sent: list[tuple] = []

    def keep(_conn: object, _cursor: object, statement: str, params: object, *_: object) -> None:
        if "FROM ticket" in statement and "ORDER BY" in statement:
            sent.append((statement, params))

    event.listen(sqlite_db.engine, "before_cursor_execute", keep)
    queue_page(UnitOfWork(sqlite_db, basics.agent, clock), "open",
               QueueFilters(search="暖气不热"))
    event.remove(sqlite_db.engine, "before_cursor_execute", keep)
    [(statement, params)] = sent
    _statistics_at_size(sqlite_db.engine)
    with sqlite_db.engine.connect() as conn:
        plan = [r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)]
    assert plan[0].startswith("SCAN ticket USING INDEX ix_ticket_open_due"), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan


# sqlite_stat1 of `bench queues` at 3,000,000 orders (200,000 open, 10 units, 40 staff): the
# planner chooses as it would at a centre's size, however few rows the test wrote
AT_SIZE = {
    ("ticket", "ix_ticket_open_due"): "200000 2 1",
    ("ticket", "ix_ticket_open_received"): "200000 2 1",
    ("ticket", "ix_ticket_open_unit_due"): "200000 20000 1 1",
    ("ticket", "ix_ticket_open_level_due"): "200000 66667 2 1",
    ("ticket", "ix_ticket_open_assignee_due"): "200000 4879 2 1",
    ("ticket", "ix_ticket_status_due"): "3000000 600000 2 1",
    ("ticket", "ix_ticket_unit_status"): "3000000 300000 60000",
    ("ticket", "ix_ticket_customer_status"): "3000000 15 8",
    ("unit", "sqlite_autoindex_unit_1"): "10 1",
    ("staff", "sqlite_autoindex_staff_1"): "40 1",
}


def _statistics_at_size(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # makes sqlite_stat1
        conn.exec_driver_sql("DELETE FROM sqlite_stat1")
        for (table, index), stat in AT_SIZE.items():
            conn.exec_driver_sql("INSERT INTO sqlite_stat1 VALUES (?, ?, ?)",
                                 (table, index, stat))
    engine.dispose()  # connections read the statistics anew
