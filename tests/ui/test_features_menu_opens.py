"""The desk's Features menu (功能) opens with all its entries (demo defect after 22a3860).

Seen on the demo under a window manager: clicking 功能, Alt+E or Alt+E then Down
highlighted the title but no popup came, for an agent and a leader alike. The Features
keys (features.FeatureKeys) followed every focus-window change and took the Features
actions off each top-level window that was not one of the desk's feature windows, and the
menu's own popup is such a window: opening the menu emptied it, and an empty QMenu never
pops up again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui import features
from app.ui.desk_window import DeskWindow
from app.ui.tickets.install import QUEUE_WINDOW
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # menu and key routing only


def _titles(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _expected(desk: Desk) -> list[str]:
    role = desk.actor.role if desk.actor is not None else None
    return [item.title for item in features.available_to(role)]


def _visit_queue_and_come_back(qtbot: QtBot, window: DeskWindow) -> QWidget:
    """F6, then back to the desk, as the agent did before the menu failed."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F6)
    settle(qtbot)  # F6 before the window was prepared shows it some turns later
    qtbot.waitUntil(lambda: window.slots.get(QUEUE_WINDOW) is not None)
    queue = window.slots.get(QUEUE_WINDOW)
    assert queue is not None and queue.isVisible()
    queue.activateWindow()
    qtbot.waitUntil(queue.isActiveWindow)
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return queue


def _open_by_click(qtbot: QtBot, window: DeskWindow, menu: QMenu) -> None:
    bar = window.menuBar()
    where = bar.actionGeometry(menu.menuAction()).center()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    qtbot.waitUntil(menu.isVisible, timeout=3000)


@pytest.mark.parametrize("who", ["agent", "leader"])
def test_features_menu_opens_with_all_entries_after_a_feature_window(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics, who: str) -> None:
    signed_in = desk.signed_in(getattr(basics, who))
    window = open_window(signed_in)
    menu = window.feature_menu
    assert menu is not None
    expected = _expected(signed_in)
    assert _titles(menu) == expected and expected
    queue = _visit_queue_and_come_back(qtbot, window)

    # the popup is a top-level window: when it becomes the focus window (as it does under
    # a window manager) the Features keys must leave the menu's entries where they are
    keys = window.findChild(features.FeatureKeys)
    assert keys is not None
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    handle = menu.windowHandle()
    assert handle is not None
    keys._activated(handle)  # noqa: SLF001 (what focusWindowChanged delivers)
    keys.equip(menu)
    menu.hide()
    assert _titles(menu) == expected
    assert all(a.isEnabled() and a.isVisible() for a in menu.actions())

    _open_by_click(qtbot, window, menu)  # clicking 功能 on the menu bar
    assert _titles(menu) == expected
    assert all(a.isEnabled() for a in menu.actions())
    menu.hide()

    # exec() through a timer, as Alt+E / Down would show it
    seen: list[list[str]] = []

    def look() -> None:
        seen.append(_titles(menu) if menu.isVisible() else [])
        menu.close()

    QTimer.singleShot(100, look)
    menu.exec(window.mapToGlobal(QPoint(40, 40)))
    assert seen == [expected]

    # the feature windows keep their keys (22a3860)
    given = {k.toString() for a in queue.actions() for k in a.shortcuts()}
    assert "F8" in given or who == "agent"
    assert "F6" in given
    queue.close()


def test_feature_keys_leave_foreign_windows_alone(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    """A window the Features keys never equipped keeps every action it holds."""
    window = open_window()
    keys = window.findChild(features.FeatureKeys)
    assert keys is not None and keys.actions
    other = QWidget(None, Qt.WindowType.Window)  # not the desk's: e.g. another menu, a tip
    qtbot.addWidget(other)
    other.addActions(keys.actions)
    keys.equip(other)
    assert other.actions() == keys.actions
