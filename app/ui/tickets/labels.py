"""What the queue screens call things, in the user's language.

Functions, not constants, so the words follow the installed translator. Categories and
statuses come from the intake desk's labels so an order reads the same on every screen.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication

from app.ui.intake import labels as intake_labels


def _t(text: str) -> str:
    return QCoreApplication.translate("QueueLabels", text)


def queues() -> dict[str, str]:
    return {
        "mine": QCoreApplication.translate("QueueLabels", "My orders"),
        "unit": QCoreApplication.translate("QueueLabels", "My unit's orders"),
        "open": QCoreApplication.translate("QueueLabels", "All open orders"),
        "due_soon": QCoreApplication.translate("QueueLabels", "Due within the hour"),
        "overdue": QCoreApplication.translate("QueueLabels", "Overdue"),
        "callback": QCoreApplication.translate("QueueLabels", "Awaiting callback"),
        "closed_today": QCoreApplication.translate("QueueLabels", "Closed today"),
    }


def sorts() -> dict[str, str]:
    return {
        "due_at": QCoreApplication.translate("QueueLabels", "Due time"),
        "received_at": QCoreApplication.translate("QueueLabels", "Received time"),
        "level": QCoreApplication.translate("QueueLabels", "Level"),
    }


def categories() -> dict[str, str]:
    return intake_labels.categories()


def statuses() -> dict[str, str]:
    return intake_labels.statuses()


def responsibilities() -> dict[str, str]:
    return intake_labels.responsibilities()


def deadline_tip(tone: str, reason: str = "") -> str:
    """The deadline's state in words; a pause says its own reason when it is known."""
    if tone == "paused" and reason:
        return QCoreApplication.translate("QueueLabels", "Deadline paused: %1").replace(
            "%1", reason)
    return {
        "overdue": QCoreApplication.translate("QueueLabels", "Overdue"),
        "soon": QCoreApplication.translate("QueueLabels", "Due within the hour"),
        "paused": QCoreApplication.translate(
            "QueueLabels", "Deadline paused"
        ),
    }.get(tone, "")


def steps() -> dict[str, str]:
    """History steps (events the work-order workflows write on the ticket). A step that
    moves the order to a status says that status's one word (intake labels)."""
    status = intake_labels.statuses()
    return {
        "create": QCoreApplication.translate("QueueLabels", "Created"),
        "update": QCoreApplication.translate("QueueLabels", "Edited"),
        "dispatch": status["dispatched"],
        "claim": QCoreApplication.translate("QueueLabels", "Claimed"),
        "release": QCoreApplication.translate("QueueLabels", "Released"),
        "start": QCoreApplication.translate("QueueLabels", "Work started"),
        "resolve": status["resolved"],
        "callback": QCoreApplication.translate("QueueLabels", "Callback"),
        "reopen": QCoreApplication.translate("QueueLabels", "Reopened"),
        "close": status["closed"],
        "pause": QCoreApplication.translate("QueueLabels", "Paused"),
        "resume": QCoreApplication.translate("QueueLabels", "Resumed"),
        "escalate": QCoreApplication.translate("QueueLabels", "Escalated"),
        "overdue": QCoreApplication.translate("QueueLabels", "Became overdue"),
        # rule 5.2.2: an important customer's order put below level 1
        "level_override": QCoreApplication.translate("QueueGrading", "Graded below level 1"),
        "case": QCoreApplication.translate("QueueLabels", "Opened as a case"),
        "urge": QCoreApplication.translate("QueueLabels", "Customer urged"),
        "follow_up": QCoreApplication.translate("QueueLabels", "Followed up"),
        "incident": QCoreApplication.translate("QueueLabels", "Linked to an incident"),
        "open_case": QCoreApplication.translate("QueueLabels", "Opened as a case"),
        "link_incident": QCoreApplication.translate("QueueLabels", "Linked to an incident"),
    }


def fields() -> dict[str, str]:
    """Column names in a history line."""
    return {
        "status": QCoreApplication.translate("QueueLabels", "Status"),
        "due_at": QCoreApplication.translate("QueueLabels", "Due"),
        "paused_at": QCoreApplication.translate("QueueLabels", "Paused at"),
        "level": QCoreApplication.translate("QueueLabels", "Level"),
        "category": QCoreApplication.translate("QueueLabels", "Category"),
        "description": QCoreApplication.translate("QueueLabels", "Description"),
        "resolution": QCoreApplication.translate("QueueLabels", "Resolution"),
        "responsibility": QCoreApplication.translate("QueueLabels", "Responsibility"),
        "reason": QCoreApplication.translate("QueueLabels", "Reason"),
        "note": QCoreApplication.translate("QueueLabels", "Note"),
        "words": QCoreApplication.translate("QueueLabels", "Customer's words"),
        "satisfaction": QCoreApplication.translate("QueueLabels", "Satisfaction"),
        "reached": QCoreApplication.translate("QueueLabels", "Reached"),
        "escalation_reason": QCoreApplication.translate("QueueLabels", "Escalation reason"),
        "third_party": QCoreApplication.translate("QueueLabels", "Third party"),
        "closed_at": QCoreApplication.translate("QueueLabels", "Closed at"),
        "resolved_at": QCoreApplication.translate("QueueLabels", "Resolved at"),
        "callback_due_at": QCoreApplication.translate("QueueLabels", "Call back by"),
        "customer_accepted": QCoreApplication.translate("QueueLabels", "Customer accepted"),
    }


def customer_answers() -> dict[str, str]:
    """Whether the customer accepted the answer offered, asked when escalating."""
    return {
        "not_accepted": QCoreApplication.translate(
            "QueueLabels", "No: a leader's support is needed"),
        "accepted": QCoreApplication.translate(
            "QueueLabels", "Yes, escalated as a major or hard problem"),
        "none_offered": QCoreApplication.translate("QueueLabels", "No answer could be offered"),
    }


def satisfactions() -> dict[str, str]:
    """The four levels of rule 5.3.1."""
    return {
        "satisfied": QCoreApplication.translate("QueueLabels", "Satisfied"),
        "basically_satisfied": QCoreApplication.translate("QueueLabels", "Basically satisfied"),
        "dissatisfied": QCoreApplication.translate("QueueLabels", "Dissatisfied"),
        "very_dissatisfied": QCoreApplication.translate("QueueLabels", "Very dissatisfied"),
    }


def yes_no() -> dict[str, str]:
    """A yes/no field of a step (reached at the callback ...), keyed by the stored flag's
    lower-case text."""
    return {"true": QCoreApplication.translate("QueueLabels", "Yes"),
            "false": QCoreApplication.translate("QueueLabels", "No")}


def step_reasons() -> dict[str, str]:
    """The reasons a program writes on a step instead of a person's words: the reopening
    after an unhappy callback (rule 2.5) says "dissatisfied"."""
    return {"dissatisfied": QCoreApplication.translate(
        "QueueLabels", "Customer dissatisfied at the callback")}


def _whole_minutes(span: timedelta) -> int:
    """Whole minutes, never 0: an order just due is "1 min late", never "0 min late"."""
    return max(1, int(span.total_seconds() // 60))


def late_text(late: timedelta) -> str:
    """'25 min late', '2 h 5 min late' or '3 d 4 h late': readable at any lateness; the
    one wording of lateness for the queue, the overdue alerts and the desk's open orders."""
    minutes = _whole_minutes(late)
    if minutes >= 24 * 60:
        return QCoreApplication.translate("OverdueAlerts", "%1 d %2 h late").replace(
            "%1", str(minutes // (24 * 60))).replace("%2", str(minutes // 60 % 24))
    if minutes < 60:
        return QCoreApplication.translate("OverdueAlerts", "%1 min late").replace(
            "%1", str(minutes))
    return QCoreApplication.translate("OverdueAlerts", "%1 h %2 min late").replace(
        "%1", str(minutes // 60)).replace("%2", str(minutes % 60))


def left_text(left: timedelta) -> str:
    """'29 min left' or '1 h 5 min left': the time to a deadline, worded like late_text."""
    minutes = _whole_minutes(left)
    if minutes < 60:
        return QCoreApplication.translate("OverdueAlerts", "%1 min left").replace(
            "%1", str(minutes))
    return QCoreApplication.translate("OverdueAlerts", "%1 h %2 min left").replace(
        "%1", str(minutes // 60)).replace("%2", str(minutes % 60))

