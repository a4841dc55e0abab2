"""What the queue screens call things, in the user's language.

Functions, not constants, so the words follow the installed translator. Categories and
statuses come from the intake desk's labels so an order reads the same on every screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.intake import labels as intake_labels


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueLabels", text)


def queues() -> dict[str, str]:
    return {
        "mine": _t("My orders"),
        "unit": _t("My unit's orders"),
        "open": _t("All open orders"),
        "due_soon": _t("Due within the hour"),
        "overdue": _t("Overdue"),
        "callback": _t("Awaiting callback"),
        "closed_today": _t("Closed today"),
    }


def sorts() -> dict[str, str]:
    return {"due_at": _t("Due time"), "received_at": _t("Received time"),
            "level": _t("Level")}


def categories() -> dict[str, str]:
    return intake_labels.categories()


def statuses() -> dict[str, str]:
    return intake_labels.statuses()


def responsibilities() -> dict[str, str]:
    return intake_labels.responsibilities()


def deadline_tip(tone: str) -> str:
    return {"overdue": _t("Overdue"), "soon": _t("Due within the hour"),
            "paused": _t("Deadline paused: waiting for the customer")}.get(tone, "")


def steps() -> dict[str, str]:
    """History steps (events the work-order workflows write on the ticket)."""
    return {
        "create": _t("Created"), "update": _t("Edited"), "dispatch": _t("Dispatched"),
        "claim": _t("Claimed"), "release": _t("Released"), "start": _t("Work started"),
        "resolve": _t("Resolved"), "callback": _t("Callback"), "reopen": _t("Reopened"),
        "close": _t("Closed"), "pause": _t("Paused"), "resume": _t("Resumed"),
        "escalate": _t("Escalated"), "overdue": _t("Became overdue"),
        "case": _t("Opened as a case"), "urge": _t("Customer urged"),
        "follow_up": _t("Followed up"), "incident": _t("Linked to an incident"),
    }


def fields() -> dict[str, str]:
    """Column names in a history line."""
    return {
        "status": _t("Status"), "due_at": _t("Due"), "paused_at": _t("Paused at"), "level": _t("Level"),
        "category": _t("Category"), "description": _t("Description"),
        "resolution": _t("Resolution"), "responsibility": _t("Responsibility"),
        "reason": _t("Reason"), "note": _t("Note"), "words": _t("Customer's words"),
        "satisfaction": _t("Satisfaction"), "reached": _t("Reached"),
        "escalation_reason": _t("Escalation reason"), "third_party": _t("Third party"),
        "closed_at": _t("Closed at"), "resolved_at": _t("Resolved at"),
    }


def satisfactions() -> dict[str, str]:
    """The four levels of rule 5.3.1."""
    return {"satisfied": _t("Satisfied"), "basically_satisfied": _t("Basically satisfied"),
            "dissatisfied": _t("Dissatisfied"), "very_dissatisfied": _t("Very dissatisfied")}
