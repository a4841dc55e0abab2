"""Which HeatDesk runs here (issue 19.3): the version on the login window, Help → About (F1).

The desk window's Help menu and F1 on the login window open the same About box; it names
the version from the package metadata, the schema revision this HeatDesk needs and the
database in use, and copies those lines for a support ticket.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db import revisions
from app.ui.about_dialog import AboutDialog
from app.ui.login_dialog import LoginDialog
from app.version import version
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401  (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
)


def _about(qtbot: QtBot) -> AboutDialog:
    found: list[AboutDialog] = []

    def shown() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, AboutDialog) and w.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def test_the_login_window_shows_the_version_and_f1_opens_about(qtbot: QtBot) -> None:
    dialog = LoginDialog(None)  # still connecting: the version is there before the database
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # a shortcut needs the active window
    assert dialog.version_label.text() == f"HeatDesk {version()} (F1: About)"
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    about = _about(qtbot)
    assert about.version_value.text() == version()
    assert dict(about.rows)["Database schema"] == f"revision {revisions.head()}"
    about.close()


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_help_about_on_the_desk_names_version_schema_and_database(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk) -> None:
    window = open_window()
    [help_menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    [about_action] = help_menu.actions()
    assert about_action.shortcut().toString() == "F1"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    about = _about(qtbot)
    rows = dict(about.rows)
    assert rows["Version"] == version()
    assert rows["Database"] == agent_desk.database_label
    about.copy_button.click()
    copied = QApplication.clipboard().text()
    assert copied.startswith(f"HeatDesk {version()}\n")
    assert f"Database: {agent_desk.database_label}" in copied
    about.close()


def test_the_about_box_reads_in_chinese(qtbot: QtBot, zh_translators: list) -> None:
    about = AboutDialog(None, database="centre")
    qtbot.addWidget(about)
    assert about.windowTitle() == "关于 HeatDesk"
    assert dict(about.rows)["版本"] == version()
