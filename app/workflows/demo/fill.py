"""Demo data: a realistic, reproducible hotline to try HeatDesk and to benchmark it.

`generate_demo` fills a database with units, staff of every role, customers with phones,
addresses and contract terms, and a heating season of contacts and work orders. The same
seed and the same clock give identical rows. The rows bypass the per-row audit hook (a
million audit events would only describe the generator); one summary event says that demo
data was generated, by whom, with which seed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from app.models.staff import Unit
from app.repositories.bulk import BulkRepository
from app.repositories.bulk_schema import DEFERRABLE
from app.repositories.customers.search_keys import key_estates
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.demo import data as demo_data
from app.workflows.demo.data import DEMO_USERS
from app.workflows.demo.extras import ExtrasSummary, fill_extras
from app.workflows.demo.pipeline import demo_chunks
from app.workflows.demo.rows import DemoGenerator, IdCursor
from app.workflows.desk import Desk
from app.workflows.settings import load_settings, save_setting

__all__ = ["DEMO_USERS", "DemoRefused", "DemoSummary", "ensure_demo_data", "generate_demo"]

DEFAULT_SEED = 2026
FIRST_START_CUSTOMERS = 2_000
CHUNK_CUSTOMERS = 5_000
Progress = Callable[[int, int], None]


class DemoRefused(RuntimeError):
    """The database already holds customers and `append` was not asked for."""


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    contacts: int
    tickets: int
    phones: int
    seed: int
    seconds: float
    extras: ExtrasSummary | None = None  # None: appended, or extras=False


def _ensure_units_and_staff(desk: Desk, bulk: BulkRepository) -> None:
    """The executing units and demo users, created once; existing ones are kept."""
    units = bulk.ids_by_key("unit", "code")
    missing = [u for u in demo_data.UNITS if u[0] not in units]
    if missing:
        with UnitOfWork(desk.db, None, desk.clock) as uow:
            for code, name, phone in missing:
                uow.units.add(Unit(code=code, name=name, phone=phone))
            if not load_settings(uow).text("company.hotline"):
                save_setting(uow, "company.hotline", demo_data.DEMO_HOTLINE)
            uow.commit()
        units = bulk.ids_by_key("unit", "code")
    staff = bulk.ids_by_key("staff", "job_number")
    for job_number, name, role, password in DEMO_USERS:
        if job_number not in staff:
            unit_id = units[demo_data.TECHNICIAN_UNIT] if role == "technician" else None
            seed_user(UnitOfWork(desk.db, None, desk.clock), job_number, name, role,
                        password, unit_id=unit_id)


def _generator(desk: Desk, bulk: BulkRepository, seed: int,
               contacts_per_customer: float) -> DemoGenerator:
    units = bulk.ids_by_key("unit", "code")
    staff = bulk.ids_by_key("staff", "job_number")
    with UnitOfWork(desk.db, None, desk.clock) as uow:
        settings = load_settings(uow)
    roles = {job: role for job, _, role, _ in DEMO_USERS}
    return DemoGenerator(
        seed, desk.clock(), contacts_per_customer=contacts_per_customer,
        sla_hours={level: settings.sla_hours(level) for level in (1, 2, 3)},
        agent_ids=[staff[j] for j, r in roles.items() if r in ("agent", "shift_leader")],
        technician_id=next(staff[j] for j, r in roles.items() if r == "technician"),
        unit_ids=units,
        leader_id=next(staff[j] for j, r in roles.items() if r == "shift_leader"),
        callback_hours=int(settings.number("ticket.callback_hours")),
    )


def generate_demo(desk: Desk, customers: int, seed: int = DEFAULT_SEED, *,
                  contacts_per_customer: float = 3.0, append: bool = False,
                  extras: bool = True, progress: Progress | None = None,
                  log: Callable[[str], None] | None = None) -> DemoSummary:
    """`progress(done, total)` after each chunk of customers; `log` names the steps after
    the rows (indexes, text search), which take a good part of a large load.

    Into an empty database the extras follow the rows (roster, handovers, orders with
    their history, incidents, notices, quality, surveys; `app/workflows/demo/extras`),
    written through the workflows at their moments before `now`; an `append` adds rows
    only, and so does `extras=False`: the extras cost the same whatever the size, which
    tests of the bulk load itself and small bench runs need not pay."""
    if customers < 0 or contacts_per_customer < 0:
        raise ValueError("customers and contacts per customer cannot be negative")
    started = time.perf_counter()
    bulk = BulkRepository(desk.db.engine)
    existing = bulk.count("customer")
    if existing and not append:
        raise DemoRefused(
            f"The database already holds {existing:,} customers. Demo data goes into an "
            "empty database; pass --append to add demo customers anyway.")
    _ensure_units_and_staff(desk, bulk)
    generator = _generator(desk, bulk, seed, contacts_per_customer)
    start = bulk.next_ids()
    ids = IdCursor(customer=start["customer"], phone=start["customer_phone"],
                   contact=start["contact"], ticket=start["ticket"],
                   callback=start["ticket_callback"], survey=start["survey_form"],
                   event=start["event"])
    # into an empty database the extras follow; PostgreSQL builds the audit table's
    # indexes beside them (bulk_schema.DEFERRABLE), on the core they leave idle
    stories = extras and not existing and customers > 0
    conn = bulk.open()
    try:
        done = 0
        for size, encoded in demo_chunks(generator, ids, customers, CHUNK_CUSTOMERS,
                                         bulk.sqlite):
            bulk.write_encoded(conn, encoded)
            done += size
            if progress:
                progress(done, customers)
        bulk.analyze(conn, log, defer=DEFERRABLE if stories else frozenset())
    finally:
        bulk.close(conn)
    filled = None
    try:
        key_estates(desk.db.engine, start["customer"])  # the customers' own came with them
        admin = bulk.ids_by_key("staff", "job_number").get(DEMO_USERS[-1][0])
        bulk.add_event("demo", "generate", {
            "customers": customers, "seed": seed,
            "contacts_per_customer": contacts_per_customer,
        }, desk.clock(), actor_id=admin)
        if stories:
            if log:
                log("roster, handovers, order histories, quality and surveys")
            filled = bulk.beside_deferred(
                lambda: fill_extras(desk, seed, range(start["customer"], ids.customer)), log)
    finally:
        bulk.finish_deferred(log)
    after = bulk.next_ids()
    return DemoSummary(
        # the extras' billing import adds a few households (and phones) of its own
        customers=after["customer"] - start["customer"],
        contacts=after["contact"] - start["contact"],
        tickets=after["ticket"] - start["ticket"],
        phones=ids.phone - start["customer_phone"],  # the bulk rows' (edits renumber some)
        seed=seed, seconds=round(time.perf_counter() - started, 3), extras=filled)


def ensure_demo_data(desk: Desk) -> bool:
    """First start in demo mode: demo users and a small history when nobody exists yet.

    Returns False (and touches nothing) once any staff member exists, so a demo database
    is filled exactly once.
    """
    with desk.uow() as uow:
        if uow.staff.count() > 0:
            return False
    generate_demo(desk, FIRST_START_CUSTOMERS, DEFAULT_SEED)
    return True
