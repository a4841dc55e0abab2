"""Full-width input (issue 12.9): NFKC-folded in app/workflows/phone.py, the one place."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.contact import Contact
from app.models.customer import CustomerPhone
from app.models.ticket import Ticket
from app.workflows.phone import (
    MAX_PHONE_DIGITS,
    TOO_LONG,
    digits_fragment,
    normalise_phone,
    phone_problem,
)

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@pytest.mark.parametrize("raw, expected", [
    ("１３８ ００１３ ８０００", "13800138000"),
    ("１３８\u3000００１３\u3000８０００", "13800138000"),   # ideographic space
    ("（０３１１）８７６５－４３２１", "031187654321"),      # full-width brackets and dash
    ("＋８６ １３９１２３４５６７８", "13912345678"),         # full-width plus
    ("0311—87654321", "031187654321"),                      # an em dash from copied text
    ("９５５９８", "95598"),
])
def test_full_width_numbers_are_the_ascii_number(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected
    assert phone_problem(raw) is None


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_any_mobile_typed_full_width_is_the_same_number(number: str) -> None:
    assert normalise_phone(number.translate(FULL_WIDTH)) == normalise_phone(number) == number


def test_other_scripts_digits_stay_refused() -> None:
    assert normalise_phone("١٣٨٠٠١٣٨٠٠٠") is None  # Arabic-Indic digits are not folded to ASCII


def test_too_long_is_its_own_problem_and_the_limit_is_the_columns() -> None:
    assert CustomerPhone.__table__.c.number.type.length == MAX_PHONE_DIGITS
    assert Ticket.__table__.c.phone.type.length == MAX_PHONE_DIGITS
    assert Contact.__table__.c.phone.type.length == MAX_PHONE_DIGITS
    assert phone_problem("１" * (MAX_PHONE_DIGITS + 1)) == TOO_LONG
    assert phone_problem("1" * MAX_PHONE_DIGITS) == "phone.malformed"
    assert phone_problem("abc") == "phone.malformed"


def test_a_typed_part_of_a_number_is_its_digits() -> None:
    assert digits_fragment("１３８ ００１３") == "1380013"
    assert digits_fragment("和平里") is None


def test_an_import_cell_typed_full_width_holds_the_ascii_numbers() -> None:
    """A spreadsheet cell as an input method typed it: ideographic spaces inside a number,
    two of them or a full-width ； between numbers (the import end to end:
    tests/integration/test_customer_import.py)."""
    from app.workflows.customers.import_fields import _phones

    assert _phones("１３８\u3000００１３\u3000８０００；（０３１１）８５５５－１２３４") == [
        "13800138000", "031185551234"]
    assert _phones("１３８００１３８０００\u3000\u3000０３１１８５５５１２３４") == [
        "13800138000", "031185551234"]
