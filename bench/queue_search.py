"""Text searches of `bench queues`: the queue window's search box and the desk's Ctrl+F.

A search that matches nothing is the slowest a scan can be (it reads every row), and a
two-character Chinese word (漏水, 不热) is what agents type most; both are timed through
the workflows the windows call, beside the raw-SQL floor: the same statements replayed on
the driver's connection, without SQLAlchemy or the workflow's Python.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import Any

from sqlalchemy import event

from app.db.database import Database
from app.workflows.desk import Desk
from app.workflows.screen_pop import search_customers
from app.workflows.tickets.queues import QueueFilters, queue_page
from bench.stats import summary_ms

# words no generated order, address, name or number holds (bench/queue_data.py)
NO_MATCH = ("停气通知单", "地下室积水", "燃气泄漏", "物业费发票", "楼顶水箱")
NO_MATCH_SHORT = ("停气", "积水", "冒烟", "发票", "水箱")
TWO_CHARS = ("漏水", "不热")  # in one order of five and one of ten of the data set
ADDRESS_WORDS = ("家园", "小区")  # in the customers' addresses


def _order_search(desk: Desk) -> Callable[[str], object]:
    def search(words: str) -> object:
        return queue_page(desk.uow(), "open", QueueFilters(search=words))
    return search


def _customer_search(desk: Desk) -> Callable[[str], object]:
    def search(words: str) -> object:
        return search_customers(desk.uow(), words)
    return search


def _statements(db: Database, call: Callable[[], object]) -> list[tuple[str, Any]]:
    sent: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        call()
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return sent


def _floor(db: Database, statements: list[list[tuple[str, Any]]], runs: int) -> list[float]:
    seconds = []
    raw = db.engine.raw_connection()
    try:
        for n in range(runs):
            started = time.perf_counter()
            cursor = raw.cursor()
            for statement, parameters in statements[n % len(statements)]:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            cursor.close()
            raw.rollback()
            seconds.append(time.perf_counter() - started)
    finally:
        raw.close()
    return seconds


def _figure(db: Database, search: Callable[[str], object], words: tuple[str, ...],
            samples: int) -> dict[str, Any]:
    recorded = [_statements(db, partial(search, w)) for w in words]  # also warms up
    seconds = []
    for n in range(samples):
        started = time.perf_counter()
        search(words[n % len(words)])
        seconds.append(time.perf_counter() - started)
    timed, floor = summary_ms(seconds), summary_ms(_floor(db, recorded, samples))
    return {"words": list(words), "ms": timed, "raw_sql_floor_ms": floor,
            "ratio_p95": round(timed["p95"] / floor["p95"], 1) if floor["p95"] else None}


def read_only_search_figures(url: str, samples: int) -> dict[str, Any]:
    """`search_figures` on a data set as it is, every connection refusing writes (the
    whole `bench queues` escalates orders of its set before it measures)."""
    from app.clock import system_clock
    from bench.pop_mix import read_only

    db = Database(url)
    try:
        read_only(db)
        return search_figures(Desk(db=db, clock=system_clock), samples)
    finally:
        db.dispose()


def search_figures(desk: Desk, samples: int) -> dict[str, Any]:
    """Order and customer searches: no match (long and two characters), common words."""
    orders, customers = _order_search(desk), _customer_search(desk)
    return {"search": {
        "order_no_match": _figure(desk.db, orders, NO_MATCH, samples),
        "order_no_match_two_chars": _figure(desk.db, orders, NO_MATCH_SHORT, samples),
        "order_two_chars": _figure(desk.db, orders, TWO_CHARS, samples),
        # common in addresses: an order is found by its customer's address too
        "order_address_words": _figure(desk.db, orders, ADDRESS_WORDS, samples),
        "customer_no_match": _figure(desk.db, customers, NO_MATCH, samples),
        "customer_no_match_two_chars": _figure(desk.db, customers, NO_MATCH_SHORT, samples),
        "customer_two_chars": _figure(desk.db, customers, ADDRESS_WORDS, samples),
    }}
