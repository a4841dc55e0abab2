"""A database made while the history still had eight heads upgrades to the single head.

Such a database carries one `alembic_version` row per branch (0002-0008, 0090). It is built
here by upgrading an empty database to each of those revisions explicitly, as `upgrade heads`
did before revision 0100 joined them, then brought forward the way the product does it: a
SQLite desk on start, a shared PostgreSQL by `main.py db upgrade`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.cli import run
from app.db import migrate
from app.db.database import Database
from app.db.errors import SchemaOutdated
from app.models import Base
from app.models.text_search_index import include_object
from tests.conftest import PG_ADMIN_URL

OLD_HEADS = {"0002", "0003", "0004", "0005", "0006", "0007", "0008", "0090"}

UNIT = sa.table("unit", sa.column("code"), sa.column("name"), sa.column("phone"),
                sa.column("active", sa.Boolean))
SETTING = sa.table("setting", sa.column("key"), sa.column("value", sa.JSON))
SHIFT_SLOT = sa.table("shift_slot", sa.column("name"), sa.column("start_minute"),
                      sa.column("duration_minutes"), sa.column("position"),
                      sa.column("active", sa.Boolean))


@pytest.fixture
def empty_sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'branched.sqlite3'}"


@pytest.fixture
def empty_pg_url(pg_url: str) -> Iterator[str]:
    """A database of its own, created like pg_url's but left without any schema."""
    name = f"heatdesk_branched_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest) -> str:
    return request.getfixturevalue(f"empty_{'sqlite' if request.param == 'sqlite' else 'pg'}_url")


def _make_at_old_heads(db: Database) -> None:
    for rev in sorted(OLD_HEADS):
        cfg = migrate.alembic_config(db.engine)
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, rev)
    with db.engine.begin() as conn:
        conn.execute(UNIT.insert().values(code="U-OLD", name="老城热力站", phone="0310-1234567",
                                          active=True))
        conn.execute(SETTING.insert().values(key="legacy.kept", value={"days": 3}))
        conn.execute(SHIFT_SLOT.insert().values(name="早班", start_minute=480,
                                                duration_minutes=480, position=1, active=True))


def _version_rows(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def test_the_old_heads_are_all_joined_by_the_merge() -> None:
    from app.db import revisions

    assert set(revisions.revision_graph()["0100"]) == OLD_HEADS


def test_a_database_at_the_old_heads_upgrades_to_the_single_head(
        empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(empty_url)
    try:
        _make_at_old_heads(db)
        assert sorted(_version_rows(db)) == sorted(OLD_HEADS)
        assert not migrate.is_current(db.engine)
        migrate.check_not_newer(db.engine)  # known revisions: behind, not too new

        assert run(["--lang", "en", "db", "current", "--db", empty_url]) == 0
        assert any(line.endswith("; needs upgrade") for line in capsys.readouterr().out.splitlines())
        if db.is_sqlite:
            db.prepare()  # a desk upgrades its own file on start
        else:
            with pytest.raises(SchemaOutdated, match="db upgrade"):
                db.prepare()  # a desk leaves the shared database to the administrator
            assert run(["db", "upgrade", "--db", empty_url]) == 0
        assert run(["--lang", "en", "db", "current", "--db", empty_url]) == 0
        assert any(line.endswith("; current") for line in capsys.readouterr().out.splitlines())

        assert _version_rows(db) == [migrate.head_revision()]
        assert migrate.is_current(db.engine)
        db.prepare()  # now a plain start, on either backend
        with db.engine.connect() as conn:
            assert conn.execute(sa.select(UNIT.c.name, UNIT.c.active)).all() == [
                ("老城热力站", True)]
            assert conn.execute(sa.select(SETTING.c.value)
                                .where(SETTING.c.key == "legacy.kept")).scalar() == {"days": 3}
            assert conn.execute(sa.select(SHIFT_SLOT.c.name)).scalars().all() == ["早班"]
            assert compare_metadata(MigrationContext.configure(
                conn, opts={"include_object": include_object}), Base.metadata) == []
    finally:
        db.dispose()


def test_a_new_database_is_created_through_the_same_chain(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        db.upgrade()
        assert _version_rows(db) == [migrate.head_revision()]
    finally:
        db.dispose()
