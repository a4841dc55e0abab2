"""The archive's line on the intake card: class, special marks, the season's contract,
the heating state (a stopped home said first and in red) and the record's notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.customers.names import (
    class_names,
    contract_status_names,
    heating_state_names,
    mark_names,
)
from app.workflows.screen_pop import CustomerCard


def archive_line(card: CustomerCard) -> tuple[str, bool]:
    """(text, alert): alert when the heating is stopped or a stop/resume is pending."""
    parts: list[str] = []
    alert = card.heating_state != "heating"
    if alert:
        parts.append(heating_state_names()[card.heating_state])
    if card.customer_class != "residential":
        parts.append(class_names().get(card.customer_class, card.customer_class))
    parts.extend(mark_names()[m] for m in card.marks if m in mark_names())
    if card.contract_status is not None and card.contract_status != "signed":
        parts.append(QCoreApplication.translate("ArchiveCard", "Contract: %1").replace(
            "%1", contract_status_names()[card.contract_status]))
    if card.notes:
        parts.append(QCoreApplication.translate("ArchiveCard", "Note: %1").replace(
            "%1", card.notes))
    return "  ·  ".join(parts), alert
