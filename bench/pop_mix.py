"""The callers a screen-pop benchmark rings, the guard that keeps it from writing, and the
raw-SQL floor of a pop.

Kinds of caller, each timed on its own because each takes another path through the pop:
a number whose customer has open work orders (the longest history), a number shared by
several customers (the chooser list), a landline and a mobile of one customer with no
open order, a number nobody has (the unknown caller's own earlier calls), and a caller
whose building a network outage covers (the card says it first, issue 16; the data set
has one when its demo extras declared the running substation fault).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from app.db.database import Database
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.demo.data import STRANGER_PREFIXES
from app.workflows.screen_pop import pop_by_phone

# a day at a hotline: most callers have one number and nothing open, a fair share chases
# an open order, some ring from a shared landline, some are not customers
MIX = {"mobile": 0.50, "landline": 0.15, "open_orders": 0.15, "shared": 0.05,
       "unknown": 0.10, "outage": 0.05}
MIN_PER_KIND = 30
OPEN = "('new', 'dispatched', 'in_progress', 'resolved')"
CANDIDATES = 50_000  # the most rows a sampling query reads


@dataclass(frozen=True)
class Caller:
    kind: str
    number: str
    customer_id: int | None  # the card the pop shows (None: unknown caller)
    statements: tuple[tuple[str, Any], ...] = ()  # what the pop sent, for the floor


def read_only(db: Database) -> None:
    """Every connection the benchmark opens refuses writes: the figures come from data
    that stays as it was (SQLite `query_only`, PostgreSQL read-only transactions)."""

    def guard(dbapi_connection: Any, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        if db.is_sqlite:
            cursor.execute("PRAGMA query_only=ON")
        else:
            cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            dbapi_connection.commit()
        cursor.close()

    event.listen(db.engine, "connect", guard)


def _numbers(engine: Engine, sql: str, **params: Any) -> list[str]:
    with engine.connect() as conn:
        return [row[0] for row in conn.execute(text(sql), params)]


def sample_callers(db: Database, rng: random.Random, samples: int) -> dict[str, list[str]]:
    """`samples` numbers shared out by MIX (at least MIN_PER_KIND of each kind that exists;
    a kind with fewer numbers than wanted repeats some)."""
    engine = db.engine
    shared = set(_numbers(engine, "SELECT number FROM customer_phone GROUP BY number "
                                  "HAVING count(*) > 1 LIMIT :n", n=CANDIDATES))
    with_orders = set(_numbers(
        engine, "SELECT DISTINCT p.number FROM ticket t JOIN customer_phone p "
                f"ON p.customer_id = t.customer_id WHERE t.status IN {OPEN} LIMIT :n",
        n=CANDIDATES)) - shared
    under_outage = set(_numbers(
        engine, "SELECT p.number FROM customer_phone p JOIN customer c ON c.id = p.customer_id"
                " JOIN network_active_outage a ON a.estate = c.estate AND a.building = "
                "c.building LIMIT :n", n=CANDIDATES)) - shared
    with engine.connect() as conn:
        last = conn.execute(text("SELECT max(id) FROM customer_phone")).scalar() or 0
    wanted = {kind: max(MIN_PER_KIND, round(share * samples)) for kind, share in MIX.items()}
    ids = rng.sample(range(1, last + 1), min(last, 20 * (wanted["mobile"] + wanted["landline"])))
    plain = [n for n in _numbers(engine, "SELECT number FROM customer_phone WHERE id IN "
                                         f"({','.join(map(str, ids)) or '0'})")
             if n not in shared and n not in with_orders]
    pools = {
        "mobile": [n for n in plain if n.startswith("1")],
        "landline": [n for n in plain if not n.startswith("1")],
        "open_orders": sorted(with_orders),
        "shared": sorted(shared),
        "outage": sorted(under_outage),
        "unknown": [rng.choice(STRANGER_PREFIXES) + f"{rng.randrange(10**8):08d}"
                    for _ in range(wanted["unknown"])],
    }
    chosen: dict[str, list[str]] = {}
    for kind, count in wanted.items():
        pool = pools[kind]
        if not pool:
            continue
        chosen[kind] = (rng.sample(pool, count) if len(pool) >= count
                        else [rng.choice(pool) for _ in range(count)])
    return chosen


def record_callers(db: Database, actor: Actor, clock: Callable[[], Any],
                   numbers: dict[str, list[str]]) -> list[Caller]:
    """Pop each number once through the workflow (a warm-up, not timed) and keep the
    card it shows and the statements it sent."""
    sent: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    callers: list[Caller] = []
    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        for kind, kind_numbers in numbers.items():
            for number in kind_numbers:
                sent.clear()
                pop = pop_by_phone(UnitOfWork(db, actor, clock), number)
                callers.append(Caller(kind, number, pop.card.id if pop.card else None,
                                      tuple(sent)))
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)
    return callers


def raw_floor(db: Database, callers: list[Caller]) -> dict[str, list[float]]:
    """Seconds per pop for its own statements alone, on the driver's connection: the
    database's answer and the round trips, without SQLAlchemy, Python views or Qt."""
    seconds: dict[str, list[float]] = {}
    raw = db.engine.raw_connection()
    try:
        for caller in callers:
            started = time.perf_counter()
            cursor = raw.cursor()
            for statement, parameters in caller.statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            cursor.close()
            raw.rollback()  # the pop's unit of work ends the same way
            seconds.setdefault(caller.kind, []).append(time.perf_counter() - started)
    finally:
        raw.close()
    return seconds
