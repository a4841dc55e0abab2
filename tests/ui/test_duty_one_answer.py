"""Duty and handover agree (issue 12 item 3, rule 3.4.2): the status-bar indicator, the
handover dialog and the close guard read one workflow (`duty_state`) and say the same.

A leader who has just signed a handover in is on duty until they hand over themselves; a
desk with no roster says so and points to the roster window, whose empty state explains how
to start. Real widgets on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from app.repositories.uow import UnitOfWork
from app.ui.shifts.duty_guard import DutyGuard, DutyIndicator
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.roster_window import RosterWindow
from app.workflows.desk import Desk
from app.workflows.shifts.duty import REASON_TOOK_OVER
from app.workflows.shifts.handover import HandoverForm, save_handover
from app.workflows.shifts.signoff import Signature, sign_handover
from tests.shift_support import LEADER_PASSWORD, seed_shifts, to_handover_time
from tests.ui.intake_support import settle


class _Screens:
    """The three places that speak of duty, for one signed-in staff member."""

    def __init__(self, qtbot, desk: Desk, opened: list[str]) -> None:
        self.indicator = DutyIndicator(desk, live=False,
                                       open_roster=lambda: opened.append("roster"))
        qtbot.addWidget(self.indicator)
        self.window = QMainWindow()
        qtbot.addWidget(self.window)
        self.guard = DutyGuard(self.window, desk, lambda: opened.append("handover"))
        self.dialog = HandoverDialog(desk, live=False)
        qtbot.addWidget(self.dialog)
        settle(qtbot)


def test_a_leader_who_signed_a_handover_in_is_on_duty_everywhere(qtbot, db, desk, clock,
                                                                  basics):
    world = seed_shifts(db, clock, basics)
    to_handover_time(clock)   # 19:50: the leader takes over from 王芳, not rostered tonight
    view = save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.leader.id, notes="换热站巡检正常"), hand_over=True)
    sign_handover(UnitOfWork(db, world.leader, clock), view.id,
                  Signature("2001", LEADER_PASSWORD),
                  {world.overdue_id, world.callback_id, world.open_id})
    clock.advance(minutes=5)
    opened: list[str] = []
    leader = _Screens(qtbot, desk.signed_in(world.leader), opened)
    assert leader.indicator.state is not None
    assert leader.indicator.state.reason == REASON_TOOK_OVER
    assert leader.indicator.text() == "On duty since 19:50 (took over from 王芳)"
    assert leader.dialog.banner.text().startswith("On duty since 19:50 (took over from 王芳).")
    assert not leader.guard.may_close()              # the desk may not be left unattended
    assert "took over the desk from 王芳 at 19:50" in leader.guard.last_refusal
    # the outgoing agent is released at all three places
    released = _Screens(qtbot, desk.signed_in(world.outgoing), opened)
    assert released.indicator.text() == "Off duty" and released.guard.may_close()
    # the leader hands over in turn: off duty again, everywhere
    clock.advance(minutes=10)
    handed = save_handover(UnitOfWork(db, world.leader, clock), HandoverForm(
        incoming_id=world.incoming.id), hand_over=True)
    leader.indicator.refresh()
    settle(qtbot)
    assert leader.indicator.text() == "On duty: awaiting 李明's signature"
    assert not leader.guard.may_close()
    sign_handover(UnitOfWork(db, world.incoming, clock), handed.id,
                  Signature("1002", "incoming-pass-1"), set())
    leader.indicator.refresh()
    settle(qtbot)
    assert leader.indicator.text() == "Off duty" and leader.guard.may_close()
    assert opened == []


def test_no_roster_is_said_and_points_to_the_roster_window(qtbot, db, desk, clock, basics):
    opened: list[str] = []
    agent_desk = desk.signed_in(basics.agent)
    screens = _Screens(qtbot, agent_desk, opened)
    state = screens.indicator.state
    assert state is not None and state.no_roster and not state.on_duty
    assert screens.indicator.text() == ("Off duty — nobody is on the roster now "
                                        "(Roster: Ctrl+Shift+R)")
    assert "Nobody is on the roster now" in screens.dialog.banner.text()
    assert "Ctrl+Shift+R" in screens.dialog.banner.text()
    assert screens.guard.may_close()                  # all three: not on duty
    screens.indicator.show()
    qtbot.mouseClick(screens.indicator, Qt.MouseButton.LeftButton)
    assert opened == ["roster"]
    # the roster window's empty state explains how to start (a leader can, an agent asks)
    for actor, words in ((basics.leader, "on the Shift pattern tab"),
                         (basics.agent, "A shift leader sets up the shift pattern")):
        roster = RosterWindow(desk.signed_in(actor))
        qtbot.addWidget(roster)
        roster.show()
        settle(qtbot)
        assert roster.empty_hint.isVisible() and words in roster.empty_hint.text()


def test_a_rostered_agent_is_on_duty_and_told_so_the_same_everywhere(qtbot, db, desk, clock,
                                                                      basics):
    world = seed_shifts(db, clock, basics)
    screens = _Screens(qtbot, desk.signed_in(world.outgoing), [])
    assert screens.indicator.text() == "On duty: 白班 shift until 20:00"
    assert screens.dialog.banner.text().startswith("On duty: 白班 shift until 20:00.")
    assert not screens.guard.may_close()
    roster = RosterWindow(desk.signed_in(world.leader))
    qtbot.addWidget(roster)
    roster.show()
    settle(qtbot)
    assert not roster.empty_hint.isVisible()
    # someone not rostered while others are: off duty, without the no-roster pointer
    other = _Screens(qtbot, desk.signed_in(world.other), [])
    assert other.indicator.text() == "Off duty" and other.guard.may_close()
    assert other.dialog.banner.text().startswith("You are not on duty now.")


@pytest.fixture(autouse=True)
def _english(qapp):
    """These tests read the English source strings (no translators installed)."""
    return qapp


def test_an_empty_roster_offers_only_what_can_act(qtbot, db, desk, clock, basics):
    """Issue 12: on an empty roster 'Assign to selected shift' was the highlighted default
    button and enabled with no shift to assign to. Now the default button starts (sets up
    the shift pattern) and assign/remove/swap are disabled until they can act."""
    from app.workflows.shifts.pattern import SlotSpec, set_pattern

    roster = RosterWindow(desk.signed_in(basics.leader))
    qtbot.addWidget(roster)
    roster.show()
    settle(qtbot)
    assert roster.start_button.isVisible() and roster.start_button.isEnabled()
    assert roster.start_button.isDefault() and not roster.assign_button.isDefault()
    assert not any(b.isEnabled() for b in (roster.assign_button, roster.remove_button,
                                           roster.swap_button))
    qtbot.keyClick(roster, Qt.Key.Key_Return)          # Enter starts, as the default button
    assert roster.tabs.currentWidget() is roster.pattern
    set_pattern(UnitOfWork(db, basics.leader, clock), [SlotSpec("白班", "08:00", 12)])
    roster.load()
    settle(qtbot)
    roster.tabs.setCurrentIndex(0)
    assert not roster.start_button.isVisible() and not roster.start_button.isDefault()
    roster.grid.setCurrentCell(0, 0)
    assert roster.assign_button.isEnabled() and roster.assign_button.isDefault()
    assert not roster.remove_button.isEnabled() and not roster.swap_button.isEnabled()
    qtbot.mouseClick(roster.assign_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    roster.grid.setCurrentCell(0, 0)
    assert roster.duties.count() == 1
    assert roster.remove_button.isEnabled() and roster.swap_button.isEnabled()
    # an agent sees the empty state's words, but no button to act on it
    roster_agent = RosterWindow(desk.signed_in(basics.agent))
    qtbot.addWidget(roster_agent)
    roster_agent.show()
    settle(qtbot)
    assert not roster_agent.start_button.isVisible()
    assert not any(b.isEnabled() for b in (roster_agent.assign_button,
                                           roster_agent.remove_button,
                                           roster_agent.swap_button))
