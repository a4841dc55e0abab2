"""More of the command line's refusals as sentences in the user's words (issue 12.8).

Each names the argument that is actually wrong and says the reason in the user's language,
where Python, argparse, SQLAlchemy or the socket had said it in English or as a traceback:
a database URL of another kind or driver, a ring port or timeout, HEATDESK_RING_PORT, a
number argparse could not read, a question at the terminal with nothing to answer it, an
import file that is not there. In-process through `app.cli.run`; the one data-layer test
on SQLite and PostgreSQL (the `db` fixture).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import run
from tests.e2e.test_cli_database_and_errors import ROOT, _url


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """What the command said on stderr, having refused with exit code 2."""
    try:
        code = run(argv)
    except SystemExit as exit_:  # argparse refuses by exiting
        code = exit_.code
    assert code == 2, argv
    err = capsys.readouterr().err
    assert "Traceback" not in err, err
    return err


@pytest.mark.parametrize("url, words", [
    ("mysql://x/y", "--db 给出的数据库地址 'mysql://x/y' 不是有效的数据库 URL（HeatDesk 只支持 "
                    "sqlite 和 postgresql，不支持 mysql）"),
    ("postgresql+psycopg2://h/x", "（本 HeatDesk 没有 psycopg2 驱动，请写 postgresql:// 或 sqlite:///）"),
    ("postgresql://h:abc/x", "（格式应为 postgresql://用户@服务器/数据库 或 sqlite:///文件路径）"),
])
def test_a_database_url_of_another_kind_is_refused_in_words(
        url: str, words: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(["report", "complaints", "--season", "2025-2026", "-o",
                    str(tmp_path / "c.pdf"), "--db", url], capsys)
    assert words in err and not list(tmp_path.iterdir())


def test_ring_port_timeout_and_environment_are_named(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    assert "参数 --port：'70000' 不是端口号（应为 1 到 65535 之间的整数）" in _refused(
        ["ring", "13800138000", "--port", "70000"], capsys)
    assert "argument --port: 'abc' is not a port" in _refused(
        ["--lang", "en", "ring", "13800138000", "--port", "abc"], capsys)
    assert "参数 --timeout：'-1' 不是大于 0 的秒数" in _refused(
        ["ring", "13800138000", "--timeout", "-1"], capsys)
    monkeypatch.setenv("HEATDESK_RING_PORT", "abc")
    err = _refused(["ring", "13800138000"], capsys)
    assert "环境变量 HEATDESK_RING_PORT 的值 'abc' 不是端口号" in err and "--port（" not in err


def test_a_number_argparse_cannot_read_is_named_in_words(
        capsys: pytest.CaptureFixture[str]) -> None:
    assert "参数 --customers：取值 'x' 无效（应为整数）" in _refused(
        ["demo", "--customers", "x"], capsys)
    assert "argument --customers: invalid int value: 'x'" in _refused(
        ["--lang", "en", "demo", "--customers", "x"], capsys)


def test_a_question_with_no_terminal_to_answer_it_is_a_sentence(
        db, basics, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ARG001
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # a script, a scheduler: no answer
    err = _refused(["user", "add", "--job-number", "5005", "--name", "测试", "--role", "agent",
                    "--db", _url(db)], capsys)
    assert "命令需要在终端中回答问题（工号或密码），但没有读到回答" in err
    assert "EOFError" not in err
    sheet = tmp_path / "archive.csv"
    sheet.write_text("户号,户名,电话,小区\nR1,张三,13800138000,西里家园\n", encoding="utf-8")
    assert "--user" in _refused(["import", "customers", str(sheet), "--dry-run",
                                  "--db", _url(db)], capsys)


def test_an_import_file_that_is_not_there_is_said_before_any_question(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("builtins.input", lambda _prompt: pytest.fail("asked a job number"))
    missing = tmp_path / "archive.csv"
    err = _refused(["import", "customers", str(missing), "--dry-run"], capsys)
    assert f"无法读取 {missing}：没有这个文件。" in err


def test_a_password_asked_of_a_script_is_no_traceback(sqlite_db, tmp_path: Path) -> None:
    """Run as a scheduler would: no terminal, the input closed. getpass warned with its
    source path and a line of code before the refusal."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "user", "passwd", "--job-number", "1001",
         "--db", _url(sqlite_db)], cwd=ROOT, stdin=subprocess.DEVNULL, capture_output=True,
        text=True, start_new_session=True, timeout=120,
        env={**os.environ, "HEATDESK_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2
    assert "命令需要在终端中回答问题" in done.stderr
    assert "getpass" not in done.stderr and "Traceback" not in done.stderr
