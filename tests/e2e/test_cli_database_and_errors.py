"""The command line end to end (issue 12.2 and 12.8): the workstation's database, sentences.

- One database everywhere: --db, then HEATDESK_DB_URL, then --demo (the GUI's demo file),
  else the desk's default file; a reading command never creates a file; a failure names
  the database.
- Errors are sentences in the user's language (Chinese unless --lang en), never
  tracebacks, naming the argument that is wrong; --ticket takes the GD number; required
  arguments are listed as such in --help; report files get a printed file's permissions;
  a visit notice for a day gone by is refused.

Subprocess tests run `main.py` as a user would; the data-layer ones call the CLI entry on
SQLite and PostgreSQL (the `db` fixture).
"""

from __future__ import annotations

import argparse
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run
from app.paths import DEMO_DATABASE_FILE
from tests.print_support import open_ticket

ROOT = Path(__file__).resolve().parents[2]


def _main(*args: str, data_dir: Path, env: dict[str, str] | None = None,
          ) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "HEATDESK_DB_URL"}
    environment.update({"HEATDESK_DATA_DIR": str(data_dir), **(env or {})})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT,
                          capture_output=True, text=True, env=environment, timeout=300)


def _url(db) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _label(db) -> str:
    url = db.engine.url
    return str(url.database) if db.is_sqlite else f"{url.host}:{url.port or 5432}/{url.database}"


# ---- 12.2 one database everywhere ------------------------------------------------------

def test_a_report_on_a_missing_file_names_it_and_leaves_no_file(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "centre.sqlite3"
    done = _main("report", "complaints", "--season", "2025-2026", "-o",
                 str(tmp_path / "c.pdf"), "--db", f"sqlite:///{missing}", data_dir=tmp_path)
    assert done.returncode == 2
    assert f"--db 指定的数据库文件 {missing} 不存在" in done.stderr
    assert "Traceback" not in done.stderr
    assert not missing.parent.exists() and not (tmp_path / "c.pdf").exists()


def test_without_a_database_the_command_says_where_it_looked_and_how_to_point(
        tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _main("--lang", "en", "print", "work-order", "--ticket", "GD00000001", "-o",
                 str(tmp_path / "w.pdf"), data_dir=data)
    assert done.returncode == 2
    default = data / "heatdesk.sqlite3"
    assert f"default database file {default} does not exist" in done.stderr
    assert "--db" in done.stderr and "HEATDESK_DB_URL" in done.stderr
    assert "--demo" in done.stderr
    assert not default.exists()


def test_an_empty_default_database_says_it_holds_no_data(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert _main("db", "upgrade", data_dir=data).returncode == 0  # asked for: created
    done = _main("report", "satisfaction", "--season", "2025-2026", "-o",
                 str(tmp_path / "s.pdf"), data_dir=data)
    assert done.returncode == 2
    assert f"本机默认数据库 {data / 'heatdesk.sqlite3'} 中还没有数据" in done.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_demo_works_for_a_command_and_is_the_workstations_demo_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.main import database_url  # the GUI's own resolution

    data = tmp_path / "data"
    # looking at a demo not made yet says how it gets made (its hint was to make an
    # empty database in its place) and makes nothing
    looked = _main("--demo", "db", "current", data_dir=data)
    assert looked.returncode == 2 and "Traceback" not in looked.stderr
    assert f"演示数据库 {data / DEMO_DATABASE_FILE} 还没有建立" in looked.stderr
    assert "db upgrade" not in looked.stderr and not (data / DEMO_DATABASE_FILE).exists()
    done = _main("--demo", "report", "complaints", "--season", "2025-2026", "-o",
                 str(tmp_path / "c.pdf"), data_dir=data)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "c.pdf").stat().st_size > 1000
    assert [p.name for p in data.iterdir() if p.suffix == ".sqlite3"] == [DEMO_DATABASE_FILE]
    monkeypatch.setenv("HEATDESK_DATA_DIR", str(data))
    monkeypatch.delenv("HEATDESK_DB_URL", raising=False)
    gui = database_url(argparse.Namespace(db=None, demo=True))
    assert gui == f"sqlite:///{data / DEMO_DATABASE_FILE}"
    again = _main("--demo", "print", "work-order", "--ticket", "GD00000001", "-o",
                  str(tmp_path / "w.pdf"), data_dir=data)
    assert again.returncode == 0, again.stderr  # the same file, now with its demo data


def test_the_environment_is_used_when_no_db_is_given(db, clock, basics, tmp_path,
                                                      monkeypatch, capsys) -> None:
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    monkeypatch.setenv("HEATDESK_DB_URL", _url(db))
    assert run(["print", "work-order", "--ticket", f"GD{ticket:08d}", "-o",
                str(tmp_path / "w.pdf")]) == 0
    assert (tmp_path / "w.pdf").exists()
    assert run(["report", "satisfaction", "--season", "2025-2027", "-o",
                str(tmp_path / "s.pdf")]) == 2
    err = capsys.readouterr().err
    assert f"数据库：{_label(db)}（来自 环境变量 HEATDESK_DB_URL）" in err


def test_every_failure_names_the_database_it_opened(db, basics, tmp_path, capsys) -> None:
    tmp_path = tmp_path / "out"  # the SQLite test database lives in the test's folder
    tmp_path.mkdir()
    for argv in (["report", "satisfaction", "--season", "2025", "-o", str(tmp_path / "s.pdf")],
                 ["print", "work-order", "--ticket", "GD00424242", "-o", str(tmp_path / "w.pdf")],
                 ["user", "add", "--job-number", "1001"]):  # no name and role: refused
        assert run(["--lang", "en", *argv, "--db", _url(db)]) == 2
        err = capsys.readouterr().err
        assert f"Database: {_label(db)} (from --db)." in err, argv
    assert list(tmp_path.iterdir()) == []


# ---- 12.8 sentences, not tracebacks ----------------------------------------------------

@pytest.mark.parametrize("args, env, words", [
    (["--db", "nonsense"], {}, "--db 给出的数据库地址 'nonsense' 不是有效的数据库 URL"),
    ([], {"HEATDESK_DB_URL": "mysql+nodriver://x/y"},
     "环境变量 HEATDESK_DB_URL 给出的数据库地址 'mysql+nodriver://x/y' 不是有效的数据库 URL"),
    (["--db", "postgresql://postgres@127.0.0.1:1/heatdesk"], {},
     "无法打开数据库 127.0.0.1:1/heatdesk（由 --db 指定）"),
])
def test_a_bad_or_unreachable_database_is_a_sentence(tmp_path: Path, args, env,
                                                     words) -> None:
    done = _main("report", "satisfaction", "--season", "2025-2026", "-o",
                 str(tmp_path / "s.pdf"), *args, data_dir=tmp_path, env=env)
    assert done.returncode == 2
    assert words in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") <= 3


def test_a_file_that_is_no_database_is_a_sentence(tmp_path: Path) -> None:
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("not a database, just notes\n" * 200)
    done = _main("--lang", "en", "db", "current", "--db", f"sqlite:///{junk}",
                 data_dir=tmp_path)
    assert done.returncode == 2
    assert f"Cannot open the database {junk}" in done.stderr
    assert "Traceback" not in done.stderr


def test_argparse_speaks_the_users_language_and_lists_required_arguments(
        tmp_path: Path) -> None:
    zh = _main("report", "--help", data_dir=tmp_path).stdout
    required = zh.split("必填参数")[1]
    assert "--season" in required and "-o OUTPUT" in required
    assert zh.startswith("用法：")
    en = _main("--lang", "en", "print", "visit-notice", "--help", data_dir=tmp_path).stdout
    assert "--ticket TICKET" in en.split("required arguments:")[1]
    missing = _main("report", "satisfaction", data_dir=tmp_path)
    assert missing.returncode == 2
    assert "缺少必填参数：--season, -o/--output" in missing.stderr
    listed = _main("report", "--list", data_dir=tmp_path)  # like --help: nothing required
    assert listed.returncode == 0 and "complaints" in listed.stdout


def test_ticket_takes_the_gd_number_and_names_a_wrong_one(db, clock, basics, tmp_path,
                                                          capsys) -> None:
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    for spelling in (f"GD{ticket:08d}", f"gd{ticket}", str(ticket)):
        out = tmp_path / f"{spelling}.pdf"
        assert run(["print", "work-order", "--ticket", spelling, "-o", str(out),
                    "--db", _url(db)]) == 0
        assert out.exists()
    with pytest.raises(SystemExit) as refused:
        run(["print", "work-order", "--ticket", "GX12", "-o", str(tmp_path / "x.pdf"),
             "--db", _url(db)])
    assert refused.value.code == 2
    assert "参数 --ticket：'GX12' 不是工单号" in capsys.readouterr().err


def test_dates_a_visit_in_the_past_and_a_wrong_day_are_refused_by_name(
        db, clock, basics, tmp_path, capsys) -> None:
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    base = ["print", "visit-notice", "--ticket", f"GD{ticket:08d}", "--window", "09:00-12:00",
            "-o", str(tmp_path / "v.pdf"), "--db", _url(db)]
    assert run([*base, "--date", "2020-01-06"]) == 2  # the command runs on the real clock
    assert "--date 已经过去" in capsys.readouterr().err
    assert run(["--lang", "en", *base, "--date", "2030-02-30"]) == 2
    err = capsys.readouterr().err
    assert "--date is not a day: use YYYY-MM-DD" in err and "Traceback" not in err
    assert run(["--lang", "en", *base, "--date", "2030-12-03", "--window", "9-12"]) == 2
    assert "--window needs" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_a_report_file_has_the_permissions_of_a_printed_file(db, clock, basics,
                                                              tmp_path) -> None:
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    report, printed = tmp_path / "s.xlsx", tmp_path / "w.pdf"
    assert run(["report", "satisfaction", "--season", "2025-2026", "-o", str(report),
                "--db", _url(db)]) == 0
    assert run(["print", "work-order", "--ticket", str(ticket), "-o", str(printed),
                "--db", _url(db)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(report.stat().st_mode) == stat.S_IMODE(printed.stat().st_mode)
    assert stat.S_IMODE(report.stat().st_mode) == 0o666 & ~umask
