"""The headless commands of the foundation: `db upgrade`, `db current`, `user add`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import run
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.auth import login

ROOT = Path(__file__).resolve().parents[2]


def test_db_upgrade_then_current(tmp_path: Path, capsys) -> None:
    path = tmp_path / "centre.sqlite3"
    url = f"sqlite:///{path}"
    assert run(["--lang", "en", "db", "current", "--db", url]) == 2  # only looks: no file
    assert f"database file {path} named by --db does not exist" in capsys.readouterr().err
    assert not path.exists()
    assert run(["--lang", "en", "db", "upgrade", "--db", url]) == 0  # creates, as asked
    assert run(["--lang", "en", "db", "current", "--db", url]) == 0
    assert capsys.readouterr().out.strip().endswith("; current")


def test_user_add_creates_a_login(sqlite_db: Database, capsys) -> None:
    code = run(["user", "add", "--job-number", "3007", "--name", "陈静", "--role", "agent",
                "--password", "s3cret-pass", "--db", sqlite_db.url])
    assert code == 0 and "3007" in capsys.readouterr().out
    actor = login(UnitOfWork(sqlite_db), "3007", "s3cret-pass")
    assert (actor.name, actor.role) == ("陈静", "agent")


def test_user_add_rejects_a_short_password(sqlite_db: Database, capsys) -> None:
    code = run(["--lang", "en", "user", "add", "--job-number", "3008", "--name", "x", "--role",
                "agent", "--password", "123", "--db", sqlite_db.url])
    assert code == 2
    assert "--password is too short" in capsys.readouterr().err


def test_console_entry_and_main_py_agree(tmp_path: Path) -> None:
    (tmp_path / "x.sqlite3").touch()  # an empty SQLite file: no schema yet
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "db",
                          "current", "--db", url],
                         capture_output=True, text=True, check=True).stdout
    assert "needs upgrade" in out
