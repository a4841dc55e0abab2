"""Shared fixtures: real SQLite and real PostgreSQL, both built by the product's migrations.

PostgreSQL tests need a server. With CI=true an unreachable server fails the run; elsewhere
those tests skip and say how to enable them.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("HEATDESK_DATA_DIR", tempfile.mkdtemp(prefix="heatdesk-test-data-"))

import pytest  # noqa: E402
from argon2 import PasswordHasher, Type  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

import app.workflows.auth as _auth  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.db.database import Database  # noqa: E402
from app.models.base import Base  # noqa: E402
from tests.support import seed_basics  # noqa: E402

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
    name = f"heatdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    db = Database(url)
    db.upgrade()
    db.dispose()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _truncate_pg(db: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with db.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))


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
