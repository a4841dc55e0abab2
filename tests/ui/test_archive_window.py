"""The customer archive window (Ctrl+F11) driven from the keyboard: find by pinyin, edit with
history, a refusal that says why, a stop application with its order, the leaders' lists."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.db.database import Database
from app.ui.customers.archive_window import ArchiveWindow
from app.ui.customers.stop_dialog import StopDialog
from app.ui.ops import active_operations
from app.workflows.desk import Desk
from app.workflows.screen_pop import pop_by_phone
from tests.support import seed_basics
from tests.ui.typing import type_text

IN_WINDOW = FixedClock(datetime(2026, 10, 10, 2, 0, tzinfo=UTC))  # stop window 09-01..11-10


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # the workflows run on both backends in tests/integration


def settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=20_000)


def _window(qtbot: QtBot, desk: Desk) -> ArchiveWindow:
    window = ArchiveWindow(desk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    return window


def _open_first(qtbot: QtBot, window: ArchiveWindow, text: str) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search, text)
    qtbot.keyClick(window.search, Qt.Key.Key_Return)  # one hit: opened at once
    settle(qtbot)


def test_leader_finds_by_pinyin_edits_and_sees_the_history(db, qtbot: QtBot):
    basics = seed_basics(db, IN_WINDOW)
    desk = Desk(db=db, clock=IN_WINDOW).signed_in(basics.leader)
    window = _window(qtbot, desk)
    _open_first(qtbot, window, "zw")  # 张伟 by the initials of the pinyin
    assert window.overview is not None and window.overview.record.name == "张伟"
    assert "张伟" in window.title.text() and window.tabs.isEnabled()
    panel = window.record
    panel.customer_class.setCurrentIndex(panel.customer_class.findData("public"))
    panel.marks["school"].setChecked(True)
    panel.notes.clear()
    type_text(panel.notes, "门卫室代收")
    qtbot.keyClick(panel.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert panel.status.text() and window.overview.record.customer_class == "public"
    shown = {panel.history.item(r, 2).text() for r in range(panel.history.rowCount())}
    assert {"Class", "Special marks", "Notes"} <= shown
    assert "School" in window.badges.text()
    pop = pop_by_phone(desk.uow(), "13912345678")
    assert pop.card is not None and pop.card.marks == ("school",)


def test_agent_takes_a_stop_application_and_is_refused_the_class(db, qtbot: QtBot):
    basics = seed_basics(db, IN_WINDOW)
    desk = Desk(db=db, clock=IN_WINDOW).signed_in(basics.agent)
    window = _window(qtbot, desk)
    assert not window.lists_button.isVisible()
    _open_first(qtbot, window, "R00000001")
    panel = window.record
    assert not panel.customer_class.isEnabled() and panel.name.isReadOnly()
    assert not panel.notes.isReadOnly()
    # a change outside the agent's fields is refused, saying who may make it
    panel.customer_class.setCurrentIndex(panel.customer_class.findData("commercial"))
    panel.save()
    settle(qtbot)
    assert "leaders" in panel.general.text()
    window.tabs.setCurrentIndex(2)
    tab = window.stops
    assert tab.stop_button.isEnabled() and not tab.resume_button.isEnabled()
    qtbot.keyClick(tab, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.findChildren(StopDialog)[-1]
    settle(qtbot)
    assert dialog.units.count() == 2 and dialog.phone.text() == "13912345678"
    type_text(dialog.reason, "外出过冬")
    dialog.take()
    settle(qtbot)
    assert "Stop applied" in tab.state.text()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 4).text().startswith("GD")
    assert "Stop applied" in window.badges.text()


def test_leader_lists_the_unsigned_and_exports_them(db, qtbot: QtBot, tmp_path: Path):
    basics = seed_basics(db, IN_WINDOW)
    desk = Desk(db=db, clock=IN_WINDOW).signed_in(basics.leader)
    window = _window(qtbot, desk)
    window.lists_button.click()  # Ctrl+L
    settle(qtbot)
    lists = window.lists
    assert lists is not None
    checklist = lists.checklist
    assert checklist.season.currentText() == "2026-2027"
    assert checklist.table.rowCount() == 2 and checklist.counts.text().startswith("2")
    target = tmp_path / "unsigned.xlsx"
    assert checklist.export("xlsx", str(target))
    settle(qtbot)
    assert target.read_bytes()[:2] == b"PK"


def test_the_intake_card_says_a_home_is_stopped(db, qtbot: QtBot):
    """The screen pop of a stopped customer: the card's archive line, first and highlighted."""
    from dataclasses import replace as changed

    from app.ui.intake.customer_card import CustomerCardView

    basics = seed_basics(db, IN_WINDOW)
    card = pop_by_phone(Desk(db=db, clock=IN_WINDOW).signed_in(basics.agent).uow(),
                        "13912345678").card
    assert card is not None
    view = CustomerCardView()
    qtbot.addWidget(view)
    view.show_card(card)
    assert not view.archive.isVisibleTo(view)  # a plain heating household: nothing to say
    view.show_card(changed(card, heating_state="stopped", customer_class="public",
                           marks=("school",), contract_status="arrears", notes="门卫代收"))
    text = view.archive.text()
    assert view.archive.isVisibleTo(view) and view.archive.property("alert")
    assert text.startswith("Heating stopped") and "School" in text and "In arrears" in text
    assert "门卫代收" in text
