"""The headless commands of the foundation: `db upgrade`, `db current`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.cli import run

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


# `user add` and the other account commands: tests/integration/test_security_cli.py


def test_console_entry_and_main_py_agree(tmp_path: Path) -> None:
    (tmp_path / "x.sqlite3").touch()  # an empty SQLite file: no schema yet
    url = f"sqlite:///{tmp_path / 'x.sqlite3'}"
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "db",
                          "current", "--db", url],
                         capture_output=True, text=True, check=True).stdout
    assert "needs upgrade" in out
