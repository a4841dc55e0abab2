"""`--help` speaks the user's language like the errors do (issue 12.8): Chinese by default,
English with --lang en, for `main.py --help` and every command and kind below it.

- Every help text of the argparse tree (descriptions, options, the command lists) has its
  Chinese in app/cli/help_zh.py, and the table holds no line nothing uses: a new option
  without a Chinese help fails here.
- The Chinese --help of every parser shows those texts, heads its sections with a
  full-width colon and has no ASCII : , ; ( ) beside a Chinese character.
- --lang en prints exactly the English the commands are written with.

Most runs call the CLI entry in-process (one parser tree per run, as main.py does); two
run main.py as a user would.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from app.cli import build_parser, run
from app.cli.help_zh import HELP_ZH, help_texts, parsers, wrap
from tests.e2e.test_cli_database_and_errors import _main
from tests.unit.test_code_punctuation import ASCII_BESIDE_CJK

HAN = re.compile(r"[\u3400-\u9fff]")
ALREADY_CHINESE = {"HeatDesk 供热客服工作台"}  # the program's name, in both languages


def _command_lines() -> list[list[str]]:
    """The words before --help of every parser: [], ["db"], ["print", "visit-notice"] ..."""
    return [each.prog.split()[1:] for each in parsers(build_parser())]


def _help(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    with pytest.raises(SystemExit) as done:
        run([*words, "--help"])
    assert done.value.code == 0
    out: str = capsys.readouterr().out
    return out


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(autouse=True)
def _eighty_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")


def test_every_help_text_has_its_chinese_and_the_table_no_stale_line() -> None:
    shown = list(help_texts(build_parser()))
    missing = sorted({f"{prog}: {text!r}" for prog, text in shown
                      if text not in HELP_ZH and text not in ALREADY_CHINESE})
    assert not missing, "add to app/cli/help_zh.py HELP_ZH:\n" + "\n".join(missing)
    unused = sorted(set(HELP_ZH) - {text for _, text in shown})
    assert not unused, f"HELP_ZH lines no help uses any more: {unused}"
    commands = {each.prog for each in parsers(build_parser())}
    assert {"heatdesk db", "heatdesk user", "heatdesk report", "heatdesk print visit-notice",
            "heatdesk print posting-notice", "heatdesk print work-order", "heatdesk demo",
            "heatdesk ring", "heatdesk bench screen-pop", "heatdesk bench sweep"} <= commands


def test_the_table_is_chinese_with_full_width_punctuation() -> None:
    for english, chinese in HELP_ZH.items():
        assert HAN.search(chinese), english
        assert not ASCII_BESIDE_CJK.search(chinese), chinese
        assert "%" not in chinese  # argparse %-formats help


@pytest.mark.parametrize("words", _command_lines(), ids=lambda w: " ".join(w) or "heatdesk")
def test_help_is_chinese_by_default(capsys: pytest.CaptureFixture[str],
                                    words: list[str]) -> None:
    text = _help(capsys, *words)
    assert text.startswith("用法：heatdesk")
    assert "选项：\n" in text and "options" not in text and "选项:" not in text
    for line in text.splitlines():
        assert not ASCII_BESIDE_CJK.search(line), line
        if line and not line.startswith(" ") and line.endswith(("：", ":")):
            assert line.endswith("："), line        # every section heading
    parser = next(p for p in parsers(build_parser()) if p.prog.split()[1:] == words)
    for _, english in help_texts(parser, deep=False):
        assert _squeezed(HELP_ZH.get(english, english)) in _squeezed(text), english
        if _squeezed(english) not in _squeezed(HELP_ZH.get(english, english)):
            assert _squeezed(english) not in _squeezed(text), english


@pytest.mark.parametrize("words", _command_lines(), ids=lambda w: " ".join(w) or "heatdesk")
def test_help_in_english_is_the_commands_own_words(capsys: pytest.CaptureFixture[str],
                                                   words: list[str]) -> None:
    text = _help(capsys, "--lang", "en", *words)
    parser = next(p for p in parsers(build_parser()) if p.prog.split()[1:] == words)
    assert parser.formatter_class is argparse.HelpFormatter
    assert text == parser.format_help()
    assert text.startswith("usage: heatdesk") and "options:\n" in text


def test_main_py_help_as_a_user_types_it(tmp_path: Path) -> None:
    zh = _main("print", "posting-notice", "--help", data_dir=tmp_path)
    assert zh.returncode == 0, zh.stderr
    assert "必填参数：" in zh.stdout and "选项：" in zh.stdout and "位置参数" not in zh.stdout
    assert "开始时间 YYYY-MM-DD HH:MM" in zh.stdout and "--exception-reason" in zh.stdout
    top = _main("--help", data_dir=tmp_path).stdout
    assert "位置参数：" in top and "服务质量报表，PDF 或 Excel" in top
    en = _main("bench", "sweep", "--help", "--lang", "en", data_dir=tmp_path)
    assert "usage: heatdesk bench sweep" in en.stdout and "skip the desk window" in en.stdout
    assert not HAN.search(en.stdout)
    assert not list(tmp_path.iterdir())                  # help opens no database


def test_chinese_wraps_by_screen_columns_and_keeps_punctuation_on_its_line() -> None:
    text = HELP_ZH["why planned maintenance falls in the heating season or comes at short "
                   "notice (required then)"]
    lines = wrap(text, 30)
    assert "".join(lines) == text
    for line in lines:
        assert sum(2 if HAN.match(c) or c in "（）：，；" else 1 for c in line) <= 30
        assert not line.startswith(("，", "）", "：", "；"))
        assert not line.endswith("（")
    assert wrap("--db DB_URL 数据库 URL（只读）", 80) == ["--db DB_URL 数据库 URL（只读）"]


def test_a_bench_refusal_speaks_the_language_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["bench", "screen-pop", "--customers", "0"]) == 2
    assert "--customers 和 --samples 必须为正数" in capsys.readouterr().err
    assert run(["bench", "screen-pop", "--samples", "0", "--lang", "en"]) == 2
    assert "--customers and --samples must be positive" in capsys.readouterr().err


def test_both_message_catalogues_have_the_same_keys() -> None:
    from app.cli.messages import EN, ZH

    assert set(EN) == set(ZH)
