"""A leader's etiquette edit at one desk reaches the panel of every open desk within 2 s.

Two desks on one database (two `Database` objects, as two PCs would have), each with its
own DeskWindow and etiquette panel. The leader saves the scripts in the real editor, or
the greeting times, at desk B; desk A's panel must follow through the change feed
(PostgreSQL LISTEN/NOTIFY, SQLite polling every 0.5 s) without a call ending or F5: the
panel reloads its library only between calls otherwise, so nothing but the feed can have
brought the change within the wait.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.desk_window import DeskWindow
from app.ui.etiquette.editor_dialog import ScriptEditorDialog
from app.ui.etiquette.install import ETIQUETTE_FOLLOWER, ETIQUETTE_PANEL, LibraryFollower
from app.ui.etiquette.panel import EtiquettePanel
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore
from app.workflows.etiquette.config import save_config
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

FEED_MS = 2000  # issue 12 item 10: within 2 s
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def leader_desk(desk: Desk, basics) -> Iterator[Desk]:
    """The leader's PC: its own connection pool on the same database."""
    other = Database(desk.db.url)
    yield Desk(db=other, clock=desk.clock).signed_in(basics.leader)
    other.dispose()


def _leader_window(qtbot: QtBot, leader_desk: Desk, tmp_path: Path) -> DeskWindow:
    window = DeskWindow(leader_desk, None, drafts=DraftStore(tmp_path / "leader-drafts"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window


def _listening(qtbot: QtBot, window: DeskWindow) -> EtiquettePanel:
    follower: LibraryFollower = window.slots.require(ETIQUETTE_FOLLOWER)
    qtbot.waitUntil(lambda: follower.feed is not None and follower.feed.feed.ready.is_set(),
                    timeout=10_000)
    return window.slots.require(ETIQUETTE_PANEL)


def test_a_script_saved_in_the_editor_at_another_desk_shows_on_this_panel(
        qtbot: QtBot, open_window: WindowFactory, leader_desk: Desk, tmp_path: Path) -> None:
    agent_window = open_window()
    panel = _listening(qtbot, agent_window)
    _leader_window(qtbot, leader_desk, tmp_path)
    assert panel.script.library.version == 0  # the shipped default

    editor = ScriptEditorDialog(leader_desk)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    settle(qtbot)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.tabs.setCurrentWidget(editor.categories)
    editor.categories.select("farewell")
    editor.categories.phrases.setFocus()
    qtbot.keyClick(editor.categories.phrases, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(editor.categories.phrases, Qt.Key.Key_Return)
    type_text(editor.categories.phrases, "祝您生活愉快")
    qtbot.keyClick(editor.note, Qt.Key.Key_S, CTRL)
    settle(qtbot)

    qtbot.waitUntil(lambda: panel.script.library.version == 1, timeout=FEED_MS)
    farewell = next(c for c in panel.script.library.categories if c.id == "farewell")
    assert "祝您生活愉快" in farewell.phrases


def test_greeting_times_changed_at_another_desk_reach_this_panel(
        qtbot: QtBot, open_window: WindowFactory, leader_desk: Desk, tmp_path: Path,
        zh_translators) -> None:
    agent_window = open_window()
    panel = _listening(qtbot, agent_window)
    assert panel.script.config.afternoon_from == time(12, 0)

    save_config(leader_desk.uow(), {"etiquette.afternoon_from": "09:00"})  # it is 09:30

    qtbot.waitUntil(lambda: panel.script.config.afternoon_from == time(9, 0),
                    timeout=FEED_MS)
    agent_window.ring("13912345678")
    settle(qtbot)
    assert panel.rows[0].text.startswith("下午好！")


def test_a_closed_desk_stops_listening(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    follower: LibraryFollower = window.slots.require(ETIQUETTE_FOLLOWER)
    _listening(qtbot, window)
    window.close()
    assert follower.feed is None
