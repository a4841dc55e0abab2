"""Rule 5.1.2 in the quality window (F9): the area measured beside the plan's, below in words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.ui.quality.quality_window import QualityWindow
from app.workflows.desk import Desk
from app.workflows.quality.sampled_area import day_area
from tests.quality_data import add_customer, technician
from tests.support import seed_basics
from tests.ui.intake_support import settle


@pytest.fixture
def window(db, qtbot: QtBot):
    clock = FixedClock(datetime(2026, 1, 15, 3, 0, tzinfo=UTC))  # 11:00 in Beijing
    seed_basics(db, clock)
    tech = technician(db, clock)
    add_customer(db, clock, "Q001", "周明", "阳光小区", "90")
    add_customer(db, clock, "BIG", "大厦", "和平里", "999000")  # 1.0 ‰ is about 1,000 m²
    desk = Desk(db=db, clock=clock).signed_in(tech)
    shown = QualityWindow(desk)
    qtbot.addWidget(shown)
    shown.show()
    settle(qtbot)
    return shown, desk


def test_rule_5_1_2_the_measured_area_shows_beside_the_plan_and_below_says_so(
        window, qtbot: QtBot) -> None:
    shown, desk = window
    assert shown.plan.days.currentText() == "2026-01-15"
    assert "Measured: 0 homes" in shown.plan.measured.text()
    assert "BELOW 1.0 ‰" in shown.plan.measured.text()  # the day has come, nothing measured
    form = shown.entry
    qtbot.keyClicks(form.account, "Q001")
    qtbot.keyClicks(form.room, "room 1")
    qtbot.keyClicks(form.temperature, "18.5")
    qtbot.keyClick(form.temperature, Qt.Key.Key_Return)
    settle(qtbot)
    area = day_area(desk.uow(), date(2026, 1, 15))
    text = shown.plan.measured.text()
    assert f"Measured: 1 homes, 90.00 m² of {area.total_area} m² = " in text
    assert f"= {area.measured_permille} ‰" in text and "BELOW 1.0 ‰" in text
    assert "b3261e" in shown.plan.measured.styleSheet()
    qtbot.mouseClick(shown.plan.make_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert "‰" in shown.plan.summary.text() and "BELOW" in shown.plan.measured.text()
