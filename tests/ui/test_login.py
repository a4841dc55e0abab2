"""The login dialog on real SQLite and PostgreSQL databases, driven by key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.ui.login_dialog import LoginDialog
from app.workflows.auth import seed_user
from app.workflows.desk import Desk
from tests.ui.intake_support import settle
from tests.ui.typing import type_text

PASSWORD = "agent-pass-1"
WRONG = ("The job number or the password is not correct, or the account is locked after too "
         "many attempts. Try again, or ask the shift leader to unlock it.")


@pytest.fixture
def agent_desk(desk: Desk) -> Desk:
    seed_user(desk.uow(), "1001", "王芳", "agent", PASSWORD)
    return desk


def _dialog(qtbot: QtBot, desk: Desk, **kwargs: object) -> LoginDialog:
    dialog = LoginDialog(desk, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_logs_in_with_the_right_credentials(qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk)
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert (dialog.actor.job_number, dialog.actor.name, dialog.actor.role) == (
        "1001", "王芳", "agent")


@pytest.mark.parametrize("job_number, password", [("1001", "wrong-pass"), ("9999", PASSWORD)])
def test_wrong_credentials_never_say_which_was_wrong(
        qtbot: QtBot, agent_desk: Desk, job_number: str, password: str) -> None:
    dialog = _dialog(qtbot, agent_desk)
    qtbot.keyClicks(dialog.job_number_edit, job_number)
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.isVisible() and dialog.actor is None
    assert dialog.form_error.text() == WRONG
    assert dialog.errors.visible_texts() == {}  # no field singled out
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit


def test_chinese_typed_into_job_number_and_password_is_a_failed_login(
        qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk)
    type_text(dialog.job_number_edit, "王芳")
    type_text(dialog.password_edit, "密码一二三")
    assert dialog.job_number_edit.text() == "王芳"
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.actor is None
    assert dialog.form_error.text() == WRONG


def test_empty_fields_are_named_at_the_fields(qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk)
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.actor is None
    assert dialog.errors.visible_texts() == {"job_number": "Please fill this in.",
                                             "password": "Please fill this in."}
    assert dialog.job_number_edit.property("invalid") is True
    assert dialog.focusWidget() is dialog.job_number_edit
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.errors.visible_texts() == {"password": "Please fill this in."}
    assert dialog.job_number_edit.property("invalid") is False


def test_escape_quits_without_logging_in(qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk)
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible() and dialog.actor is None


def test_prefilled_job_number_puts_the_cursor_in_the_password(
        qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk, job_number="1001")
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.password_edit)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Enter)
    settle(qtbot)
    assert dialog.actor is not None and dialog.actor.job_number == "1001"


def test_shows_product_motto_and_database_in_chinese(
        qtbot: QtBot, agent_desk: Desk, zh_translators: list) -> None:
    dialog = _dialog(qtbot, agent_desk, demo=True)
    texts = [label.text() for label in dialog.findChildren(type(dialog.database_label))]
    assert "供热客服工作台" in texts
    assert "诚信服务、温暖万家" in texts  # rule 1.2
    assert "演示数据" in texts
    assert dialog.database_label.text() == f"数据库：{agent_desk.database_label}"
    assert dialog.windowTitle() == "供热客服工作台 — 登录"
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClicks(dialog.password_edit, "nope")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.form_error.text() == "工号或密码不正确，或账号因尝试次数过多已被锁定。请重试，或请值班长解锁。"


def test_alt_shortcuts_reach_the_fields(qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # shortcuts need it
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.password_edit)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.job_number_edit)


def test_demo_database_offers_its_accounts(qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, agent_desk, demo=True,
                     demo_accounts=[("1001", "demo1001"), ("9001", "demo9001")])
    assert dialog.demo_hint.text() == (
        "Demo accounts (job number / password):\n"
        "1001\u00a0/\u00a0demo1001    9001\u00a0/\u00a0demo9001")


def test_typing_while_the_database_opens_is_kept_and_login_waits_for_it(
        qtbot: QtBot, agent_desk: Desk) -> None:
    dialog = _dialog(qtbot, None)  # type: ignore[arg-type]  (the window opens first)
    assert not dialog.login_button.isEnabled()
    assert dialog.database_label.text() == "Connecting to the database…"
    qtbot.keyClicks(dialog.job_number_edit, "1001")
    qtbot.keyClick(dialog.job_number_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # too early: nothing happens
    settle(qtbot)
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    dialog.attach(agent_desk)
    assert dialog.login_button.isEnabled()
    assert agent_desk.database_label in dialog.database_label.text()
    assert dialog.password_edit.text() == PASSWORD  # what was typed is still there
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    settle(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.job_number == "1001"
