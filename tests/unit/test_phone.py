"""Phone numbers as agents type them and phone systems send them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.workflows.phone import is_valid_phone, normalise_phone


@pytest.mark.parametrize("raw, expected", [
    ("13912345678", "13912345678"),
    ("139 1234 5678", "13912345678"),
    ("+86 139-1234-5678", "13912345678"),
    ("008613912345678", "13912345678"),
    ("(0311) 8765-4321", "031187654321"),
    ("0311-87654321", "031187654321"),
    ("010 12345678", "01012345678"),
    ("87654321", "87654321"),
    ("8765432", "8765432"),
    ("12345", "12345"),
    ("95598", "95598"),
    ("（0311）87654321", "031187654321"),
])
def test_accepted_numbers_are_normalised(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected
    assert is_valid_phone(raw)


@pytest.mark.parametrize("raw", [
    "", "   ", "1391234567", "139123456789", "12912345678", "0123", "01234567",
    "13912345678x", "一三九", "+1 415 555 0100", "87654321; DROP",
])
def test_rejected_numbers(raw: str) -> None:
    assert normalise_phone(raw) is None
    assert not is_valid_phone(raw)


@given(st.text(max_size=30))
def test_normalising_is_stable(raw: str) -> None:
    """Whatever comes in: None, or ASCII digits that normalise to themselves."""
    result = normalise_phone(raw)
    if result is not None:
        assert result.isascii() and result.isdigit()
        assert normalise_phone(result) == result


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_every_mobile_number_is_accepted(mobile: str) -> None:
    assert normalise_phone(f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}") == mobile
