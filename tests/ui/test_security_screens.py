"""Security's screens (issue 15): the staff window, changing one's password, the change
forced after a reset, the idle lock that keeps what was typed, the audit viewer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.login_dialog import LoginDialog
from app.ui.security.audit_window import AuditWindow
from app.ui.security.idle_lock import IDLE_LOCK, Cover, LockDialog
from app.ui.security.install import AUDIT_WINDOW, STAFF_WINDOW
from app.ui.security.password_dialog import PasswordDialog
from app.ui.security.staff_form import ResetDialog, StaffForm
from app.ui.security.staff_window import StaffWindow
from app.workflows.auth import LoginFailed, login, seed_user
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied
from app.workflows.security.audit import AuditQuery, audit_page
from app.workflows.security.staff import reset_password
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ADMIN_PW = "admin-password-1"


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def admin(db: Database, clock: FixedClock, basics):
    return seed_user(UnitOfWork(db, None, clock), "9001", "系统管理员", "admin", ADMIN_PW)


def _menu_keys(window: DeskWindow) -> set[str]:
    return {a.shortcut().toString() for a in window.feature_menu.actions()}


def test_an_agent_has_no_staff_or_audit_entries(open_window: WindowFactory) -> None:
    keys = _menu_keys(open_window())
    assert {"Ctrl+Shift+P", "Ctrl+Shift+Q"} <= keys
    assert not {"Ctrl+Shift+U", "Ctrl+Shift+Z"} & keys


def test_the_admin_adds_resets_and_deactivates_staff(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, admin, db: Database,
        clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(desk.signed_in(admin))
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    staff = window.slots.get(STAFF_WINDOW)
    assert isinstance(staff, StaffWindow)
    settle(qtbot)
    jobs = [staff.table.item(i, 0).text() for i in range(staff.table.rowCount())]
    assert {"1001", "2001", "9001"} <= set(jobs)

    def fill_form(form: StaffForm) -> int:
        qtbot.keyClicks(form.job_edit, "1088")
        type_text(form.name_edit, "周新")
        qtbot.keyClicks(form.password_edit, "first-password-1")
        qtbot.keyClicks(form.repeat_edit, "first-password-1")
        form.submit()
        settle(qtbot)
        return int(form.result())

    monkeypatch.setattr(StaffForm, "exec", fill_form)
    staff.add()
    settle(qtbot)
    jobs = [staff.table.item(i, 0).text() for i in range(staff.table.rowCount())]
    row = jobs.index("1088")
    assert staff.table.item(row, 6).text() == "Must change"  # the admin chose it
    staff.table.selectRow(jobs.index("1001"))

    def fill_reset(dialog: ResetDialog) -> int:
        qtbot.keyClicks(dialog.password_edit, "short")
        qtbot.keyClicks(dialog.repeat_edit, "short")
        dialog.submit()
        settle(qtbot)
        assert not dialog.errors.error("password").isHidden()  # too short: said at the field
        for edit in (dialog.password_edit, dialog.repeat_edit):
            edit.clear()
            qtbot.keyClicks(edit, "temporary-pass-1")
        dialog.submit()
        settle(qtbot)
        return int(dialog.result())

    monkeypatch.setattr(ResetDialog, "exec", fill_reset)
    staff.reset()
    settle(qtbot)
    staff.table.selectRow(jobs.index("1001"))
    assert staff.active_button.text() == "&Deactivate"
    qtbot.mouseClick(staff.active_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    row = [staff.table.item(i, 0).text() for i in range(staff.table.rowCount())].index("1001")
    assert staff.table.item(row, 4).text() == "Deactivated"
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, clock), "1001", "temporary-pass-1")


def test_a_leader_sees_the_staff_window_only_to_unlock(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics, db: Database,
        clock: FixedClock) -> None:
    for _ in range(5):
        with pytest.raises(LoginFailed):
            login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    window = open_window(desk.signed_in(basics.leader))
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    staff = window.slots.get(STAFF_WINDOW)
    assert isinstance(staff, StaffWindow)
    settle(qtbot)
    assert not staff.add_button.isVisible() and not staff.reset_button.isVisible()
    jobs = [staff.table.item(i, 0).text() for i in range(staff.table.rowCount())]
    assert staff.table.item(jobs.index("1001"), 5).text().startswith("Locked until")
    staff.table.selectRow(jobs.index("1001"))
    assert staff.unlock_button.isEnabled()
    qtbot.mouseClick(staff.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert login(UnitOfWork(db, None, clock), "1001", "agent-pass-1")


def test_changing_ones_password_needs_the_current_one(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, db: Database,
        clock: FixedClock) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, PasswordDialog) and w.isVisible())
    qtbot.keyClicks(dialog.old_edit, "not-my-password")
    qtbot.keyClicks(dialog.new_edit, "a-new-password-1")
    qtbot.keyClicks(dialog.repeat_edit, "a-new-password-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.isVisible() and dialog.errors.error("old").isVisible()
    dialog.old_edit.clear()
    qtbot.keyClicks(dialog.old_edit, "agent-pass-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not dialog.isVisible()
    assert login(UnitOfWork(db, None, clock), "1001", "a-new-password-1")


def test_after_a_reset_the_login_asks_for_a_new_password_first(
        qtbot: QtBot, desk: Desk, admin, basics) -> None:
    reset_password(desk.signed_in(admin).uow(), basics.agent.id, "temporary-pass-1")
    dialog = LoginDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClicks(dialog.password_edit, "temporary-pass-1")
    dialog.try_login()
    settle(qtbot)
    forced = dialog.forced_dialog
    assert isinstance(forced, PasswordDialog) and forced.isVisible()
    assert forced.old_edit.text() == "temporary-pass-1"  # the password just typed
    qtbot.keyClicks(forced.new_edit, "my-own-secret-9")
    qtbot.keyClicks(forced.repeat_edit, "my-own-secret-9")
    qtbot.mouseClick(forced.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.job_number == "1001"


def test_the_idle_lock_keeps_what_was_typed(qtbot: QtBot,
                                            open_window: WindowFactory) -> None:
    window = open_window()
    lock = window.slots.get(IDLE_LOCK)
    assert lock is not None and lock.minutes == 10  # the setting's default
    type_text(window.form.description, "暖气不热，三楼")
    lock.last_activity -= 11 * 60
    window.call.start_typed()  # a call is in progress: never locked
    lock.check()
    assert not lock.locked
    window.call.end()  # the call is over (the typed description stays)
    lock.last_activity -= 11 * 60
    lock.check()
    assert lock.locked
    dialog = lock.dialog
    assert isinstance(dialog, LockDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert any(isinstance(c, Cover) and c.isVisible() for c in window.findChildren(Cover))
    qtbot.keyClick(window, Qt.Key.Key_F6)  # shortcuts do nothing while locked
    qtbot.keyClicks(dialog.password_edit, "wrong-password")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert lock.locked and dialog.general.isVisible()
    qtbot.keyClicks(dialog.password_edit, "agent-pass-1")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert not lock.locked
    qtbot.waitUntil(lambda: not window.findChildren(Cover))
    assert window.form.description.toPlainText() == "暖气不热，三楼"


def test_the_idle_lock_hears_the_windows_input_not_every_event(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    """A key reaching a window is activity; painting a widget does not call the lock's
    filter (an application-wide filter was asked about every event of every widget, each
    call waiting for the interpreter lock a report's worker thread held)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    window = open_window()
    lock = window.slots.get(IDLE_LOCK)
    assert lock is not None
    asked: list[int] = []
    original = lock.eventFilter
    lock.eventFilter = lambda watched, event: asked.append(event.type()) or original(  # type: ignore[method-assign]
        watched, event)
    window.form.description.grab()  # a widget painted
    assert asked == []
    lock.last_activity -= 11 * 60
    handle = window.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift,
                                             Qt.KeyboardModifier.NoModifier))
    assert QEvent.Type.KeyPress in asked and lock.idle_seconds() < 60
    lock.check()
    assert not lock.locked


def test_lock_now_with_ctrl_shift_q(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_Q, CTRL_SHIFT)
    lock = window.slots.get(IDLE_LOCK)
    assert lock is not None and lock.locked


def test_the_audit_viewer_filters_and_refuses_a_bad_order_number(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, admin, db: Database,
        clock: FixedClock, basics) -> None:
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, clock), "1001", "wrong-password")
    with pytest.raises(PermissionDenied):  # a refused call is an event too (ASVS 7.1.3)
        audit_page(UnitOfWork(db, basics.agent, clock), AuditQuery())
    window = open_window(desk.signed_in(admin))
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL_SHIFT)
    audit = window.slots.get(AUDIT_WINDOW)
    assert isinstance(audit, AuditWindow)
    settle(qtbot)
    assert audit.table.rowCount() > 0
    agent_index = audit.person_box.findText("1001", Qt.MatchFlag.MatchStartsWith)
    assert agent_index > 0
    audit.person_box.setCurrentIndex(agent_index)
    audit.search()
    settle(qtbot)
    rows = [[audit.table.item(i, c).text() for c in range(6)]
            for i in range(audit.table.rowCount())]
    assert "failed login" in {r[4] for r in rows}
    [refused] = [r for r in rows if r[4] == "refused (no permission)"]
    assert refused[1] == "1001 王芳" and "permission=audit.view" in refused[5], refused
    qtbot.keyClicks(audit.order_edit, "XY12")
    audit.search()
    assert audit.errors.error("order").isVisible()


def test_a_failed_login_of_last_year_shows_its_year(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics, db: Database,
        clock: FixedClock) -> None:
    """The year when it is not this year's (issue 12 item 6): one wrong password on New
    Year's Eve, read in November."""
    last_year = FixedClock(clock().replace(year=clock().year - 1, month=12, day=31))
    with pytest.raises(LoginFailed):
        login(UnitOfWork(db, None, last_year), "1001", "wrong-password")
    window = open_window(desk.signed_in(basics.leader))
    qtbot.keyClick(window, Qt.Key.Key_U, CTRL_SHIFT)
    staff = window.slots.get(STAFF_WINDOW)
    settle(qtbot)
    jobs = [staff.table.item(i, 0).text() for i in range(staff.table.rowCount())]
    assert f"(first {last_year().year}-12-31 09:30)" in staff.table.item(jobs.index("1001"), 5).text()
