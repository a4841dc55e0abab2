"""Sentences for the security codes (staff administration, passwords, the audit viewer);
shared codes fall back to `app.ui.messages`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for
from app.workflows.errors import DatabaseUnavailable, PermissionDenied

CONTEXT = "SecurityMessages"

_MESSAGES: dict[str, str] = {
    "password.too_short": QT_TRANSLATE_NOOP(
        "SecurityMessages", "Too short: choose a longer password (a few words are easy to "
                            "remember and hard to guess)."),
    "password.too_long": QT_TRANSLATE_NOOP("SecurityMessages",
                                           "Too long: at most 128 characters."),
    "password.has_job_number": QT_TRANSLATE_NOOP(
        "SecurityMessages", "The password must not contain the job number."),
    "password.unchanged": QT_TRANSLATE_NOOP(
        "SecurityMessages", "Choose a password different from the current one."),
    "password.mismatch": QT_TRANSLATE_NOOP("SecurityMessages",
                                           "The two passwords are not the same."),
    "password.wrong": QT_TRANSLATE_NOOP("SecurityMessages",
                                        "The current password is not correct."),
    "admin.last": QT_TRANSLATE_NOOP(
        "SecurityMessages", "This is the last active administrator: keep one, or make "
                            "another administrator first."),
    "staff.self": QT_TRANSLATE_NOOP("SecurityMessages",
                                    "You cannot deactivate your own account."),
    "staff.not_locked": QT_TRANSLATE_NOOP("SecurityMessages", "This account is not locked."),
    "unit.unknown": QT_TRANSLATE_NOOP("SecurityMessages", "Choose a unit from the list."),
    "audit.one_record": QT_TRANSLATE_NOOP(
        "SecurityMessages", "Filter by an order or by a customer, not both at once."),
    "order.malformed": QT_TRANSLATE_NOOP("SecurityMessages",
                                         "An order number looks like GD00000012."),
    "account.unknown": QT_TRANSLATE_NOOP("SecurityMessages",
                                         "No customer has this account number."),
    "offline": QT_TRANSLATE_NOOP(
        "SecurityMessages", "The database cannot be reached; what you typed is kept. Try "
                            "again."),
    "refused": QT_TRANSLATE_NOOP("SecurityMessages",
                                 "Your role may not do this; nothing was changed."),
    "login.failed": QT_TRANSLATE_NOOP(
        "SecurityMessages", "The password is not correct, or the account is locked after "
                            "too many attempts (a shift leader can unlock it)."),
}


def security_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else message_for(code)


def security_field_errors(general: FieldError | None = None) -> FieldErrors:
    return FieldErrors(general, translate=security_message)


def security_explain(exc: BaseException) -> str | None:
    """The security screens' sentences for the operation runner."""
    from app.workflows.auth import LoginFailed

    if isinstance(exc, DatabaseUnavailable):
        return security_message("offline")
    if isinstance(exc, PermissionDenied):
        return security_message("refused")
    if isinstance(exc, LoginFailed):
        return security_message("login.failed")
    return None

