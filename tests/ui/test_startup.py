"""The start-up path as a user meets it: `python main.py` in a real process.

HEATDESK_STARTUP_PROBE=1 makes the process report which first window it showed and exit,
and print start-up errors to stderr instead of waiting for a click on a message box.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.paths import ROOT
from app.ui import startup_errors
from app.ui.main import FIRST_ADMIN_SHOWN, LOGIN_SHOWN, PROBE_ENV_VAR
from app.workflows.auth import seed_user
from app.workflows.desk import DatabaseUnavailable, SchemaOutdated, SchemaTooNew, open_desk

FUTURE_REVISION = "9999_from_the_future"


def _start(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, PROBE_ENV_VAR: "1", "QT_QPA_PLATFORM": "offscreen",
           "HEATDESK_DATA_DIR": str(tmp_path / "data")}
    env.pop("HEATDESK_DB_URL", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _copy(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


def _stamp_future(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"),
                     {"v": FUTURE_REVISION})
    engine.dispose()


def test_a_real_install_without_admin_asks_for_one_before_any_login(
        sqlite_template: Path, tmp_path: Path) -> None:
    # The login window opens at once (logging in disabled while the database opens); a
    # database without an administrator then replaces it with the first-admin dialog.
    result = _start(tmp_path, "--db", _copy(sqlite_template, tmp_path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [LOGIN_SHOWN, FIRST_ADMIN_SHOWN]


def test_with_an_admin_the_login_window_comes_first(
        sqlite_template: Path, tmp_path: Path) -> None:
    url = _copy(sqlite_template, tmp_path)
    desk = open_desk(url)
    seed_user(desk.uow(), "A001", "管理员", "admin", "admin-pass-1")
    desk.db.dispose()
    result = _start(tmp_path, "--db", url, "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [LOGIN_SHOWN]


def test_a_database_from_a_newer_heatdesk_is_refused(
        sqlite_template: Path, tmp_path: Path) -> None:
    url = _copy(sqlite_template, tmp_path)
    _stamp_future(url)
    with pytest.raises(SchemaTooNew) as refused:
        open_desk(url)
    assert refused.value.db_revision == FUTURE_REVISION
    result = _start(tmp_path, "--db", url)
    assert result.returncode == startup_errors.EXIT_SCHEMA_TOO_NEW
    assert FIRST_ADMIN_SHOWN not in result.stdout  # refused before anything else opens
    assert "数据库版本过新" in result.stderr and FUTURE_REVISION in result.stderr


def test_an_unreachable_server_is_a_clear_refusal(tmp_path: Path) -> None:
    url = "postgresql://nobody@127.0.0.1:9/heatdesk"  # port 9 (discard): nothing listens
    with pytest.raises(DatabaseUnavailable):
        open_desk(url)
    result = _start(tmp_path, "--db", url, "--lang", "en")
    assert result.returncode == startup_errors.EXIT_DATABASE_UNAVAILABLE
    assert "HeatDesk cannot reach the database" in result.stderr


def test_the_refusal_texts_say_what_to_do(qapp: object) -> None:
    too_new = startup_errors.describe(SchemaTooNew(FUTURE_REVISION, {"0001", "0002"}))
    assert too_new.exit_code == startup_errors.EXIT_SCHEMA_TOO_NEW
    assert too_new.title == "Database too new"
    assert FUTURE_REVISION in too_new.text and "0001, 0002" in too_new.text
    assert "install the newer HeatDesk" in too_new.text
    outdated = startup_errors.describe(
        SchemaOutdated(db_revisions={"0100"}, app_head="0123", app_version="0.2.0"))
    assert outdated.exit_code == startup_errors.EXIT_SCHEMA_OUTDATED
    assert "heatdesk db upgrade --db <URL>" in outdated.text
    assert "(revision 0100) than HeatDesk 0.2.0 needs (revision 0123)" in outdated.text
    assert "with HeatDesk 0.2.0, the version on this desk" in outdated.text
    other = startup_errors.describe(ValueError("bad url"))
    assert other.exit_code == startup_errors.EXIT_CANNOT_OPEN and "bad url" in other.text
    codes = {too_new.exit_code, outdated.exit_code, other.exit_code,
             startup_errors.EXIT_DATABASE_UNAVAILABLE}
    assert len(codes) == 4 and 0 not in codes


def test_the_refusal_reads_in_chinese(zh_translators: list) -> None:
    too_new = startup_errors.describe(SchemaTooNew(FUTURE_REVISION, {"0001"}))
    assert too_new.title == "数据库版本过新"
    assert f"结构版本 {FUTURE_REVISION}" in too_new.text and "版本 0001" in too_new.text


def test_the_network_share_warning_names_the_file(zh_translators: list) -> None:
    text = startup_errors.network_share_warning("//nas/desk/heatdesk.sqlite3")
    assert text.startswith("数据库文件 //nas/desk/heatdesk.sqlite3 位于网络共享上")
    assert "PostgreSQL" in text
