"""Every feature's Chinese translation is complete and its committed .qm is current.

For EVERY resources/translations/*_zh_CN.ts: no unfinished or empty translation, the same
%1-style placeholders as the source, and the committed .qm byte-for-byte what lrelease
compiles from the .ts now. Plus: Chinese is the default language, English on request.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.i18n import (
    TRANSLATIONS,
    install_translators,
    remove_translators,
    resolve_language,
    translation_files,
)
from app.ui.login_dialog import LoginDialog
from app.ui.messages import KNOWN_CODES, message_for
from app.workflows.desk import Desk

TS_FILES = sorted(TRANSLATIONS.glob("*_zh_CN.ts"))
PLACEHOLDER = re.compile(r"%\d")
CJK = re.compile(r"[\u4e00-\u9fff]")


def _lrelease() -> list[str]:
    """lrelease as shipped inside the PySide6 package, else the venv's pyside6-lrelease."""
    package = Path(PySide6.__file__).parent
    for candidate in (package / "lrelease", package / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("lrelease not found next to PySide6 nor as pyside6-lrelease")
    return [found]


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(source, translation element) of every message still in use."""
    found = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in ("vanished", "obsolete"):
            continue
        found.append((message.findtext("source") or "", translation))
    return found


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is missing, marked unfinished or empty."""
    problems = []
    for source, translation in _messages(ts):
        forms = [] if translation is None else (
            [f.text for f in translation.iter("numerusform")] or [translation.text])
        if (translation is None or translation.get("type") == "unfinished"
                or not all((form or "").strip() for form in forms)):
            problems.append(source)
    return problems


def test_there_are_translations_to_check() -> None:
    assert TRANSLATIONS / "shell_zh_CN.ts" in TS_FILES


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_string_is_translated(ts: Path) -> None:
    assert unfinished(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_the_placeholders(ts: Path) -> None:
    wrong = [source for source, translation in _messages(ts)
             if translation is not None and translation.text is not None
             and sorted(PLACEHOLDER.findall(source)) != sorted(
                 PLACEHOLDER.findall(translation.text))]
    assert wrong == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_what_lrelease_compiles_now(ts: Path, tmp_path: Path) -> None:
    committed = ts.with_suffix(".qm")
    assert committed.exists(), f"compile it: pyside6-lrelease {ts} -qm {committed}"
    fresh = tmp_path / committed.name
    subprocess.run([*_lrelease(), str(ts), "-qm", str(fresh)], check=True,
                   capture_output=True, timeout=120)
    assert fresh.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale: pyside6-lrelease {ts} -qm {committed}")


def test_the_check_sees_unfinished_and_empty_translations(tmp_path: Path) -> None:
    ts = tmp_path / "x_zh_CN.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="zh_CN"><context>'
        "<name>X</name>"
        "<message><source>Done</source><translation>完成</translation></message>"
        '<message><source>Todo</source><translation type="unfinished"></translation></message>'
        "<message><source>Empty</source><translation> </translation></message>"
        '<message><source>Gone</source><translation type="vanished">旧</translation></message>'
        "</context></TS>", encoding="utf-8")
    assert unfinished(ts) == ["Todo", "Empty"]


def test_chinese_is_the_default_and_english_on_request(
        qtbot: QtBot, qapp: QApplication, sqlite_db: Database) -> None:
    assert resolve_language(None) == "zh_CN"
    assert translation_files("en") == []
    desk = Desk(db=sqlite_db)
    for language, title, job_label in (
            (resolve_language(None), "供热客服工作台 — 登录", "工号(&J)"),
            (resolve_language("en"), "HeatDesk - Log in", "&Job number")):
        translators = install_translators(qapp, language)
        try:
            dialog = LoginDialog(desk)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == title
            assert job_label in [label.text() for label in dialog.findChildren(QLabel)]
        finally:
            remove_translators(qapp, translators)


def test_qt_own_buttons_speak_chinese(qtbot: QtBot, zh_translators: list) -> None:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"


def test_every_validation_code_has_a_chinese_sentence(zh_translators: list) -> None:
    for code in KNOWN_CODES:
        text = message_for(code)
        assert CJK.search(text), (code, text)
        assert "%1" not in text
    assert message_for("password.too_short") == "密码至少需要 12 个字符。"


def test_an_unknown_code_still_reads_as_a_sentence_with_the_code() -> None:
    assert message_for("frobnicate.bad") == "This entry is not accepted (frobnicate.bad)."
