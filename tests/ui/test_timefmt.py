"""One rule for dates on every screen: the year when it is not the current year; lists
sort by the moment, not by the text shown (issue 12 item 6)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from app.ui import timefmt

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)  # 2026-01-05 10:00 in the centre


@pytest.fixture(autouse=True)
def _clock():
    timefmt.set_zone(CST)
    timefmt.set_clock(lambda: NOW)
    yield
    timefmt.set_clock(lambda: datetime.now(UTC))


def test_short_style_leaves_the_year_out_only_within_the_current_year() -> None:
    assert timefmt.fmt(datetime(2026, 1, 4, 1, 30, tzinfo=UTC), timefmt.SHORT) == "01-04 09:30"
    assert timefmt.fmt(datetime(2025, 12, 30, 1, 30, tzinfo=UTC),
                       timefmt.SHORT) == "2025-12-30 09:30"
    # the year is the centre's: 2025-12-31 20:00 UTC is already 2026 in the centre
    assert timefmt.fmt(datetime(2025, 12, 31, 20, 0, tzinfo=UTC), timefmt.SHORT) == "01-01 04:00"


def test_full_styles_and_times_are_unchanged() -> None:
    moment = datetime(2024, 3, 1, 0, 0, tzinfo=UTC)
    assert timefmt.fmt(moment) == "2024-03-01 08:00"
    assert timefmt.fmt(moment, timefmt.TIME) == "08:00"
    assert timefmt.fmt(None, timefmt.SHORT, "—") == "—"


def test_days_follow_the_same_rule() -> None:
    assert timefmt.fmt_day(date(2026, 2, 3)) == "02-03"
    assert timefmt.fmt_day(date(2025, 11, 15)) == "2025-11-15"


def test_a_column_of_times_sorts_in_time_order_not_text_order(qtbot) -> None:  # noqa: ARG001
    moments = [datetime(2026, 1, 2, 1, tzinfo=UTC), datetime(2025, 12, 30, 1, tzinfo=UTC),
               None, datetime(2025, 2, 1, 1, tzinfo=UTC), datetime(2026, 1, 1, 1, tzinfo=UTC)]
    table = QTableWidget(len(moments), 1)
    for row, moment in enumerate(moments):
        table.setItem(row, 0, timefmt.time_item(moment, empty="—"))
    table.sortItems(0, Qt.SortOrder.AscendingOrder)
    shown = [table.item(r, 0).text() for r in range(len(moments))]
    assert shown == ["—", "2025-02-01 09:00", "2025-12-30 09:00", "01-01 09:00",
                     "01-02 09:00"]
    assert shown != sorted(shown)  # the text order would be wrong
    keys = [table.item(r, 0).data(timefmt.SORT_ROLE) for r in range(len(moments))]
    assert keys == sorted(keys)
