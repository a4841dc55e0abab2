"""`bench search`: search as agents type it, first page p50/p95/max beside the raw SQL.

A demo archive (no contacts; kept in the temp dir for SQLite and reused, or built in a
PostgreSQL database created and dropped, or any --db as it is) is searched the ways an
agent types: estate pinyin initials and full pinyin letter by letter, names in pinyin and
characters, account numbers, "estate building", building-unit-room, estate + phone tail.
Each search is the workflow the desk calls (`find_customers`, a new session each time).
The floor is the first query of the same search alone in raw SQL (one index range).
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.machine import emit
from bench.stats import summary_ms
from bench.throwaway_db import _pg_database, log


def register_search_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "search", help="customer search as agents type it: p50/p95/max (JSON)",
        description="Build (or reuse) a demo archive and time the customer search by kind "
                    "of input (pinyin, names, addresses, phone tails), beside the raw SQL.")
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--samples", type=int, default=40, help="searches per kind")
    parser.add_argument("--db", dest="source", help="search this database as it is")
    parser.set_defaults(func=run)


def _build(url: str, customers: int) -> None:
    from app.db.database import Database
    from app.repositories.bulk import BulkRepository
    from app.workflows.demo.fill import generate_demo
    from app.workflows.desk import Desk

    db = Database(url)
    try:
        if db.is_sqlite:
            db.prepare()
        else:
            db.upgrade()
        existing = BulkRepository(db.engine).count("customer")
        if existing == customers:
            log(f"reusing {existing:,} customers")
            return
        if existing:
            raise SystemExit(f"{url} holds {existing:,} customers; give an empty one")
        started = time.perf_counter()
        log(f"building {customers:,} demo customers")
        generate_demo(Desk(db=db), customers, contacts_per_customer=0)
        log(f"built in {time.perf_counter() - started:.0f} s")
    finally:
        db.dispose()


def _samples(db: Any, rng: random.Random, count: int) -> dict[str, list[str]]:
    """Searches of each kind, made from customers of the data set."""
    from sqlalchemy import func, select

    from app.models.customer import Customer, CustomerPhone
    from app.repositories.customers.pinyin import pinyin_keys

    with db.engine.connect() as conn:
        top = conn.scalar(select(func.max(Customer.id))) or 1
        rows: list[tuple[Any, ...]] = []
        for _ in range(count * 100):
            if len(rows) >= count:
                break
            cid = rng.randint(1, top)
            row = conn.execute(select(Customer.name, Customer.estate, Customer.building,
                                      Customer.entrance, Customer.room,
                                      Customer.account_number).where(
                Customer.id == cid, Customer.building != "")).first()
            phone = conn.scalar(select(CustomerPhone.number)
                                .where(CustomerPhone.customer_id == cid).limit(1))
            if row is not None and phone:
                rows.append((*row, phone))
    if not rows:
        raise SystemExit("no customer with a building and a phone to search for")
    kinds: dict[str, list[str]] = {k: [] for k in (
        "estate_initials_typed", "estate_pinyin_typed", "name_initials", "name_pinyin",
        "name_chars", "account", "estate_building", "building_unit_room",
        "estate_phone_tail")}
    for name, estate, building, entrance, room, account, phone in rows:
        ekeys, nkeys = pinyin_keys(estate), pinyin_keys(name)
        initials, full = ekeys[1], ekeys[2]
        kinds["estate_initials_typed"] += [initials[:i] for i in range(1, len(initials) + 1)]
        kinds["estate_pinyin_typed"].append(full[:rng.randint(2, len(full))])
        kinds["name_initials"].append(nkeys[1])
        kinds["name_pinyin"].append(nkeys[2])
        kinds["name_chars"].append(name)
        kinds["account"].append(account[:rng.randint(4, len(account))].lower())
        kinds["estate_building"].append(f"{estate} {building}号楼")
        kinds["building_unit_room"].append(f"{building}-{entrance}-{room}")
        kinds["estate_phone_tail"].append(f"{initials} {phone[-4:]}")
    return {k: v[:count] for k, v in kinds.items()}


def _floor(db: Any, text: str) -> Callable[[], Any]:
    """The raw SQL of the search's first index range."""
    from sqlalchemy import text as sql

    word = text.split()[0]
    statement = sql("SELECT customer_id FROM customer_search_key WHERE key >= :lo "
                    "AND key < :hi ORDER BY key LIMIT 50")

    def run() -> Any:
        with db.engine.connect() as conn:
            return conn.execute(statement, {"lo": word, "hi": word + "\U0010ffff"}).all()
    return run


def _measure(url: str, samples: int) -> dict[str, Any]:
    from app.db.database import Database
    from app.repositories.uow import UnitOfWork
    from app.workflows.customers.search import find_customers

    db = Database(url)
    try:
        kinds = _samples(db, random.Random(2026), samples)
        results: dict[str, Any] = {}
        every: list[float] = []
        floors: list[float] = []
        for kind, texts in kinds.items():
            seconds, floor, found = [], [], 0
            for text in texts:
                started = time.perf_counter()
                hits = find_customers(UnitOfWork(db), text)
                seconds.append(time.perf_counter() - started)
                found += bool(hits)
                run = _floor(db, text)
                started = time.perf_counter()
                run()
                floor.append(time.perf_counter() - started)
            every += seconds
            floors += floor
            results[kind] = {"searches": len(texts), "found": found,
                             **summary_ms(seconds), "floor_p50": summary_ms(floor)["p50"]}
        results["all"] = {"searches": len(every), **summary_ms(every),
                          "floor": summary_ms(floors)}
        return results
    finally:
        db.dispose()


def run(args: argparse.Namespace) -> int:
    result: dict[str, Any] = {"customers": args.customers, "backend": args.backend}
    if args.source:  # the data set as it is: its own backend and size, not the options'
        from app.db.database import Database
        from app.repositories.bulk import BulkRepository

        given = Database(args.source)
        try:
            result.update(backend=given.dialect, database="as given",
                          customers=BulkRepository(given.engine).count("customer"))
        finally:
            given.dispose()
        result["search"] = _measure(args.source, args.samples)
    elif args.backend == "postgresql":
        with _pg_database(None) as url:
            _build(url, args.customers)
            result["search"] = _measure(url, args.samples)
    else:
        folder = Path(tempfile.gettempdir()) / "heatdesk-bench"
        folder.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{folder / f'search-{args.customers}.sqlite3'}"
        _build(url, args.customers)
        result["search"] = _measure(url, args.samples)
    emit(result)
    return 0
