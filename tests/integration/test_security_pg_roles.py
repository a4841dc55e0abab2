"""Least privilege on PostgreSQL (issue 15): after `db roles` the desk role reads and writes
data but cannot touch the audit log beyond appending, cannot disable its triggers, cannot
create or drop tables, and `db upgrade` refuses it. Each run makes its own database and
uniquely named roles (tests may run in parallel workers) and drops them afterwards."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from app.cli import run
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.auth import login, seed_user
from tests.conftest import PG_ADMIN_URL

pytestmark = pytest.mark.postgres


@dataclass(frozen=True)
class Centre:
    admin_url: str  # the database's owner (the test server's superuser)
    owner: str
    desk: str

    def as_role(self, role: str) -> str:
        return make_url(self.admin_url).set(username=role, password=None).render_as_string(
            hide_password=False)


@pytest.fixture(scope="module")
def centre(pg_url: str) -> Iterator[Centre]:
    """One database with its roles for this module (each test leaves it usable)."""
    tag = uuid.uuid4().hex[:8]
    name, owner, desk = f"heatdesk_roles_{tag}", f"hd_owner_{tag}", f"hd_desk_{tag}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    Database(url).upgrade()
    answers = ["owner-secret-1", "owner-secret-1", "desk-secret-1", "desk-secret-1"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("getpass.getpass", lambda _prompt="": answers.pop(0))
        assert run(["--lang", "en", "db", "roles", "--db", url, "--owner", owner,
                    "--desk", desk]) == 0
    try:
        yield Centre(url, owner, desk)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for role in (desk, owner):
                conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def _refused(engine, sql: str) -> str:
    with engine.connect() as conn, pytest.raises(ProgrammingError) as err:
        conn.execute(text(sql))
    return str(err.value.orig)


def test_the_desk_role_appends_to_the_audit_log_and_nothing_more(centre: Centre) -> None:
    db = Database(centre.as_role(centre.desk))
    try:
        # the application works as the desk role: an account, a login, their events
        seed_user(UnitOfWork(db), "1701", "王芳", "agent", "agent-password-1")
        assert login(UnitOfWork(db), "1701", "agent-password-1").job_number == "1701"
        engine = db.engine
        for sql in ("UPDATE event SET action = 'x'", "DELETE FROM event",
                    "TRUNCATE event", "TRUNCATE customer"):
            assert "permission denied" in _refused(engine, sql), sql
        for sql in ("ALTER TABLE event DISABLE TRIGGER event_append_only",
                    "ALTER TABLE event DISABLE TRIGGER ALL", "DROP TABLE customer",
                    "DROP TRIGGER event_append_only ON event"):
            assert "must be owner" in _refused(engine, sql), sql
        assert "permission denied" in _refused(engine, "CREATE TABLE intruder (id int)")
        assert "permission denied" in _refused(engine, "UPDATE alembic_version SET "
                                                       "version_num = 'x'")
    finally:
        db.dispose()


def test_db_upgrade_refuses_the_desk_role_and_runs_as_the_owner(
        centre: Centre, capsys) -> None:
    assert run(["--lang", "en", "db", "upgrade", "--db", centre.as_role(centre.desk)]) == 2
    err = capsys.readouterr().err
    assert f"role '{centre.desk}' may not change the schema" in err
    assert f"owner role '{centre.owner}'" in err
    assert run(["--lang", "en", "db", "upgrade", "--db", centre.as_role(centre.owner)]) == 0


def test_a_table_a_later_revision_creates_is_granted_to_the_desk(centre: Centre) -> None:
    owner = create_engine(centre.as_role(centre.owner))
    with owner.begin() as conn:  # what a later revision does, as the owner
        conn.execute(text("CREATE TABLE later_feature (id serial PRIMARY KEY, note text)"))
    owner.dispose()
    desk = create_engine(centre.as_role(centre.desk))
    with desk.begin() as conn:
        conn.execute(text("INSERT INTO later_feature (note) VALUES ('ok')"))
        assert conn.execute(text("SELECT count(*) FROM later_feature")).scalar() == 1
    assert "permission denied" in _refused(desk, "TRUNCATE later_feature")
    desk.dispose()


def test_roles_refuse_a_sqlite_file(sqlite_db: Database, capsys) -> None:
    assert run(["--lang", "en", "db", "roles", "--db", sqlite_db.url]) == 2
    assert "database roles exist only on PostgreSQL" in capsys.readouterr().err


def test_running_db_roles_again_keeps_the_audit_log_append_only(
        centre: Centre, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "")  # keep both passwords
    assert run(["--lang", "en", "db", "roles", "--db", centre.admin_url, "--owner",
                centre.owner, "--desk", centre.desk]) == 0
    desk = create_engine(centre.as_role(centre.desk))
    assert "permission denied" in _refused(desk, "DELETE FROM event")
    with desk.begin() as conn:
        assert conn.execute(text("SELECT count(*) FROM staff")).scalar() is not None
    desk.dispose()
