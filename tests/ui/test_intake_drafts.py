"""A half-typed intake survives a crash: autosaved drafts restored on the next start.

One backend is enough here: the draft is a file, not a database row.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.workflows.drafts import DraftStore
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


def test_draft_restored_after_a_crash(qtbot: QtBot, open_window: WindowFactory,
                                      drafts: DraftStore, basics, clock,
                                      zh_translators) -> None:
    window = open_window()
    rang = clock()
    window.ring("13811112222")
    settle(qtbot)
    clock.advance(seconds=9)
    qtbot.keyClick(window, Qt.Key.Key_F2)  # answered in the 2nd ring (rule 4.4)
    answered = clock()
    choose(qtbot, window.form.category, "heating_quality")
    type_text(window.form.description, "卧室只有15度")
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    qtbot.waitUntil(lambda: drafts.exists("1001"))  # the autosave timer fired
    # the crash: the window vanishes without saving and without a close event, so only
    # what the autosave already wrote to disk can come back
    window.drafts.timer.stop()
    window._tick.stop()
    window.hide()

    again = open_window()
    assert again.draft_notice.isVisible()
    assert again.draft_notice.text() == "已恢复未保存的草稿"
    assert again.form.description.toPlainText() == "卧室只有15度"
    assert again.form.category.currentData() == "heating_quality"
    assert again.form.outcome.currentData() == "work_order"
    assert again.form.unit.currentData() == basics.unit_ids[0]
    assert again.caller.number.text() == "13811112222"
    assert again.card.name.text() == "李娜"  # the customer pops again
    # the call's times come back with the text: the save still records the real answer delay
    assert (again.call.rang_at, again.call.answered_at) == (rang, answered)
    assert again.timer.text() == "应答用时 9 秒 · 2 声"
    assert again.call.customer_id == again.card.card.id


def test_saving_deletes_the_draft_and_a_new_window_starts_clean(
        qtbot: QtBot, open_window: WindowFactory, drafts: DraftStore) -> None:
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    type_text(window.form.description, "咨询收费标准")
    type_text(window.form.answer, "按面积收费，详见收费标准")  # rule 3.6.2(2): answered on the spot
    qtbot.waitUntil(lambda: drafts.exists("1001"))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.last_result is not None
    assert not drafts.exists("1001")
    window.close()
    again = open_window()
    assert not again.draft_notice.isVisible()
    assert again.form.description.toPlainText() == ""


def test_drafts_belong_to_their_agent(qtbot: QtBot, open_window: WindowFactory,
                                      agent_desk, drafts: DraftStore, basics) -> None:
    drafts.save("1001", {"form": {"description": "王芳的草稿"}, "number": "",
                         "customer_id": None})
    leader_window = open_window(agent_desk.signed_in(basics.leader))
    assert leader_window.form.description.toPlainText() == ""
    agent_window = open_window()
    assert agent_window.form.description.toPlainText() == "王芳的草稿"


def test_closing_the_window_writes_a_pending_draft(
        qtbot: QtBot, open_window: WindowFactory, drafts: DraftStore) -> None:
    window = open_window()
    type_text(window.form.description, "刚输入")
    assert window.drafts.timer.isActive() and not drafts.exists("1001")
    window.close()
    assert drafts.load("1001")["form"]["description"] == "刚输入"
