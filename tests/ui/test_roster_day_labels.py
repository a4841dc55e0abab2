"""The roster's day labels follow timefmt's year rule (issue 12 item 6): the year is
shown when the day is not in the desk's current year."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.ui import timefmt
from app.ui.shifts import labels

NOW = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _clock():
    timefmt.set_zone(timezone(timedelta(hours=8)))
    timefmt.set_clock(lambda: NOW)
    yield
    timefmt.set_clock(lambda: datetime.now(UTC))


def test_a_roster_day_shows_its_year_only_outside_the_current_year(qapp) -> None:
    assert labels.day(date(2026, 1, 5)) == "01-05 Mon"
    assert labels.day(date(2025, 12, 29)) == "2025-12-29 Mon"
