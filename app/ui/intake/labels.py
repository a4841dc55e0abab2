"""Chinese (translated) names for the closed vocabularies the intake desk shows.

The database stores English identifiers (`app/workflows/vocab.py`); these functions give
what an agent reads. They are functions, not constants, so they follow the installed
translator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.workflows.vocab import Category, Channel, Outcome, Responsibility, Role, TicketStatus


def channels() -> dict[str, str]:
    return {
        Channel.PHONE.value: QCoreApplication.translate("IntakeLabels", "Phone"),
        Channel.VISIT.value: QCoreApplication.translate("IntakeLabels", "Visit"),
        Channel.LETTER.value: QCoreApplication.translate("IntakeLabels", "Letter"),
        Channel.FIELD_VISIT.value: QCoreApplication.translate("IntakeLabels", "Field visit"),
        Channel.HOTLINE_12345.value: QCoreApplication.translate(
            "IntakeLabels", "12345 transfer"),
    }


def categories() -> dict[str, str]:
    return {
        Category.ENQUIRY.value: QCoreApplication.translate("IntakeLabels", "Enquiry"),
        Category.COMPLAINT.value: QCoreApplication.translate("IntakeLabels", "Complaint"),
        Category.REPAIR.value: QCoreApplication.translate("IntakeLabels", "Repair"),
        Category.HEATING_QUALITY.value: QCoreApplication.translate(
            "IntakeLabels", "Heating quality (room temperature)"),
        Category.CONTRACT.value: QCoreApplication.translate(
            "IntakeLabels", "Contract or new connection"),
        Category.SUGGESTION.value: QCoreApplication.translate("IntakeLabels", "Suggestion"),
        Category.PRAISE.value: QCoreApplication.translate("IntakeLabels", "Praise"),
    }


def responsibilities() -> dict[str, str]:
    """Responsibility attribution 责任归属 (rule 2.6)."""
    return {
        Responsibility.UNDETERMINED.value: QCoreApplication.translate(
            "IntakeLabels", "Undetermined"),
        Responsibility.COMPANY.value: QCoreApplication.translate("IntakeLabels", "Company"),
        Responsibility.CUSTOMER.value: QCoreApplication.translate("IntakeLabels", "Customer"),
        Responsibility.THIRD_PARTY.value: QCoreApplication.translate(
            "IntakeLabels", "Third party"),
    }


def outcomes() -> dict[str, str]:
    return {
        Outcome.ANSWERED.value: QCoreApplication.translate("IntakeLabels", "Answered now"),
        Outcome.WORK_ORDER.value: QCoreApplication.translate("IntakeLabels", "Work order"),
    }


def roles() -> dict[str, str]:
    """A staff member's role in one word: the status bar says who is signed in."""
    return {
        Role.AGENT.value: QCoreApplication.translate("IntakeLabels", "Agent"),
        Role.SHIFT_LEADER.value: QCoreApplication.translate("IntakeLabels", "Shift leader"),
        Role.TECHNICIAN.value: QCoreApplication.translate("IntakeLabels", "Technician"),
        Role.SUPERVISOR.value: QCoreApplication.translate("IntakeLabels", "Supervisor"),
        Role.ADMIN.value: QCoreApplication.translate("IntakeLabels", "Administrator"),
    }


def statuses() -> dict[str, str]:
    """A work order's status: the ONE place every screen gets its words (context
    IntakeLabels): the intake desk, the queues (their history steps dispatch, resolve and
    close say the same word), the handover dialog and history. The Chinese words are those
    of the printed sheets and reports, app/printing/names_zh.py TICKET_STATUS, which names
    the rule each word comes from; tests/unit/test_status_words.py keeps them one."""
    return {
        TicketStatus.NEW.value: QCoreApplication.translate("IntakeLabels", "New"),
        TicketStatus.DISPATCHED.value: QCoreApplication.translate("IntakeLabels", "Dispatched"),
        TicketStatus.IN_PROGRESS.value: QCoreApplication.translate(
            "IntakeLabels", "In progress"),
        TicketStatus.RESOLVED.value: QCoreApplication.translate("IntakeLabels", "Resolved"),
        TicketStatus.CALLBACK_DONE.value: QCoreApplication.translate(
            "IntakeLabels", "Called back"),
        TicketStatus.CLOSED.value: QCoreApplication.translate("IntakeLabels", "Closed"),
    }


def services() -> dict[str, str]:
    return {
        "heating": QCoreApplication.translate("IntakeLabels", "Space heating"),
        "hot_water": QCoreApplication.translate("IntakeLabels", "Domestic hot water"),
        "steam": QCoreApplication.translate("IntakeLabels", "Steam"),
    }


def level_name(level: int, hours: int) -> str:
    return QCoreApplication.translate("IntakeLabels", "Level %1 (within %2 h)").replace(
        "%1", str(level)).replace("%2", str(hours))



