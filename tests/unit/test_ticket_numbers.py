"""Order numbers: written one way (GD and 8 digits) and read back as agents type them."""

from __future__ import annotations

import pytest

from app.workflows.tickets.numbers import format_ticket_number, ticket_id_of


@pytest.mark.parametrize("ticket_id", [1, 1234, 99_999_999, 123_456_789])
def test_a_written_number_reads_back_as_its_order(ticket_id: int) -> None:
    number = format_ticket_number(ticket_id)
    assert number.startswith("GD") and ticket_id_of(number) == ticket_id


def test_the_written_form() -> None:
    assert format_ticket_number(1234) == "GD00001234"


@pytest.mark.parametrize(("typed", "ticket_id"), [
    ("gd1234", 1234), (" GD00001234 ", 1234), ("1234", 1234), ("GD 42", 42),
    ("", None), ("GD", None), ("GD12a4", None), ("GD0000000000001", None),
])
def test_numbers_as_agents_type_them(typed: str, ticket_id: int | None) -> None:
    assert ticket_id_of(typed) == ticket_id
