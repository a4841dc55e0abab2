"""The first administrator of a real install: no default password, every problem at its field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.ui.first_admin_dialog import FirstAdminDialog
from app.workflows.auth import login, needs_first_admin, seed_user
from app.workflows.desk import Desk
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


def _dialog(qtbot: QtBot, desk: Desk) -> FirstAdminDialog:
    dialog = FirstAdminDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(qtbot: QtBot, dialog: FirstAdminDialog, job: str, name: str, password: str,
          confirm: str) -> None:
    """Type into each field as a user would (type_text: key events that may carry Chinese)."""
    for edit, text in ((dialog.job_number_edit, job), (dialog.name_edit, name),
                       (dialog.password_edit, password), (dialog.confirm_edit, confirm)):
        edit.clear()
        type_text(edit, text)


def test_a_fresh_database_needs_the_first_admin(desk: Desk) -> None:
    assert needs_first_admin(desk.uow())


def test_creates_the_admin_who_can_then_log_in(qtbot: QtBot, desk: Desk) -> None:
    dialog = _dialog(qtbot, desk)
    _fill(qtbot, dialog, "A001", "管理员张", "s3cret-admin-pw", "s3cret-admin-pw")
    assert dialog.name_edit.text() == "管理员张"
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert (dialog.actor.job_number, dialog.actor.name, dialog.actor.role) == (
        "A001", "管理员张", "admin")
    assert not needs_first_admin(desk.uow())
    assert login(desk.uow(), "A001", "s3cret-admin-pw").role == "admin"


def test_every_problem_is_shown_at_its_field_and_nothing_is_written(
        qtbot: QtBot, desk: Desk) -> None:
    dialog = _dialog(qtbot, desk)
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {
        "job_number": "A job number has 2 to 20 letters or digits.",
        "name": "Please fill this in.",
        "password": "The password needs at least 12 characters.",
        "confirm": "Please fill this in.",
    }
    assert dialog.focusWidget() is dialog.job_number_edit
    _fill(qtbot, dialog, "工号", "张", "abc", "abc")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {
        "job_number": "A job number has 2 to 20 letters or digits.",
        "password": "The password needs at least 12 characters.",
    }
    assert dialog.isVisible() and dialog.actor is None
    assert needs_first_admin(desk.uow())


def test_the_two_passwords_must_match(qtbot: QtBot, desk: Desk) -> None:
    dialog = _dialog(qtbot, desk)
    _fill(qtbot, dialog, "A001", "张", "s3cret-admin-pw", "s3cret-admin-pm")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {"confirm": "The two passwords are not the same."}
    assert dialog.confirm_edit.property("invalid") is True
    assert needs_first_admin(desk.uow())


def test_a_job_number_already_in_use_is_refused_at_the_field(
        qtbot: QtBot, desk: Desk) -> None:
    seed_user(desk.uow(), "1001", "王芳", "agent", "agent-pass-1")
    dialog = _dialog(qtbot, desk)
    _fill(qtbot, dialog, "1001", "张", "s3cret-admin-pw", "s3cret-admin-pw")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {"job_number": "This job number is already in use."}
    assert needs_first_admin(desk.uow())


def test_once_an_admin_exists_the_dialog_refuses_a_second(qtbot: QtBot, desk: Desk) -> None:
    dialog = _dialog(qtbot, desk)
    seed_user(desk.uow(), "A009", "先到者", "admin", "first-admin-1")  # another desk was first
    _fill(qtbot, dialog, "A001", "张", "s3cret-admin-pw", "s3cret-admin-pw")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {
        "job_number": "An administrator already exists; please ask them to create your "
                      "account."}
    assert dialog.actor is None


@pytest.mark.usefixtures("zh_translators")
def test_errors_read_in_chinese(qtbot: QtBot, desk: Desk) -> None:
    dialog = _dialog(qtbot, desk)
    _fill(qtbot, dialog, "A001", "", "s3cret-admin-pw", "other-pass")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {"name": "请填写此项。",
                                             "confirm": "两次输入的密码不一致。"}


def test_the_first_start_opens_the_desk_as_the_new_admin(
        qtbot: QtBot, qapp, desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: after creating the administrator the desk opens signed in as them; the
    login window (another password) is never asked for."""
    import argparse

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import app.ui.main as main
    import app.workflows.desk as desk_module
    from app.ui.login_dialog import LoginDialog

    opened: list[tuple[Desk, object]] = []
    logins: list[LoginDialog] = []
    monkeypatch.setattr(main, "create_application", lambda argv=None: qapp)
    monkeypatch.setattr(main, "apply_locale", lambda language: None)
    monkeypatch.setattr(main, "install_translators", lambda app, language: [])
    monkeypatch.setattr(desk_module, "open_desk", lambda url=None: desk)
    monkeypatch.setattr(main, "_open_desk_window",
                        lambda d, actor: opened.append((d, actor)) or 0)
    monkeypatch.setattr(LoginDialog, "exec",
                        lambda self: logins.append(self) or QDialog.DialogCode.Rejected)

    def fill_when_shown() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, FirstAdminDialog) and w.isVisible()), None)
        if dialog is None:
            return
        poll.stop()
        _fill(qtbot, dialog, "A001", "管理员张", "s3cret-admin-pw", "s3cret-admin-pw")
        qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)

    poll = QTimer()
    poll.timeout.connect(fill_when_shown)
    poll.start(50)
    code = main.run_gui(argparse.Namespace(db=None, demo=False, lang="en"))
    poll.stop()

    assert code == 0 and not logins
    [(signed_in, actor)] = opened
    assert signed_in is desk
    assert (actor.job_number, actor.name, actor.role) == ("A001", "管理员张", "admin")
    assert login(desk.uow(), "A001", "s3cret-admin-pw") == actor


def test_the_first_admin_password_follows_the_same_12_character_rule(
        qtbot: QtBot, desk: Desk) -> None:
    """The old 6-character floor is gone for the first administrator too (ASVS 2.1.1)."""
    from app.workflows.auth import create_first_admin
    from app.workflows.errors import ValidationError

    with pytest.raises(ValidationError) as err:
        create_first_admin(desk.uow(), "A001", "张", "demo-pw1")  # 8 characters
    assert err.value.errors == {"password": "password.too_short"}
    dialog = _dialog(qtbot, desk)
    _fill(qtbot, dialog, "A001", "张", "admin-A001-long", "admin-A001-long")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {
        "password": "The password must not contain the job number."}
    assert needs_first_admin(desk.uow())
