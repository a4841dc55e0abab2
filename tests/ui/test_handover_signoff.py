"""The whole handover between two logged-in agents on one database (rules 3.4.2, 3.4.3).

Two desk windows, two actors: the outgoing agent (王芳) writes and hands over the log at
her desk; the incoming agent (李明) signs at his own desk; until then her desk refuses to
close and says why. Real widgets, real databases (SQLite and PostgreSQL).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.shifts.install import DUTY_GUARD, DUTY_INDICATOR, HANDOVER_DIALOG, SIGN_DIALOG
from app.ui.shifts.sign_dialog import SignDialog
from app.workflows.desk import Desk
from app.workflows.drafts import DraftStore
from app.workflows.shifts.duty import duty_state
from app.workflows.shifts.handover import HandoverForm, save_handover
from tests.shift_support import INCOMING_PASSWORD, LEADER_PASSWORD, seed_shifts, to_handover_time
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


@pytest.fixture
def world(db, clock, basics):
    return seed_shifts(db, clock, basics)


def _window(qtbot: QtBot, desk: Desk, tmp_path: Path, name: str) -> DeskWindow:
    window = DeskWindow(desk, drafts=DraftStore(tmp_path / name))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    return window


def _feature(qtbot: QtBot, window: DeskWindow, key_text: str):
    action = next(a for a in window.feature_menu.actions() if a.text() == key_text)
    action.trigger()
    settle(qtbot)


def _click(qtbot: QtBot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot)


def _close_refused(qtbot: QtBot, window: DeskWindow) -> str:
    window.close()
    assert window.isVisible()                       # rule 3.4.2: the desk stays open
    guard = window.slots.require(DUTY_GUARD)
    box = guard.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    box.done(0)
    return text


def test_whole_handover_between_two_logged_in_agents(qtbot, desk, clock, world, tmp_path):
    to_handover_time(clock)
    out_window = _window(qtbot, desk.signed_in(world.outgoing), tmp_path, "out")
    in_window = _window(qtbot, desk.signed_in(world.incoming), tmp_path, "in")
    duty = out_window.slots.require(DUTY_INDICATOR)
    assert "白班" in duty.text()
    assert "not handed over" in _close_refused(qtbot, out_window)

    _feature(qtbot, out_window, "Shift handover…")
    log = out_window.slots.require(HANDOVER_DIALOG)
    assert log.incoming.currentData() == world.incoming.id        # rostered next
    assert log.carry.rowCount() == 3                                # open, overdue, callback
    log.equipment.state_combo(1).setCurrentIndex(
        log.equipment.state_combo(1).findData("faulty"))
    _click(qtbot, log.hand_over_button)
    assert "Row 2" in log.errors.error("equipment").text()         # say what is wrong
    assert log.view is None                                         # nothing written
    log.equipment.item(1, 2).setText("耳麦断线")
    type_text(log.notes, "3号楼停热通知已张贴")
    _click(qtbot, log.hand_over_button)
    assert log.view is not None and log.view.status == "handed_over"
    assert not log.notes.isEnabled() and "李明" in log.banner.text()
    duty.refresh()
    settle(qtbot)
    assert "李明" in duty.text()
    assert "waiting for their signature" in _close_refused(qtbot, out_window)

    _feature(qtbot, in_window, "Sign incoming handover…")
    sign = in_window.slots.require(SIGN_DIALOG)
    assert sign.job_number.text() == "1002" and sign.job_number.isReadOnly()
    assert "3号楼停热通知已张贴" in sign.log.toPlainText()
    type_text(sign.password, "wrong-one")
    _click(qtbot, sign.sign_button)
    assert "password is wrong" in sign.errors.error("password").text()
    type_text(sign.password, INCOMING_PASSWORD)
    _click(qtbot, sign.sign_button)                                 # nothing acknowledged yet
    assert "acknowledge" in sign.errors.error("carryover").text()
    assert sign.isVisible()
    assert sign.password.text() == INCOMING_PASSWORD  # kept: only the ticks were missing
    _click(qtbot, sign.ack_all)
    with qtbot.waitSignal(sign.signed):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)

    log.refresh()                           # what F5 and the change feed do
    settle(qtbot)
    assert "You may end your shift" in log.banner.text()
    log.reject()
    duty.refresh()
    settle(qtbot)
    assert duty.text() == "Off duty"
    out_window.close()
    assert not out_window.isVisible()


def test_incoming_signs_at_the_outgoing_desk_or_a_leader_releases(qtbot, desk, clock, world,
                                                                  tmp_path, db):
    to_handover_time(clock)
    out_desk = desk.signed_in(world.outgoing)
    out_window = _window(qtbot, out_desk, tmp_path, "out")
    _feature(qtbot, out_window, "Shift handover…")
    log = out_window.slots.require(HANDOVER_DIALOG)
    _click(qtbot, log.hand_over_button)
    _click(qtbot, log.sign_here_button)
    here = log.sign_dialog
    assert not here.job_number.isReadOnly()
    type_text(here.job_number, "1001")                              # the outgoing agent herself
    type_text(here.password, "agent-pass-1")
    here.acknowledge_all()
    _click(qtbot, here.sign_button)
    assert "cannot sign their own" in here.errors.error("job_number").text()
    here.reject()

    _click(qtbot, log.override_button)
    release = log.override_dialog
    type_text(release.job_number, "1003")                           # an agent is no leader
    type_text(release.password, "other-pass-1")
    type_text(release.reason, "接班人生病")
    _click(qtbot, release.release_button)
    assert "Only a shift leader" in release.errors.error("job_number").text()
    release.job_number.clear()
    type_text(release.job_number, "2001")
    type_text(release.password, LEADER_PASSWORD)
    with qtbot.waitSignal(release.released):
        qtbot.mouseClick(release.release_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "赵强" in log.banner.text()
    assert duty_state(out_desk.uow()).may_end


def _unreachable(desk: Desk, tmp_path: Path) -> Desk:
    """The same desk with its database gone: a server on a closed port, a file in a folder
    that is not there (a lost network share)."""
    if desk.db.is_sqlite:
        url = f"sqlite:///{tmp_path / 'share-gone' / 'heatdesk.sqlite3'}"
    else:
        url = make_url(desk.db.url).set(port=1).render_as_string(hide_password=False)
    return replace(desk, db=Database(url))


def test_signing_offline_says_so_and_keeps_what_was_typed(qtbot, desk, clock, world,
                                                           tmp_path):
    to_handover_time(clock)
    save_handover(UnitOfWork(desk.db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="3号楼停热通知已张贴"), hand_over=True)
    in_desk = desk.signed_in(world.incoming)
    sign = SignDialog(in_desk)
    qtbot.addWidget(sign)
    sign.show()
    qtbot.waitExposed(sign)
    settle(qtbot)
    assert sign.current is not None and "3号楼停热通知已张贴" in sign.log.toPlainText()
    sign.acknowledge_all()
    type_text(sign.password, INCOMING_PASSWORD)
    carried = {world.open_id, world.overdue_id, world.callback_id}
    assert sign.acknowledged() == carried

    gone = _unreachable(in_desk, tmp_path)
    sign.desk = gone                                  # the network to the database drops
    try:
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not sign.ops.busy, timeout=10000)
        assert sign.general.isVisible()
        assert sign.general.text() == (
            "The database cannot be reached; what you typed is kept. Try again.")
        assert sign.isVisible()                       # nothing signed, nothing closed
        assert sign.password.text() == INCOMING_PASSWORD
        assert sign.job_number.text() == "1002"
        assert sign.acknowledged() == carried
        assert sign.errors.visible_texts() == {}      # no field is blamed
    finally:
        gone.db.dispose()

    sign.desk = in_desk                               # back: the kept signature goes through
    with qtbot.waitSignal(sign.signed, timeout=10000):
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)
    assert duty_state(desk.signed_in(world.outgoing).uow()).may_end
