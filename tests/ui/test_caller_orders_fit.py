"""The caller's open orders show their description beside a late order (issue 12 item 6).

Seen in the demo's screenshots: the due cell said 11-30 12:05（超时 1 小时 52 分钟） on one
line, and in the card's half of the 1440×900 desk the description column was pushed out
of sight behind a horizontal scroll bar (at 1366×768 entirely). The lateness now stands
under the time, and the stretched description narrows to its heading instead of Qt's
100 px behind a scroll bar. In the house style, as on the desk.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from app.ui.intake.history_panel import HistoryPanel
from app.workflows.screen_pop import TicketSummary

NOW = datetime(2026, 11, 30, 5, 57, tzinfo=UTC)
CARD_SIDE = {"1440x900": 600, "1366x768": 565}  # the card's side of the desk (screenshots)


@pytest.mark.parametrize("screen", list(CARD_SIDE))
def test_a_late_orders_description_stays_in_sight_beside_its_lateness(
        screen: str, qtbot: QtBot, zh_translators: list[QTranslator], house_style: None) -> None:  # noqa: ARG001
    late = TicketSummary(id=1, number="GD00002514", category="heating_quality", level=1,
                         status="new", description="暖气不热，室温只有12度",
                         unit_name="第二供热所", received_at=NOW - timedelta(hours=4),
                         due_at=NOW - timedelta(hours=1, minutes=52))
    panel = HistoryPanel(clock=lambda: NOW)
    qtbot.addWidget(panel)
    panel.resize(CARD_SIDE[screen], 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel._fill_orders([late])
    table = panel.orders
    description = table.horizontalHeader().sectionViewportPosition(6)
    assert description + 4 * table.fontMetrics().horizontalAdvance("暖") \
        <= table.viewport().width(), "the description is out of sight"
    assert table.horizontalHeader().length() <= table.viewport().width()  # no scroll bar
    assert table.item(0, 5).text().endswith("\n（超时 1 小时 52 分钟）")
    assert table.rowHeight(0) >= 2 * table.fontMetrics().lineSpacing()  # both lines shown
