"""The Features menu lists only what the signed-in role may use.

The etiquette script editor, the supervision figures (rule 5.4) and the letterhead belong
to shift leaders, supervisors and administrators; an agent's desk shows none of them and
their shortcuts do nothing, instead of opening a refusal.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui import features
from app.ui.desk_window import DeskWindow
from app.ui.etiquette.figures_dialog import FiguresDialog
from app.ui.etiquette.install import ETIQUETTE_EDITOR, ETIQUETTE_FIGURES
from app.ui.printing.install import LETTERHEAD_DIALOG
from app.ui.printing.letterhead_dialog import LetterheadDialog
from app.workflows.auth import seed_user
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
LEADER_KEYS = {"etiquette.editor": "Ctrl+Shift+E", "etiquette.figures": "Ctrl+Shift+G",
               "printing.letterhead": "Ctrl+Shift+K"}
EVERYONE_KEYS = {"Ctrl+Shift+Y", "Ctrl+Shift+V", "Ctrl+Shift+H", "Ctrl+Shift+R", "F6",
                 "F8", "Ctrl+F8"}


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every refusal box a leader-only entry would show (recorded instead of blocking)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    return shown


@pytest.fixture
def leaders_test_entry() -> Iterator[list[str]]:
    opened: list[str] = []
    features.register(features.FeatureAction(
        "Leaders' test entry", "Ctrl+Shift+F12", key="test.leaders",
        open=lambda _window, desk: opened.append(desk.actor.role),
        roles=frozenset({"shift_leader"})))
    yield opened
    features.unregister("test.leaders")


def _menu_keys(window: DeskWindow) -> set[str]:
    return {a.shortcut().toString() for a in window.feature_menu.actions()}


def _window_keys(window: DeskWindow) -> set[str]:
    return {k.toString() for a in window.actions() for k in a.shortcuts()}


def _staff(db: Database, clock, role: str):
    job_number = {"supervisor": "3001", "admin": "3002", "technician": "3003"}[role]
    return seed_user(UnitOfWork(db, None, clock), job_number, "孙丽", role, "staff-pass-1")


def _dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, (FiguresDialog, LetterheadDialog))]


def test_an_agent_sees_no_leader_entries_and_their_shortcuts_do_nothing(
        qtbot: QtBot, open_window: WindowFactory, refusals: list[str]) -> None:
    window = open_window()
    assert _menu_keys(window) >= EVERYONE_KEYS
    assert not set(LEADER_KEYS.values()) & _window_keys(window)  # no action holds them
    for key in (Qt.Key.Key_E, Qt.Key.Key_G, Qt.Key.Key_K):
        qtbot.keyClick(window, key, CTRL_SHIFT)
    assert refusals == []  # the entries would have refused the agent: they never ran
    assert _dialogs() == []
    assert window.slots.get(ETIQUETTE_EDITOR) is None
    assert window.slots.get(ETIQUETTE_FIGURES) is None
    assert window.slots.get(LETTERHEAD_DIALOG) is None


@pytest.mark.parametrize("role", ["shift_leader", "supervisor", "admin"])
def test_leaders_have_the_entries_and_their_shortcuts(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, db: Database, clock,
        basics, refusals: list[str], role: str) -> None:
    actor = basics.leader if role == "shift_leader" else _staff(db, clock, role)
    window = open_window(desk.signed_in(actor))
    assert set(LEADER_KEYS.values()) | EVERYONE_KEYS <= _menu_keys(window)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    figures = window.slots.get(ETIQUETTE_FIGURES)
    assert isinstance(figures, FiguresDialog)
    qtbot.waitUntil(figures.isVisible)
    figures.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)
    letterhead = window.slots.get(LETTERHEAD_DIALOG)
    assert isinstance(letterhead, LetterheadDialog)
    qtbot.waitUntil(letterhead.isVisible)
    letterhead.reject()
    assert refusals == []


def test_a_technician_does_not_get_the_leader_entries(
        open_window: WindowFactory, desk: Desk, db: Database, clock) -> None:
    window = open_window(desk.signed_in(_staff(db, clock, "technician")))
    assert not set(LEADER_KEYS.values()) & _window_keys(window)
    assert "F9" in _menu_keys(window)  # the quality entry is everyone's


def test_a_role_limited_entry_follows_the_signed_in_role(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics,
        leaders_test_entry: list[str]) -> None:
    agent_window = open_window()
    assert "Leaders' test entry" not in [a.text() for a in agent_window.feature_menu.actions()]
    qtbot.keyClick(agent_window, Qt.Key.Key_F12, CTRL_SHIFT)
    assert leaders_test_entry == []
    leader_window = open_window(desk.signed_in(basics.leader))
    assert "Leaders' test entry" in [a.text() for a in leader_window.feature_menu.actions()]
    qtbot.keyClick(leader_window, Qt.Key.Key_F12, CTRL_SHIFT)
    assert leaders_test_entry == ["shift_leader"]


def test_the_registry_filters_by_role(leaders_test_entry: list[str]) -> None:
    keys = {role: {a.key for a in features.available_to(role)}
            for role in ("agent", "shift_leader", None)}
    assert "test.leaders" in keys["shift_leader"]
    assert "test.leaders" not in keys["agent"] | keys[None]
    assert set(LEADER_KEYS) <= keys["shift_leader"]
    assert not set(LEADER_KEYS) & keys["agent"]
    assert {"etiquette.panel", "handover.roster", "reports.surveys"} <= keys["agent"]
