"""Order numbers as people read and type them: GD00001234.

The format is written once, in the model (`format_ticket_number`, where every layer that
prints or lists orders may import it); this module hands it to the desk with its reader.
"""

from __future__ import annotations

from app.models.ticket import TICKET_NUMBER_PREFIX, format_ticket_number


def ticket_id_of(number: str) -> int | None:
    """The id in an order number as an agent types it: GD00001234, gd1234 or 1234."""
    text = number.strip().upper().removeprefix(TICKET_NUMBER_PREFIX).strip()
    return int(text) if text.isdigit() and 0 < len(text) <= 12 else None


__all__ = ["TICKET_NUMBER_PREFIX", "format_ticket_number", "ticket_id_of"]
