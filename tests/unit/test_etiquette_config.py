"""Etiquette settings: the stand-in shift pattern and its query window (rule 5.4 figures)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.workflows.etiquette.config import DEFAULTS, build_config, parse_hhmm
from app.workflows.settings import DEFAULTS as SHARED

CONFIG = build_config({**DEFAULTS, **SHARED})


def test_stand_in_shift_pattern_puts_the_small_hours_in_the_night_before() -> None:
    assert CONFIG.shift_of(datetime(2026, 11, 26, 1, 30, tzinfo=UTC)).name == "day"  # 09:30
    night = CONFIG.shift_of(datetime(2026, 11, 26, 18, 0, tzinfo=UTC))  # 02:00 on the 27th
    assert (night.day.isoformat(), night.name) == ("2026-11-26", "night")


def test_shift_window_covers_the_last_night_until_the_next_morning() -> None:
    start, end = CONFIG.shift_window(date(2026, 11, 26), date(2026, 11, 26))
    assert start == datetime(2026, 11, 26, 0, 0, tzinfo=UTC)   # 08:00 Beijing
    assert end == datetime(2026, 11, 27, 0, 0, tzinfo=UTC)     # 08:00 next morning


def test_times_of_day_are_checked() -> None:
    assert parse_hhmm("8:05").hour == 8
    with pytest.raises(ValueError):
        parse_hhmm("25:00")


def test_local_time_is_the_centres_shared_setting() -> None:
    # rule 5.4 figures and greetings follow the same local time as the shift roster
    config = build_config({**DEFAULTS, **SHARED, "shift.utc_offset_hours": 0})
    assert config.part_of_day(datetime(2026, 11, 26, 13, 0, tzinfo=UTC)) == "afternoon"
    assert CONFIG.part_of_day(datetime(2026, 11, 26, 13, 0, tzinfo=UTC)) == "evening"
