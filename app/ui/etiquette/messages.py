"""Sentences for the etiquette feature's validation codes; other codes go to app.ui.messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for as shared_message_for

CONTEXT = "EtiquetteMessages"

_MESSAGES: dict[str, str] = {
    "etiquette.category_empty": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "A phrase category needs at least one phrase (rule 4.3)."),
    "etiquette.placeholder_unknown": QT_TRANSLATE_NOOP(
        "EtiquetteMessages",
        "A phrase uses a placeholder that does not exist; use one of those listed below."),
    "etiquette.flow_empty": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "A flow needs at least one ticked stage."),
    "etiquette.flow_invalid": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "A flow names a stage twice or a stage that does not exist."),
    "etiquette.curt_empty": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "A suggested wording needs the phrase it replaces."),
    "etiquette.curt_duplicate": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "This phrase is listed twice."),
    "etiquette.reminder_empty": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "Each reminder group needs at least one line (rule 3.2.6)."),
    "date.order": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "The last day must not come before the first."),
    "date.range_too_long": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "Choose at most one year."),
    "etiquette.greeting_order": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "Morning must begin before afternoon, and afternoon before evening."),
    "etiquette.shift_same": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "The night shift must begin at another time than the day shift."),
    "time.invalid": QT_TRANSLATE_NOOP(
        "EtiquetteMessages", "Enter a time of day as HH:MM, for example 08:00."),
}


def message_for(code: str) -> str:
    source = _MESSAGES.get(code)
    if source is None:
        return shared_message_for(code)
    return QCoreApplication.translate(CONTEXT, source)
