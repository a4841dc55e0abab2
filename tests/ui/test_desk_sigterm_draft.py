"""SIGTERM closes the desk the normal way: the typed text stays as a draft, even when the
handover guard would refuse a close by the agent (a shutdown cannot be refused)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.main import _DeskClosing
from app.ui.shifts.install import DUTY_GUARD
from app.workflows.drafts import DraftStore
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)
from tests.ui.typing import type_text


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def test_sigterm_keeps_the_typed_text_and_closes_past_the_guard(
        qtbot: QtBot, open_window: WindowFactory, drafts: DraftStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = open_window()
    guard = window.slots.get(DUTY_GUARD)
    assert guard is not None
    monkeypatch.setattr(guard, "may_close", lambda: False)  # on duty: a close is refused
    window.close()
    assert window.isVisible()
    if guard.message is not None:
        guard.message.close()
    closing = _DeskClosing(window)
    type_text(window.form.description, "暖气不热")  # autosave not yet written
    closing.terminate()  # what the SIGTERM handler does; the closing runs from the loop
    qtbot.waitUntil(lambda: bool(quits))
    assert not window.isVisible()
    draft = drafts.load("1001")
    assert draft is not None and draft["form"]["description"] == "暖气不热"
