"""Shared fixtures: real SQLite and real PostgreSQL, both built by the product's migrations.

PostgreSQL tests need a server. With CI=true an unreachable server fails the run; elsewhere
those tests skip and say how to enable them.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import sys
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Each test process (the pytest-xdist workers too) gets a data folder and a ring port of
# its own, whatever the developer's shell exports: a desk a test opens never meets another
# process's ring.port, drafts or dialogs.ini, nor finds the ring port taken.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HEATDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="heatdesk-test-data-")
atexit.register(shutil.rmtree, os.environ["HEATDESK_DATA_DIR"], ignore_errors=True)
os.environ["HEATDESK_RING_PORT"] = str(_free_port())

import pytest  # noqa: E402
from argon2 import PasswordHasher, Type  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

import app.workflows.auth as _auth  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.db.database import Database  # noqa: E402
from app.models.base import Base  # noqa: E402
from tests.demo_support import DemoCopy, generate_original  # noqa: E402
from tests.support import seed_basics  # noqa: E402

if TYPE_CHECKING:
    from app.workflows.demo.fill import DemoSummary

# Argon2id with the production parameters costs ~0.1-0.2 s a hash on this machine, and
# nearly every test creates users. Tests use argon2id with tiny parameters instead;
# tests/unit/test_password_hashing.py checks the production parameters themselves.
PRODUCTION_HASHER = _auth._hasher
_auth._hasher = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1, type=Type.ID)

PG_ADMIN_URL = os.environ.get(
    "HEATDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _pg_reachable() -> str | None:
    try:
        engine = create_engine(PG_ADMIN_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
        return None
    except Exception as exc:  # any failure means: no server to test against
        return str(exc).splitlines()[0]


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type) -> object:
    """pytest-qt's application, with the desk's garbage collection: cycles are collected on
    this (the GUI) thread only (app/ui/memory.py), never on an operation's worker, which
    once freed an earlier test's windows there and crashed the process."""
    from PySide6.QtWidgets import QApplication

    from app.ui import memory

    app = QApplication.instance() or qapp_cls(qapp_args)
    memory.install(app)
    return app


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Between tests the collector's timer may not have run (no event loop): collect here,
    on the main thread, what is due."""
    yield
    memory = sys.modules.get("app.ui.memory")
    if memory is not None and memory.installed():
        memory.collect_due()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file; each test gets a copy (migrating per test is slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    db.prepare()
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    problem = _pg_reachable()
    if problem:
        message = (f"PostgreSQL not reachable at {PG_ADMIN_URL} ({problem}). Start it "
                   "(pg_ctlcluster --skip-systemctl-redirect <version> main start) or point "
                   "HEATDESK_TEST_PG_URL at a server to run these tests.")
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)
    url = create_pg_database("heatdesk_test")
    db = Database(url)
    db.upgrade()
    db.dispose()
    yield url
    drop_pg_database(url)


@pytest.fixture
def own_pg_db(pg_url: str) -> Iterator[Database]:
    """A database of this test's own, migrated afresh, for the tests of query plans. A
    test before may have downgraded and upgraded the shared one: the index was then made
    again over a table with updated rows, PostgreSQL marked it `indcheckxmin` (seen in a
    failing run) and a plan left it out, a seq scan though nothing else was allowed."""
    url = create_pg_database("heatdesk_plan")
    db = Database(url)
    db.upgrade()
    try:
        yield db
    finally:
        db.dispose()
        drop_pg_database(url)


def create_pg_database(prefix: str, template: str | None = None) -> str:
    """A new database with a name no other test process uses (a copy of `template`'s
    database when given: nobody may be connected to that one); returns its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    source = f' TEMPLATE "{make_url(template).database}"' if template else ""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{source}'))
    finally:
        admin.dispose()
    return make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(
                f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    finally:
        admin.dispose()


TABLES = [t.name for t in Base.metadata.sorted_tables]
# Each table's rows, counted up to BIG_TABLE_ROWS, in one round trip.
BIG_TABLE_ROWS = 1000
_TABLE_ROWS = text(" UNION ALL ".join(
    f"SELECT '{name}', (SELECT count(*) FROM (SELECT 1 FROM \"{name}\" "
    f"LIMIT {BIG_TABLE_ROWS}) AS r)" for name in TABLES))
# The id sequences of those tables that have handed out a number.
_USED_SEQUENCES = text(
    "SELECT quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename) "
    "FROM pg_sequences s JOIN pg_class q ON q.relname = s.sequencename AND q.relkind = 'S' "
    "JOIN pg_depend d ON d.objid = q.oid AND d.deptype IN ('a', 'i') "
    "JOIN pg_class t ON t.oid = d.refobjid "
    "WHERE s.last_value IS NOT NULL AND t.relname = ANY(:tables)")


def _truncate_pg(db: Database) -> None:
    """Every table empty and every id sequence restarted, as in a newly migrated database.

    TRUNCATE of every table took 0.3-1 s (it makes new files for each table and index);
    most tests write a few tables, which are emptied by DELETE with the triggers and
    foreign-key checks off (superuser only, as the test server's postgres user is), and
    only a big table is truncated."""
    with db.engine.begin() as conn:
        rows = {name: count for name, count in conn.execute(_TABLE_ROWS)}
        superuser = conn.execute(text("SELECT rolsuper FROM pg_roles "
                                      "WHERE rolname = current_user")).scalar_one()
        big = [t for t in TABLES if rows[t] >= BIG_TABLE_ROWS or (rows[t] and not superuser)]
        small = [t for t in TABLES if 0 < rows[t] < BIG_TABLE_ROWS and t not in big]
        sequences = conn.execute(_USED_SEQUENCES, {"tables": TABLES}).scalars().all()
        if big:
            tables = ", ".join(f'"{t}"' for t in big)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        if small:
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            for table in small:
                conn.execute(text(f'DELETE FROM "{table}"'))
        for sequence in sequences:
            conn.execute(text(f"ALTER SEQUENCE {sequence} RESTART"))


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "heatdesk.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    db.prepare()
    yield db
    db.dispose()


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    db = Database(pg_url)
    _truncate_pg(db)
    yield db
    db.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """The same test on both backends."""
    return request.getfixturevalue("sqlite_db" if request.param == "sqlite" else "pg_db")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))  # 09:30 in Beijing


@pytest.fixture
def basics(db: Database, clock: FixedClock):
    """An agent, a leader, two units and two customers, created through the workflows."""
    return seed_basics(db, clock)


# The demo (tests/demo_support.py): made once per test process and backend, copied per test.
@pytest.fixture(scope="session")
def demo_sqlite_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory,
                         ) -> tuple[Path, DemoSummary]:
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite3"
    shutil.copy(sqlite_template, path)
    return path, generate_original(Database(f"sqlite:///{path}"))


@pytest.fixture(scope="session")
def demo_pg_template(pg_url: str) -> Iterator[tuple[str, DemoSummary]]:
    url = create_pg_database("heatdesk_demo_template")
    try:
        db = Database(url)
        db.upgrade()
        yield url, generate_original(db)
    finally:
        drop_pg_database(url)


@pytest.fixture
def demo_sqlite(demo_sqlite_template: tuple[Path, DemoSummary],
                tmp_path: Path) -> Iterator[DemoCopy]:
    template, summary = demo_sqlite_template
    path = tmp_path / "demo.sqlite3"
    shutil.copy(template, path)
    db = Database(f"sqlite:///{path}")
    db.prepare()
    yield DemoCopy(db, summary)
    db.dispose()


@pytest.fixture
def demo_pg(demo_pg_template: tuple[str, DemoSummary]) -> Iterator[DemoCopy]:
    template, summary = demo_pg_template
    url = create_pg_database("heatdesk_demo", template=template)
    db = Database(url)
    try:
        yield DemoCopy(db, summary)
    finally:
        db.dispose()
        drop_pg_database(url)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_copy(request: pytest.FixtureRequest) -> DemoCopy:
    """A fresh copy of tests/demo_support.py's demo on both backends, as if the test had
    generated it itself into an empty database (the original is made once per process)."""
    return request.getfixturevalue("demo_sqlite" if request.param == "sqlite" else "demo_pg")
