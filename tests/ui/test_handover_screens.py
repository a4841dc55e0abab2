"""History, roster, leave and the Chinese wording of the handover screens (pytest-qt)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app.repositories.uow import UnitOfWork
from app.ui.shifts.duty_guard import DutyIndicator
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.history_window import HistoryWindow
from app.ui.shifts.roster_window import RosterWindow
from app.ui.shifts.sheet import save_sheet
from app.workflows.shifts.handover import HandoverForm, save_handover
from app.workflows.shifts.leave import request_leave
from app.workflows.shifts.signoff import Signature, sign_handover
from tests.shift_support import (
    DAY,
    INCOMING_PASSWORD,
    LEADER_PASSWORD,
    seed_shifts,
    to_handover_time,
)
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


@pytest.fixture
def world(db, clock, basics):
    return seed_shifts(db, clock, basics)


def _signed(db, clock, world) -> int:
    to_handover_time(clock)
    view = save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="换热站巡检正常"), hand_over=True)
    sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                  Signature("1002", INCOMING_PASSWORD),
                  {world.overdue_id, world.callback_id, world.open_id})
    return view.id


def test_handover_dialog_speaks_chinese(qtbot, desk, world, zh_translators):
    dialog = HandoverDialog(desk.signed_in(world.outgoing))
    qtbot.addWidget(dialog)
    settle(qtbot)
    texts = [b.text() for b in dialog.findChildren(QPushButton)]
    assert "交班(&H)" in texts and "保存草稿(&S)" in texts
    assert dialog.windowTitle() == "交接班 — 王芳"
    assert "第 3.4.2 条" in dialog.banner.text()
    assert "设备状况" in [label.text() for label in dialog.findChildren(QLabel)]
    indicator = DutyIndicator(desk.signed_in(world.outgoing))
    qtbot.addWidget(indicator)
    settle(qtbot)
    assert indicator.text() == "在岗：白班 至 20:00"


def test_a_saved_draft_still_keeps_the_agent_on_duty(qtbot, desk, clock, world):
    to_handover_time(clock)
    dialog = HandoverDialog(desk.signed_in(world.outgoing))
    qtbot.addWidget(dialog)
    settle(qtbot)
    type_text(dialog.notes, "草稿")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.view is not None and dialog.view.status == "draft"
    indicator = DutyIndicator(desk.signed_in(world.outgoing))
    qtbot.addWidget(indicator)
    settle(qtbot)
    assert indicator.state is not None and indicator.state.reason == "handover.draft"


def test_history_finds_by_text_shows_read_only_and_appends_corrections(qtbot, desk, clock,
                                                                       db, world, tmp_path):
    handover_id = _signed(db, clock, world)
    history = HistoryWindow(desk.signed_in(world.leader))
    qtbot.addWidget(history)
    settle(qtbot)                                   # a search runs off the GUI thread
    type_text(history.text, "巡检")
    qtbot.mouseClick(history.search_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert [h.id for h in history.results] == [handover_id]
    assert "换热站巡检正常" in history.detail.toPlainText()
    type_text(history.text, "没有")
    qtbot.mouseClick(history.search_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert history.results == [] and not history.append_button.isEnabled()
    history.text.clear()
    qtbot.mouseClick(history.search_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    qtbot.mouseClick(history.append_button, Qt.MouseButton.LeftButton)   # empty correction
    settle(qtbot)
    assert history.errors.error("correction").text()
    type_text(history.correction, "巡检时间应为19:30")
    qtbot.mouseClick(history.append_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "巡检时间应为19:30" in history.detail.toPlainText()
    assert "换热站巡检正常" in history.detail.toPlainText()               # original kept
    pdf = tmp_path / "sheet.pdf"
    written: list[object] = []
    assert save_sheet(history, history.ops, history.errors, history.desk, handover_id,
                      str(pdf), open_after=False, saved=written.append)
    settle(qtbot)                                   # an export runs off the GUI thread
    assert written == [pdf] and pdf.read_bytes().startswith(b"%PDF")


def test_leader_assigns_and_agent_cannot(qtbot, desk, clock, world):
    agent = RosterWindow(desk.signed_in(world.outgoing))
    qtbot.addWidget(agent)
    settle(qtbot)
    assert not agent.assign_button.isEnabled() and not agent.remove_button.isEnabled()
    leader = RosterWindow(desk.signed_in(world.leader))
    qtbot.addWidget(leader)
    settle(qtbot)
    row = leader.week.days.index(DAY + timedelta(days=1))
    leader.grid.setCurrentCell(row, 0)
    leader.staff.setCurrentIndex(leader.staff.findData(world.other.id))
    qtbot.mouseClick(leader.assign_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert leader.grid.item(row, 0).text() == "陈静"
    qtbot.mouseClick(leader.assign_button, Qt.MouseButton.LeftButton)   # twice: refused
    settle(qtbot)
    assert leader.errors.error("staff").text()


def test_leave_is_approved_in_the_leave_tab_and_names_the_gap(qtbot, desk, clock, world):
    request_leave(UnitOfWork(desk.db, world.incoming, clock), DAY, DAY, "就医")
    roster = RosterWindow(desk.signed_in(world.leader))
    qtbot.addWidget(roster)
    settle(qtbot)
    leave = roster.leave
    assert [v.staff_name for v in leave.pending] == ["李明"]
    qtbot.mouseClick(leave.reject_button, Qt.MouseButton.LeftButton)    # a refusal needs a note
    settle(qtbot)
    assert leave.errors.error("note").text()
    qtbot.mouseClick(leave.approve_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "2026-11-26 夜班" in leave.outcome.text()
    assert leave.pending == []
    row = roster.week.days.index(DAY)
    assert roster.grid.item(row, 1).text() == ""


def test_leader_releases_an_unsigned_handover_from_their_own_desk(qtbot, desk, clock, db,
                                                                  world):
    to_handover_time(clock)
    save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="接班人未到"), hand_over=True)
    agent_view = HistoryWindow(desk.signed_in(world.other))
    qtbot.addWidget(agent_view)
    settle(qtbot)
    assert not agent_view.release_button.isVisible()
    history = HistoryWindow(desk.signed_in(world.leader))
    qtbot.addWidget(history)
    history.show()
    settle(qtbot)
    assert history.release_button.isEnabled()
    qtbot.mouseClick(history.release_button, Qt.MouseButton.LeftButton)
    release = history.override_dialog
    assert release.job_number.text() == "2001"
    type_text(release.password, LEADER_PASSWORD)
    qtbot.mouseClick(release.release_button, Qt.MouseButton.LeftButton)   # no reason given
    settle(qtbot)
    assert release.errors.error("reason").text()
    assert release.password.text() == ""                 # a refused attempt clears it
    type_text(release.reason, "李明急诊,由班长安排顶班")
    type_text(release.password, LEADER_PASSWORD)
    with qtbot.waitSignal(release.released):
        qtbot.mouseClick(release.release_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "李明急诊" in history.detail.toPlainText()
    assert not history.release_button.isEnabled()
    indicator = DutyIndicator(desk.signed_in(world.outgoing))
    qtbot.addWidget(indicator)
    settle(qtbot)
    assert indicator.state is not None and indicator.state.may_end


def test_recorded_swap_appears_as_a_staffing_line(qtbot, desk, clock, db, world):
    from app.workflows.shifts.roster import assign
    from app.workflows.shifts.swap import swap_duties

    tomorrow = assign(UnitOfWork(db, world.leader, clock), world.day_slot,
                      DAY + timedelta(days=1), world.other.id)
    swap_duties(UnitOfWork(db, world.other, clock), tomorrow.id, None, world.incoming.id,
                reason="换休")
    dialog = HandoverDialog(desk.signed_in(world.outgoing))
    qtbot.addWidget(dialog)
    settle(qtbot)
    assert dialog.staffing.lines() == ["Swap: 陈静 and 李明 (2026-11-27 白班 / —) 换休"]
