"""The shift leader edits the scripts in the app: saved as a version, kept across restarts,
bad input shown at the field with nothing written, old versions restored; the figures."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.etiquette.editor_dialog import ScriptEditorDialog
from app.ui.etiquette.figures_dialog import FiguresDialog
from app.ui.etiquette.install import install_etiquette
from app.workflows.desk import Desk
from app.workflows.etiquette.scripts import current_library, library_history
from app.workflows.etiquette.supervision import record_call
from app.workflows.intake import IntakeForm, save_intake
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _open_editor(qtbot: QtBot, desk: Desk) -> ScriptEditorDialog:
    dialog = ScriptEditorDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)  # the scripts in force, their history and the times arrive
    dialog.activateWindow()  # shortcuts need the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _retype(qtbot: QtBot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(edit, text)


def test_leader_edits_a_phrase_and_it_persists_across_a_restart(
        qtbot: QtBot, desk: Desk, db: Database, basics, zh_translators) -> None:
    leader = desk.signed_in(basics.leader)
    dialog = _open_editor(qtbot, leader)
    assert dialog.version_label.text() == "当前使用版本：系统默认话术"
    dialog.tabs.setCurrentWidget(dialog.categories)
    dialog.categories.select("farewell")
    dialog.categories.phrases.setFocus()
    qtbot.keyClick(dialog.categories.phrases, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(dialog.categories.phrases, Qt.Key.Key_Return)
    type_text(dialog.categories.phrases, "祝您生活愉快")
    type_text(dialog.note, "告别语增加一条")
    qtbot.keyClick(dialog.note, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert dialog.error.text() == "已保存为第 1 版。"
    assert dialog.version_label.text() == "当前使用版本：1"

    restarted = Database(db.url)  # another start of the program on the same database
    try:
        library = current_library(Desk(db=restarted, clock=desk.clock).uow())
    finally:
        restarted.dispose()
    farewell = next(c for c in library.categories if c.id == "farewell")
    assert farewell.phrases == ("再见", "明天见", "祝您一路平安", "祝您生活愉快")
    reopened = _open_editor(qtbot, leader)
    assert reopened.history_table.item(0, 3).text() == "告别语增加一条"
    assert reopened.history_table.item(0, 2).text() == "赵强"


def test_a_wrong_placeholder_is_shown_at_the_stage_and_nothing_is_saved(
        qtbot: QtBot, desk: Desk, basics, zh_translators) -> None:
    leader = desk.signed_in(basics.leader)
    dialog = _open_editor(qtbot, leader)
    dialog.tabs.setCurrentWidget(dialog.stages)
    dialog.stages.select("greeting")
    _retype(qtbot, dialog.stages.phrases, "您好，{工号}号为您服务")
    qtbot.keyClick(dialog.stages.phrases, Qt.Key.Key_S, CTRL)
    assert dialog.tabs.currentWidget() is dialog.stages
    assert dialog.stages.list.currentItem().text() == "问候·自报家门"
    assert dialog.stages.error.isVisible()
    assert "占位符" in dialog.stages.error.text()
    assert library_history(leader.uow()) == []


def test_restore_an_older_version_and_the_open_panel_follows(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics) -> None:
    leader = desk.signed_in(basics.leader)
    window = open_window(leader)
    panel = install_etiquette(window)
    panel.go_to("anything_else")
    dialog = _open_editor(qtbot, leader)
    dialog.saved.connect(panel.set_library)
    dialog.stages.select("anything_else")
    _retype(qtbot, dialog.stages.phrases, "请问您还有其他需要吗？")
    dialog.save()
    settle(qtbot)
    assert [row.text for row in panel.rows] == ["请问您还有其他需要吗？"]
    dialog.tabs.setCurrentWidget(dialog.history)
    dialog.history_table.selectRow(0)
    dialog.restore_selected()  # restores version 1 as version 2: same words
    settle(qtbot)
    assert [h.version for h in library_history(leader.uow())] == [2, 1]
    assert dialog.tabs.currentWidget() is dialog.history  # the leader stays where they were
    dialog.history_table.selectRow(1)
    qtbot.keyClick(dialog.history_table, Qt.Key.Key_R, CTRL)  # the button's animated click
    qtbot.waitUntil(lambda: len(library_history(leader.uow())) == 3)
    assert [h.version for h in library_history(leader.uow())] == [3, 2, 1]


def test_figures_show_each_agent_and_shift(qtbot: QtBot, desk: Desk, basics, clock,
                                           zh_translators) -> None:
    agent = desk.signed_in(basics.agent)
    result = save_intake(agent.uow(), IntakeForm(
        channel="phone", category="repair", description="暖气不热", phone="13811112222",
        answer="已答复", rang_at=clock() - timedelta(seconds=9), answered_at=clock()))
    record_call(agent.uow(), result.contact_id, ["ringing", "greeting", "farewell"], 1)
    dialog = FiguresDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dialog)
    settle(qtbot)  # the figures are counted off the GUI thread
    table = dialog.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells == ["1001 王芳", "2026-11-26 白班 08:00–20:00", "1", "1", "2.0", "100 %",
                     "100 %", "100 %", "1", "0"]  # no shift pattern: the stand-in day
    dialog.by_shift.setChecked(False)
    settle(qtbot)
    assert table.item(0, 1).text() == "全部"


def test_greeting_hours_are_checked_at_the_field_and_saved_whole(
        qtbot: QtBot, desk: Desk, basics, zh_translators) -> None:
    from app.workflows.etiquette.config import current_values

    leader = desk.signed_in(basics.leader)
    dialog = _open_editor(qtbot, leader)
    dialog.tabs.setCurrentWidget(dialog.times)
    afternoon = dialog.times.edits["etiquette.afternoon_from"]
    _retype(qtbot, afternoon, "2500")
    _retype(qtbot, dialog.times.edits["etiquette.night_shift_from"], "2100")
    qtbot.keyClick(afternoon, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert dialog.times.errors["etiquette.afternoon_from"].text() == (
        "请按 时:分 输入时间，例如 08:00。")
    assert afternoon.hasFocus()
    assert current_values(leader.uow())["etiquette.night_shift_from"] == "20:00"  # nothing
    _retype(qtbot, afternoon, "1300")
    qtbot.keyClick(afternoon, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert dialog.error.text() == "时间已保存。"
    values = current_values(leader.uow())
    assert (values["etiquette.afternoon_from"], values["etiquette.night_shift_from"]) == (
        "13:00", "21:00")
    assert library_history(leader.uow()) == []  # the scripts did not change: no new version
