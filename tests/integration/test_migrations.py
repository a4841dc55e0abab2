"""Migrations are the only source of the schema, and a newer schema is refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.db import migrate
from app.db.database import Database
from app.db.errors import SchemaOutdated, SchemaTooNew
from app.models import Base
from app.models.text_search_index import include_object


def test_models_match_the_migrated_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_object": include_object}), Base.metadata)
    assert diff == []


def test_database_is_at_the_single_head(db: Database) -> None:
    assert migrate.current_revisions(db.engine) == {migrate.head_revision()}


def test_sqlite_pragmas(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (conn.execute(text("PRAGMA busy_timeout")).scalar() or 0) >= 1000


def test_newer_schema_is_refused(sqlite_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    shutil.copy(sqlite_template, path)
    db = Database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO alembic_version VALUES ('9999_from_the_future')"))
    with pytest.raises(SchemaTooNew, match="newer than this HeatDesk"):
        db.prepare()
    db.dispose()


def test_fresh_sqlite_file_is_migrated_on_start(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new' / 'desk.sqlite3'}")
    db.prepare()
    assert migrate.is_current(db.engine)
    db.dispose()


@pytest.mark.postgres
def test_shared_postgres_behind_is_not_upgraded_by_a_desk(pg_url: str) -> None:
    db = Database(pg_url)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TABLE alembic_version"))
    try:
        with pytest.raises(SchemaOutdated, match="db upgrade"):
            db.prepare()
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) "
                              "NOT NULL PRIMARY KEY)"))
            conn.execute(text("INSERT INTO alembic_version VALUES (:v)"),
                         {"v": migrate.head_revision()})
        db.dispose()


def test_fast_head_equals_alembics() -> None:
    from alembic.script import ScriptDirectory

    from app.db import revisions

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert [revisions.head()] == script.get_heads()
    assert revisions.known_revisions() == {r.revision for r in script.walk_revisions()}
