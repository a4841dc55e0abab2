"""Sentences for the telephony feature's validation codes; other codes go to app.ui.messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for as shared_message_for

CONTEXT = "TelephonyMessages"

_MESSAGES: dict[str, str] = {
    "telephony.not_allowed": QT_TRANSLATE_NOOP(
        "TelephonyMessages",
        "This number may not be dialled from the desk (outside the allowed numbers set by "
        "the centre)."),
    "telephony.no_extension": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "No extension is set for you: ask a shift leader to set it."),
    "telephony.not_connected": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "The PBX is not connected: dial the number on the phone."),
    "telephony.pbx_refused": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "The PBX refused the call: dial the number on the phone."),
    "phone.malformed": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "This is not a phone number."),
    "date.order": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "The last day must not come before the first."),
    "date.range_too_long": QT_TRANSLATE_NOOP(
        "TelephonyMessages", "Choose at most one year."),
}


def message_for(code: str) -> str:
    source = _MESSAGES.get(code)
    if source is None:
        return shared_message_for(code)
    return QCoreApplication.translate(CONTEXT, source)
