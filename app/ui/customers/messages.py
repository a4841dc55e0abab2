"""Sentences for the archive's codes and refusals; shared codes fall back to app.ui.messages.

A refusal names what the role may not do and who may, so an agent knows whom to ask.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.messages import message_for
from app.workflows.errors import PermissionDenied

CONTEXT = "ArchiveMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    return text


_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("ArchiveMessages", "Please fill this in."),
    "invalid": QT_TRANSLATE_NOOP("ArchiveMessages", "Name a season as 2026-2027."),
    "date.invalid": QT_TRANSLATE_NOOP("ArchiveMessages", "Enter a date as YYYY-MM-DD."),
    "date.future": QT_TRANSLATE_NOOP("ArchiveMessages", "This day has not come yet."),
    "temperature.implausible": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "This temperature is not possible here."),
    "range.reversed": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "The upper limit is below the lower one."),
    "contract.exists": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "This season already has a contract: edit that one."),
    "label.too_long": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "A phone's label has at most 20 characters."),
    "phones.too_many": QT_TRANSLATE_NOOP("ArchiveMessages", "At most 8 phone numbers."),
    "list.too_long_to_print": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "The list is too long to print; choose one estate, or export it to Excel."),
    "report.format": QT_TRANSLATE_NOOP("ArchiveMessages", "Save as .pdf or .xlsx."),
    "stop.outside_window": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Applications are taken only within the application window."),
    "stop.pending": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "An application is already waiting for its field check; withdraw it first."),
    "stop.arrears": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "The account is in arrears (as imported from billing): settle it at the billing "
        "office first."),
    "stop.already_stopped": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Heating is already stopped for this home."),
    "stop.not_stopped": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Heating is not stopped: there is nothing to resume."),
    "stop.no_own_shutoff": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "This home cannot be shut off on its own (no own valve): a stop is not possible."),
    "stop.not_pending": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Only an application waiting for its field check can be withdrawn."),
}

# permission -> who may (the refusal's second sentence)
_WHO: dict[str, str] = {
    "archive.edit_contact": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Phones and notes are changed by agents, leaders and admins."),
    "archive.edit_record": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "Name, address, area, services, class and special marks are changed by shift "
        "leaders, supervisors and admins; ask the leader on duty."),
    "archive.edit_contract": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Contracts are kept by shift leaders, supervisors and admins."),
    "archive.stop_resume": QT_TRANSLATE_NOOP(
        "ArchiveMessages",
        "Stop and resume applications are taken by agents, leaders and admins."),
    "archive.lists": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "The season lists are for shift leaders, supervisors and admins."),
    "archive.import": QT_TRANSLATE_NOOP(
        "ArchiveMessages", "Importing is for shift leaders, supervisors and admins."),
}


def archive_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else message_for(code)


def archive_field_errors(general: FieldError | None = None) -> FieldErrors:
    return FieldErrors(general, translate=archive_message)


def archive_explain(exc: BaseException) -> str | None:
    """A refused action says why: the permission's own sentence."""
    if isinstance(exc, PermissionDenied):
        permission = str(exc).split(":", 1)[0]
        who = _WHO.get(permission)
        if who:
            return "\n".join((QCoreApplication.translate(
                CONTEXT, "Your role may not do this; nothing was saved."),
                QCoreApplication.translate(CONTEXT, who)))
    return None
