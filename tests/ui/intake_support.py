"""Fixtures and helpers shared by the intake desk's UI tests (tests/ui/test_intake_*.py).

Import the `*_fixture` functions into a test module to make `drafts`, `agent_desk` and
`open_window` available there (tests/ui/conftest.py belongs to the application shell).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.database import Database
from app.models import Contact, Event, Ticket
from app.ui.desk_window import DeskWindow
from app.ui.ops import active_operations
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore

WindowFactory = Callable[..., DeskWindow]


@pytest.fixture(name="drafts")
def drafts_fixture(tmp_path: Path) -> DraftStore:
    """A draft folder of this test only, so no draft leaks into another test."""
    return DraftStore(tmp_path / "drafts")


@pytest.fixture(name="agent_desk")
def agent_desk_fixture(desk: Desk, basics) -> Desk:
    return desk.signed_in(basics.agent)


@pytest.fixture(name="open_window")
def open_window_fixture(qtbot: QtBot, agent_desk: Desk, drafts: DraftStore) -> WindowFactory:
    """Open a shown, active DeskWindow (shortcuts need an active window)."""

    def make(desk: Desk | None = None, ring_server: object = None) -> DeskWindow:
        window = DeskWindow(desk or agent_desk, ring_server, drafts=drafts)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        settle(qtbot)  # the centre's settings and units arrive
        return window

    return make


def counts(db: Database) -> tuple[int, int, int]:
    """(contacts, tickets, events): nothing written means none of them moved."""
    with db.engine.connect() as conn:
        return tuple(conn.execute(select(func.count()).select_from(m)).scalar_one()
                     for m in (Contact, Ticket, Event))  # type: ignore[return-value]


def settle(qtbot: QtBot) -> None:
    """Wait until every operation has delivered its result (on PostgreSQL they run on a
    worker thread; on SQLite they finish within the event that started them)."""
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=10000)


def enter_number(qtbot: QtBot, window: DeskWindow, number: str) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.caller.number, number)
    qtbot.keyClick(window.caller.number, Qt.Key.Key_Return)
    settle(qtbot)


def choose(qtbot: QtBot, combo: QWidget, value: object) -> None:
    """Pick a combo entry by its data with the keyboard, as an agent would."""
    index = combo.findData(value)  # type: ignore[attr-defined]
    assert index >= 0, value
    combo.setFocus()
    while combo.currentIndex() != index:  # type: ignore[attr-defined]
        key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up  # type: ignore[attr-defined]
        qtbot.keyClick(combo, key)
