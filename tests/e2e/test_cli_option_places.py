"""--demo and --lang work before or after the command (issue 12.2: `--demo` works for every
command, as a user types it: `main.py report --demo complaints ...`); a bench keeps its own
--db. Subprocess runs of main.py, as in test_cli_database_and_errors."""

from __future__ import annotations

from pathlib import Path

from app.cli import build_parser
from app.paths import DEMO_DATABASE_FILE
from tests.e2e.test_cli_database_and_errors import _main


def test_demo_and_lang_after_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _main("report", "--demo", "complaints", "--season", "2025-2026", "-o",
                 str(tmp_path / "c.pdf"), "--lang", "en", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "figure(s) written to" in done.stdout              # English, asked for last
    assert (tmp_path / "c.pdf").stat().st_size > 1000
    assert [p.name for p in data.iterdir() if p.suffix == ".sqlite3"] == [DEMO_DATABASE_FILE]


def test_lang_after_the_command_speaks_the_refusal(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = _main("print", "work-order", "--ticket", "GD00000001", "-o",
                 str(tmp_path / "w.pdf"), "--lang", "en", data_dir=data)
    assert done.returncode == 2
    assert "default database file" in done.stderr and "Traceback" not in done.stderr


def test_a_command_given_demo_before_keeps_it_and_bench_keeps_its_db() -> None:
    parser = build_parser()
    before = parser.parse_args(["--demo", "report", "complaints", "--season", "2025-2026",
                                "-o", "x.pdf"])
    assert before.demo is True and before.lang is None
    after = parser.parse_args(["report", "complaints", "--season", "2025-2026", "-o",
                               "x.pdf", "--demo", "--lang", "en"])
    assert after.demo is True and after.lang == "en"
    plain = parser.parse_args(["report", "complaints", "--season", "2025-2026", "-o", "x.pdf"])
    assert plain.demo is False and plain.db is None
    own = parser.parse_args(["report", "complaints", "--season", "2025-2026", "-o", "x.pdf",
                             "--db", "sqlite:///x.sqlite3"])
    assert own.db is None and own.db_url == "sqlite:///x.sqlite3"
