"""The heating-quality window driven like a technician would (rules 5.1.1-5.1.3), on SQLite
and on PostgreSQL (where every call runs on a worker thread and the test waits for it)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.ui import features
from app.ui.ops import active_operations
from app.ui.quality import install as quality_install
from app.ui.quality.quality_window import QualityWindow
from app.workflows.desk import Desk
from app.workflows.quality.rates import room_rate
from app.workflows.quality.sampling_plan import plan_for
from tests.quality_data import add_customer, technician
from tests.support import seed_basics
from tests.ui.typing import type_text


def settle(qtbot: QtBot) -> None:
    """Wait until every operation (and what its result started) has arrived."""
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=20_000)


@pytest.fixture
def setup(db, qtbot: QtBot):
    clock = FixedClock(datetime(2026, 1, 15, 3, 0, tzinfo=UTC))  # 11:00 in Beijing
    basics = seed_basics(db, clock)
    tech = technician(db, clock)
    add_customer(db, clock, "Q001", "周明", "阳光小区", "90")
    add_customer(db, clock, "Q002", "吴静", "和平里", "70", hot_water=True)
    desk = Desk(db=db, clock=clock).signed_in(tech)
    window = QualityWindow(desk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    return window, desk, basics


def _enter(qtbot: QtBot, window: QualityWindow, account: str, room: str, value: str) -> None:
    form = window.entry
    form.account.clear()
    qtbot.keyClicks(form.account, account)
    type_text(form.room, room)
    form.temperature.clear()
    qtbot.keyClicks(form.temperature, value)
    qtbot.keyClick(form.temperature, Qt.Key.Key_Return)  # Enter in the last field saves
    settle(qtbot)


def test_technician_types_a_sample_and_the_rate_follows(setup, qtbot: QtBot):
    window, desk, _basics = setup
    assert window.seasons.currentText() == "2025-2026"
    assert window.entry.day.text() == "2026-01-15" and window.entry.technician.text() == "3001"
    _enter(qtbot, window, "Q001", "客厅", "18.5")
    assert "Saved" in window.entry.result.text() and "qualified" in window.entry.result.text()
    assert window.entry.room.text() == "" and window.entry.room.hasFocus()
    _enter(qtbot, window, "Q001", "卧室", "15.5")
    assert "NOT qualified" in window.entry.result.text()
    rate = room_rate(desk.uow(), "2025-2026")
    assert (rate.counted, rate.qualified) == (2, 1)
    assert "50.00 %" in window.rates.text()


def test_impossible_values_show_at_their_field_in_chinese(setup, qtbot: QtBot, zh_translators):
    window, desk, _basics = setup
    window.entry.day.setText("2026-01-16")
    _enter(qtbot, window, "Q001", "客厅", "80")  # a room at 80 °C
    shown = window.entry.errors.visible_texts()
    assert set(shown) == {"day", "temperature"}
    assert "5.1.2" in shown["day"] and "温度" in shown["temperature"]
    assert window.entry.errors.error("day").field.property("invalid") is True
    assert room_rate(desk.uow(), "2025-2026").samples == 0  # nothing written


def test_plan_is_made_and_a_home_starts_the_entry(setup, qtbot: QtBot):
    window, desk, _basics = setup
    assert window.plan.make_button.isEnabled()
    qtbot.mouseClick(window.plan.make_button, Qt.MouseButton.LeftButton)
    assert not window.plan.make_button.isEnabled()  # greyed while the plan is made
    settle(qtbot)
    plan = plan_for(desk.uow(), date(2026, 1, 15))
    assert plan is not None and str(plan.permille) in window.plan.summary.text()
    # made once per day: the day's plan shown, the button goes instead of staying grey
    assert "‰" in window.plan.summary.text() and window.plan.make_button.isHidden()
    window.plan.table.setCurrentCell(0, 0)
    window.plan.table.activated.emit(window.plan.table.currentIndex())
    assert window.entry.account.text() == plan.homes[0].account_number
    assert window.entry.room.hasFocus()


def test_outdoor_csv_errors_by_line_then_a_good_file(setup, qtbot: QtBot, tmp_path: Path):
    window, _desk, _basics = setup
    window.tabs.setCurrentIndex(1)
    bad = tmp_path / "bad.csv"
    bad.write_text("date,mean\n2026-01-05,-8\n2026-01-0x,-3\n", encoding="utf-8")
    assert window.outdoor.import_file(bad)
    settle(qtbot)
    assert "Line 3" in window.outdoor.import_result.text()
    assert window.outdoor.table.rowCount() == 0
    good = tmp_path / "good.csv"
    good.write_text("2026-01-05,-8\n2026-01-06,-3\n", encoding="utf-8")
    assert window.outdoor.import_file(good)
    settle(qtbot)
    assert window.outdoor.import_result.text() == "2 days imported."
    assert window.outdoor.table.rowCount() == 2
    assert window.outdoor.table.item(0, 2).text() == "yes"  # below −7 °C: exempt (5.1.1)


def test_unqualified_home_to_work_order_with_ctrl_o(setup, qtbot: QtBot):
    window, _desk, _basics = setup
    _enter(qtbot, window, "Q001", "客厅", "14.0")
    window.tabs.setCurrentIndex(3)
    settle(qtbot)
    tab = window.unqualified
    assert tab.table.rowCount() == 1 and tab.open_button.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    number = tab.table.item(0, 7).text()
    assert number.startswith("GD") and number in tab.result.text()
    assert not tab.open_button.isEnabled()


def test_hot_water_reading_and_the_menu_entry(setup, qtbot: QtBot):
    window, _desk, _basics = setup
    window.tabs.setCurrentIndex(2)
    form = window.hot_water.form
    qtbot.keyClicks(form.account, "Q002")
    qtbot.keyClicks(form.temperature, "49.5")
    qtbot.keyClick(form.temperature, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.hot_water.table.rowCount() == 1
    assert window.hot_water.table.item(0, 5).text() == "no"  # rule 5.1.3: below 50 °C
    entry = next(a for a in features.registered() if a.key == "quality.window")
    assert entry.shortcut == "F9" and entry.open is quality_install.open_quality


def test_an_agent_is_told_measurements_are_for_technical_staff(db, qtbot: QtBot):
    clock = FixedClock(datetime(2026, 1, 15, 3, 0, tzinfo=UTC))
    basics = seed_basics(db, clock)
    add_customer(db, clock, "Q001", "周明", "阳光小区", "90")
    desk = Desk(db=db, clock=clock).signed_in(basics.agent)
    window = QualityWindow(desk)
    qtbot.addWidget(window)
    window.show()
    settle(qtbot)
    form = window.entry
    assert form.general.isVisible() and "technicians" in form.general.text()
    assert not form.temperature.isEnabled() and not form.save_button.isEnabled()
    form.account.setText("Q001")
    form.room.setText("living")
    form.temperature.setText("18.5")
    form.save()  # rule 5.1.2: the workflow refuses, the message stays
    settle(qtbot)
    assert "technicians" in form.general.text() and not form.save_button.isEnabled()
    assert room_rate(desk.uow(), "2025-2026").counted == 0


def test_the_import_button_has_one_mnemonic_and_its_shortcut_in_the_tooltip(setup):
    window, _desk, _basics = setup
    button = window.outdoor.import_button
    assert button.text() == "&Import CSV…"  # not "…(I)(Ctrl+I)" in Chinese
    assert "Ctrl+I" in button.toolTip() and "Ctrl" not in button.text()
