"""Validation codes from the workflows, as sentences in the user's language.

Workflows raise `ValidationError({field: code})` with codes, never sentences, so the same
rule reads well in Chinese and English. Every dialog turns codes into text here, which keeps
one wording per problem across the whole workstation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Messages"

# Source texts are marked for lupdate; message_for() translates them at call time, so a
# language installed after import still applies.
_MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Messages", "Please fill this in."),
    "phone.malformed": QT_TRANSLATE_NOOP(
        "Messages",
        "This is not a valid phone number (a mobile, a landline with area code, or a local "
        "number)."),
    "phone.too_long": QT_TRANSLATE_NOOP(
        "Messages", "This number is too long (at most %1 digits)."),
    "account.unknown": QT_TRANSLATE_NOOP("Messages", "No customer has this account number."),
    "account.taken": QT_TRANSLATE_NOOP(
        "Messages", "Another customer already has this account number."),
    "unit.unknown": QT_TRANSLATE_NOOP("Messages", "Choose an executing unit from the list."),
    "level.invalid": QT_TRANSLATE_NOOP("Messages", "Choose a priority level from the list."),
    "choice.invalid": QT_TRANSLATE_NOOP("Messages", "Choose one of the listed options."),
    "case.no_contact": QT_TRANSLATE_NOOP(
        "Messages", "A case needs a way to reach the customer: enter a phone number."),
    "text.too_long": QT_TRANSLATE_NOOP("Messages", "This text is too long; please shorten it."),
    "time.order": QT_TRANSLATE_NOOP(
        "Messages", "The times are in the wrong order: the later time must not come first."),
    "job_number.invalid": QT_TRANSLATE_NOOP(
        "Messages", "A job number has 2 to 20 letters or digits."),
    "job_number.taken": QT_TRANSLATE_NOOP("Messages", "This job number is already in use."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Messages", "The password needs at least %1 characters."),
    "password.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords are not the same."),
    "role.invalid": QT_TRANSLATE_NOOP("Messages", "Choose a role from the list."),
    "admin.exists": QT_TRANSLATE_NOOP(
        "Messages",
        "An administrator already exists; please ask them to create your account."),
    "area.out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "The heated area is outside the plausible range."),
    "number.invalid": QT_TRANSLATE_NOOP("Messages", "Please enter a valid number."),
    "services.none": QT_TRANSLATE_NOOP(
        "Messages", "Choose at least one service (heating, hot water or steam)."),
    # work orders
    "satisfaction.not_reached": QT_TRANSLATE_NOOP(
        "Messages", "The customer was not reached, so there is no satisfaction to record."),
    "staff.unknown": QT_TRANSLATE_NOOP(
        "Messages", "Choose an active colleague from the list."),
    "time.not_future": QT_TRANSLATE_NOOP("Messages", "This time must lie in the future."),
    "incident.not_open": QT_TRANSLATE_NOOP(
        "Messages", "This incident is no longer open."),
    "ticket.no_customer": QT_TRANSLATE_NOOP(
        "Messages", "This work order has no customer on file."),
    "ticket.unknown": QT_TRANSLATE_NOOP("Messages", "No work order has this number."),
    "cursor.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The list position is no longer valid; press F5 to read the list again."),
    "queue.unknown": QT_TRANSLATE_NOOP("Messages", "Choose a queue from the list."),
    "category.unknown": QT_TRANSLATE_NOOP("Messages", "Choose a category from the list."),
    "status.unknown": QT_TRANSLATE_NOOP("Messages", "Choose a status from the list."),
    "sort.unknown": QT_TRANSLATE_NOOP("Messages", "Choose a sort order from the list."),
}
_UNKNOWN = QT_TRANSLATE_NOOP("Messages", "This entry is not accepted (%1).")

KNOWN_CODES = frozenset(_MESSAGES)


def message_for(code: str) -> str:
    """The sentence for a validation code; an unknown code still reads as a sentence."""
    source = _MESSAGES.get(code)
    if source is None:
        return QCoreApplication.translate(CONTEXT, _UNKNOWN).replace("%1", code)
    text = QCoreApplication.translate(CONTEXT, source)
    if code == "password.too_short":
        from app.workflows.auth import MIN_PASSWORD_LENGTH  # the data layer loads lazily

        text = text.replace("%1", str(MIN_PASSWORD_LENGTH))
    elif code == "phone.too_long":
        from app.workflows.phone import MAX_PHONE_DIGITS

        text = text.replace("%1", str(MAX_PHONE_DIGITS))
    return text
