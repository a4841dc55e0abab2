"""Phone normalisation, SLA deadlines (rule 5.2.2) and answer delay in rings (rule 4.4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.workflows.intake import answer_delay
from app.workflows.phone import normalise_phone
from app.workflows.settings import DEFAULTS, Settings
from app.workflows.tickets.sla import default_level, due_at

SETTINGS = Settings(dict(DEFAULTS))
T0 = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


@pytest.mark.parametrize("raw,expected", [
    ("13912345678", "13912345678"),
    ("139 1234 5678", "13912345678"),
    ("+86 139-1234-5678", "13912345678"),
    ("0086 13912345678", "13912345678"),
    ("0311-87654321", "031187654321"),
    ("(010) 6512 3456", "01065123456"),
    ("87654321", "87654321"),
    ("12345", "12345"),
    ("95598", "95598"),
    ("１３９１２３４５６７８", "13912345678"),  # full-width, as an input method types it
])
def test_accepted_numbers(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "abc", "1391234567", "139123456789", "12ab5678",
                                 "0123", "11012345678"])
def test_malformed_numbers(raw: str) -> None:
    assert normalise_phone(raw) is None


@given(st.text(max_size=20))
def test_normalised_numbers_are_plain_digits(raw: str) -> None:
    number = normalise_phone(raw)
    assert number is None or (number.isdigit() and number.isascii())


@pytest.mark.parametrize("level,hours", [(1, 2), (2, 8), (3, 24)])
def test_rule_5_2_2_deadlines(level: int, hours: int) -> None:
    assert due_at(T0, level, SETTINGS) == T0 + timedelta(hours=hours)


def test_deadline_hours_are_settings() -> None:
    custom = Settings({**DEFAULTS, "sla.level1_hours": 1})
    assert due_at(T0, 1, custom) == T0 + timedelta(hours=1)
    with pytest.raises(ValueError):
        due_at(T0, 4, SETTINGS)


def test_important_customer_is_level_one_and_contract_wins() -> None:
    assert default_level(important=True, contract_level=None) == 1
    assert default_level(important=False, contract_level=None) == 3
    assert default_level(important=True, contract_level=2) == 1  # rule 5.2.2: never below 1
    assert default_level(important=False, contract_level=2) == 2


@pytest.mark.parametrize("seconds,rings,ok", [(0, 1, True), (4.9, 1, True), (15, 3, True),
                                              (15.1, 4, False), (40, 8, False)])
def test_rule_4_4_three_rings(seconds: float, rings: int, ok: bool) -> None:
    delay = answer_delay(T0, T0 + timedelta(seconds=seconds), SETTINGS)
    assert (delay.rings, delay.within_limit) == (rings, ok)
