"""The handover dialog's carry table (issue 12 items 6 and the carry-over reason's words).

Its 时限 column follows the year rule of every list (the year only when it is not the
current one, by the desk's clock) and sorts by the moment, not by the text; the reason
'open' reads "To follow up" in English and 待跟踪 in Chinese.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from app.ui import timefmt
from app.ui.shifts.carry_table import CarryTable

NOW = datetime(2026, 11, 28, 1, 0, tzinfo=UTC)  # 09:00 on 2026-11-28 in the centre
ZONE = timezone(timedelta(hours=8))


@pytest.fixture(autouse=True)
def _clock():
    timefmt.set_zone(ZONE)
    timefmt.set_clock(lambda: NOW)
    yield
    timefmt.set_clock(lambda: datetime.now(UTC))


def _table(qtbot) -> CarryTable:
    table = CarryTable(ZONE)
    qtbot.addWidget(table)
    table.show_rows([  # in the order a text sort would keep: 01-05 < 11-28 < 2025-…
        ("GD00000003", "open", 2, datetime(2026, 11, 28, 6, 0, tzinfo=UTC), "in_progress", "c"),
        ("GD00000001", "overdue", 1, datetime(2025, 12, 30, 2, 0, tzinfo=UTC), "dispatched",
         "a"),
        ("GD00000002", "callback", 3, datetime(2026, 1, 5, 3, 0, tzinfo=UTC), "resolved", "b"),
    ])
    return table


def _column(table: CarryTable, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_due_shows_the_year_only_outside_the_current_year_and_sorts_by_the_moment(
        qtbot) -> None:
    table = _table(qtbot)
    assert _column(table, CarryTable.DUE) == ["2025-12-30 10:00", "01-05 11:00", "11-28 14:00"]
    assert _column(table, 0) == ["GD00000001", "GD00000002", "GD00000003"]
    table.sortItems(CarryTable.DUE, Qt.SortOrder.DescendingOrder)
    assert _column(table, 0) == ["GD00000003", "GD00000002", "GD00000001"]
    assert table.item(2, 0).foreground().color() == Qt.GlobalColor.darkRed  # still red


def test_the_open_reason_says_what_it_means(qtbot) -> None:
    assert _column(_table(qtbot), 1)[2] == "To follow up"


def test_the_open_reason_in_chinese(qtbot, zh_translators) -> None:  # noqa: ARG001
    table = _table(qtbot)
    assert _column(table, 1) == ["已超时", "待回访", "待跟踪"]
    assert table.horizontalHeaderItem(CarryTable.DUE).text() == "时限"
