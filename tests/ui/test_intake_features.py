"""The desk's extension points: the feature registry, side panels and call-stage signals."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui import features
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    drafts_fixture,
    open_window_fixture,
    settle,
)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db


@pytest.fixture
def registered_action() -> Iterator[list[tuple[QWidget, Desk]]]:
    opened: list[tuple[QWidget, Desk]] = []
    features.register(features.FeatureAction(
        title="Test queue", shortcut="Ctrl+Alt+F12", key="test.queue",  # a key no feature uses
        open=lambda window, desk: opened.append((window, desk))))
    yield opened
    features.unregister("test.queue")


def test_registered_feature_gets_a_menu_entry_and_shortcut(
        qtbot: QtBot, open_window: WindowFactory, registered_action, agent_desk: Desk) -> None:
    window = open_window()
    titles = [a.text() for a in window.feature_menu.actions()]
    assert "Test queue" in titles
    qtbot.keyClick(window, Qt.Key.Key_F12,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert registered_action == [(window, window.desk)]
    assert window.desk.actor == agent_desk.actor


def test_registering_the_same_key_replaces_the_entry(registered_action) -> None:
    features.register(features.FeatureAction("Test queue 2", "", lambda w, d: None,
                                             key="test.queue"))
    assert [a.title for a in features.registered() if a.key == "test.queue"] == ["Test queue 2"]


def test_side_panel_docks_beside_the_form(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    panel = QLabel("script")
    dock = window.add_side_panel(panel, "Etiquette")
    assert isinstance(dock, QDockWidget) and dock.widget() is panel
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.RightDockWidgetArea
    qtbot.waitUntil(panel.isVisible)


def test_call_stage_signals_follow_the_call(qtbot: QtBot, open_window: WindowFactory,
                                            basics) -> None:
    window = open_window()
    stages: list[tuple[str, object]] = []
    window.number_known.connect(lambda n: stages.append(("number", n)))
    window.customer_found.connect(lambda c: stages.append(("customer", c.account_number)))
    window.category_chosen.connect(lambda c: stages.append(("category", c)))
    window.work_order_saved.connect(lambda r: stages.append(("order", r.ticket_number)))
    window.call_reset.connect(lambda: stages.append(("reset", None)))
    window.ring("13811112222")
    settle(qtbot)
    choose(qtbot, window.form.category, "complaint")
    window.form.description.setPlainText("投诉维修慢")
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    number = window.last_result.ticket_number
    assert stages[:2] == [("number", "13811112222"), ("customer", "R00000002")]
    assert ("category", "complaint") in stages
    assert stages[-2:] == [("order", number), ("reset", None)]


def test_status_bar_names_agent_database_and_time(open_window: WindowFactory, clock) -> None:
    window = open_window()
    assert window.status.agent.text() == "Agent 1001 王芳"
    assert window.status.database.text().startswith("Database: ")
    assert window.status.time.text() == "09:30:00"  # the centre's time (UTC+8), not the PC's
