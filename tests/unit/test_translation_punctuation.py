"""Chinese text uses full-width punctuation (：，；（）) and one word for the heating season.

Fails on an ASCII ':', ',' or ';' next to a Chinese character (spaces between count as
next to) in any resources/translations/*_zh_CN.ts translation, and on 采暖季/供热季 there
or in the printed documents. What the user types stays ASCII: times (08:00, 时:分,
HH:MM) and the CSV line format (日期,日均气温 / 2025-12-05,-8.5), which sit between
digits or are listed here. Parentheses around Chinese words are full-width: "（值班长）",
"（第 3.4.2 条）"; a key or mnemonic alone in parentheses stays ASCII: "保存(&S)", "(Ctrl+P)".
So does a file filter "(*.pdf)". Parts of a title are set apart with a dash as the desk's
title is (供热客服工作台 — 登录), not an ASCII " - " between Chinese words. Anything else in ASCII parentheses in a Chinese text, a count
or a unit ("未完结工单(2)", "供热面积(m²)", seen in the demo's screenshots), is full-width.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*_zh_CN.ts"))
CJK = r"[\u3400-\u9fff\u3000-\u303f\uff08\uff09\uff1a\uff0c\uff1b\u201c\u201d]"
ASCII_NEXT_TO_CJK = re.compile(rf"{CJK} *[:,;]|[:,;] *{CJK}")
ASCII_PARENTHESES_ROUND_CHINESE = re.compile(r"\([^()]*[\u3400-\u9fff][^()]*\)")
PARENTHESES = re.compile(r"\([^()]*\)")
KEY_OR_FILTER = re.compile(
    r"\((?:&.|(?:Ctrl|Alt|Shift)\+[^()]*|F\d+|Esc|Enter|Del|Tab|\*\.[^()]*)\)")
HYPHEN_BETWEEN_CHINESE = re.compile(
    r"[\u3400-\u9fff\uff09] +- +[\u3400-\u9fff\uff08]")
LITERALS = ("时:分", "日期,日均气温")  # what the user types or what a CSV line holds
OTHER_SEASON_WORDS = ("采暖季", "供热季", "采暖期", "供暖期", "供热期")


def ascii_punctuation_beside_chinese(text: str) -> list[str]:
    for literal in LITERALS:
        text = text.replace(literal, "")
    return [m.group(0) for m in ASCII_NEXT_TO_CJK.finditer(text)]


def ascii_parentheses_round_chinese(text: str) -> list[str]:
    return ASCII_PARENTHESES_ROUND_CHINESE.findall(text)


def ascii_parentheses_not_round_a_key(text: str) -> list[str]:
    if not re.search(r"[\u3400-\u9fff]", text):
        return []
    return [group for group in PARENTHESES.findall(text) if not KEY_OR_FILTER.fullmatch(group)]


def _translations(ts: Path) -> list[tuple[str, str]]:
    found = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        found.append((message.findtext("source") or "", translation.text or ""))
    return found


def test_the_check_finds_ascii_punctuation_and_spares_times() -> None:
    assert ascii_punctuation_beside_chinese("已保存:工单 %1,完成时限 %2") == [
        "存:", ",完"]
    assert ascii_punctuation_beside_chinese("无法连接 ;请重试") == ["接 ;"]
    assert ascii_punctuation_beside_chinese("已保存：工单 %1，例如 08:00。") == []
    assert ascii_punctuation_beside_chinese("请按 时:分 填写，例如 2025-12-05,-8.5") == []


def test_there_are_translations_to_check() -> None:
    assert len(TS_FILES) >= 8


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_chinese_translations_use_full_width_punctuation(ts: Path) -> None:
    bad = [(source, text) for source, text in _translations(ts)
           if ascii_punctuation_beside_chinese(text)]
    assert not bad, f"ASCII :,; beside Chinese in {ts.name} (use ：，；): {bad}"


def test_the_check_finds_ascii_parentheses_round_chinese_and_spares_keys() -> None:
    assert ascii_parentheses_round_chinese("礼仪话术维护(值班长)…") == ["(值班长)"]
    assert ascii_parentheses_round_chinese("%1 级(%2 小时内)，(Ctrl+S 或 Ctrl+Enter)") == [
        "(%2 小时内)", "(Ctrl+S 或 Ctrl+Enter)"]
    assert ascii_parentheses_round_chinese("交班(&H) 打印…(Ctrl+P) PDF 文件 (*.pdf)") == []
    assert ascii_parentheses_round_chinese("礼仪话术维护（值班长）…") == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_chinese_translations_use_full_width_parentheses(ts: Path) -> None:
    bad = [(source, text) for source, text in _translations(ts)
           if ascii_parentheses_round_chinese(text)]
    assert not bad, f"ASCII ( ) round Chinese in {ts.name} (use （）): {bad}"


def test_the_check_finds_a_count_or_unit_in_ascii_parentheses_and_spares_keys() -> None:
    assert ascii_parentheses_not_round_a_key("未完结工单(%1)，供热面积(m²)，与 %2(%3 / %4)") == [
        "(%1)", "(m²)", "(%3 / %4)"]
    assert ascii_parentheses_not_round_a_key(
        "交班(&H) 打印…(Ctrl+P) 接听 (F2) 移除 (Del) PDF 文件 (*.pdf)") == []
    assert ascii_parentheses_not_round_a_key("Ring hook (%1)") == []  # not Chinese


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_chinese_translations_keep_ascii_parentheses_for_keys_only(ts: Path) -> None:
    bad = [(source, text) for source, text in _translations(ts)
           if ascii_parentheses_not_round_a_key(text)]
    assert not bad, f"ASCII ( ) in Chinese in {ts.name} not round a key (use （）): {bad}"


def test_the_check_finds_an_ascii_hyphen_between_chinese_words() -> None:
    assert HYPHEN_BETWEEN_CHINESE.findall("供热客服工作台 - 登录") == ["台 - 登"]
    assert HYPHEN_BETWEEN_CHINESE.findall("供热客服工作台 — 登录，2025-12-05，-8.5") == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_chinese_titles_use_a_dash_not_an_ascii_hyphen(ts: Path) -> None:
    bad = [text for _source, text in _translations(ts) if HYPHEN_BETWEEN_CHINESE.search(text)]
    assert not bad, f"ASCII ' - ' between Chinese words in {ts.name} (use —): {bad}"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_the_heating_season_is_called_gongnuanji(ts: Path) -> None:
    bad = [text for _source, text in _translations(ts)
           if any(word in text for word in OTHER_SEASON_WORDS)]
    assert not bad, f"say 供暖季 in {ts.name}: {bad}"


def test_code_documents_and_command_line_say_gongnuanji() -> None:
    """Every Chinese word the program says outside the .ts files: printed documents,
    workflows, the command line's messages and help, screens, benches, the etiquette
    library and the letterhead (app/cli/messages.py said 供热季)."""
    files = [*sorted((ROOT / "app").rglob("*.py")), *sorted((ROOT / "bench").rglob("*.py")),
             *sorted((ROOT / "resources").rglob("*.json")), ROOT / "main.py",
             *sorted((ROOT / "docs").rglob("*.md")), ROOT / "README.md"]
    bad = [f"{path.relative_to(ROOT)}: {word}" for path in files
           for word in OTHER_SEASON_WORDS if word in path.read_text(encoding="utf-8")]
    assert not bad, f"say 供暖季: {bad}"
