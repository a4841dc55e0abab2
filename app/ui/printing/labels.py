"""Words the printing dialogs show: reasons, validation messages, "notified on ...".

The PDF wording is Chinese data (a leader edits it); these are the UI's own words, English
source strings translated in printing_zh_CN.ts.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui import timefmt
from app.ui.messages import KNOWN_CODES, message_for
from app.workflows.notices import LastNotice

CONTEXT = "Printing"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Marks `text` for lupdate and gives it back; PySide6's own is typed as returning object."""
    return text


REASONS = {
    "repair": QT_TRANSLATE_NOOP("Printing", "Repair"),
    "temperature": QT_TRANSLATE_NOOP("Printing", "Room temperature measurement"),
    "meter": QT_TRANSLATE_NOOP("Printing", "Meter check"),
    "inspection": QT_TRANSLATE_NOOP("Printing", "Inspection"),
    "maintenance": QT_TRANSLATE_NOOP("Printing", "Planned maintenance"),
    "interruption": QT_TRANSLATE_NOOP("Printing", "Heating interruption"),
    "sampling": QT_TRANSLATE_NOOP("Printing", "Sampling visits"),
}

_MESSAGES = {
    "scope.unknown": QT_TRANSLATE_NOOP("Printing", "No household of ours at this address."),
    "time.past": QT_TRANSLATE_NOOP(
        "Printing", "This time has passed; planned work is announced in advance."),
    "ticket.unknown": QT_TRANSLATE_NOOP("Printing", "There is no work order with this number."),
    "ticket.no_customer": QT_TRANSLATE_NOOP(
        "Printing", "This work order has no customer to notify."),
    "logo.format": QT_TRANSLATE_NOOP("Printing", "The logo must be a PNG or JPEG image."),
    "logo.too_large": QT_TRANSLATE_NOOP("Printing", "The logo file is larger than 512 KB."),
    "wording.field": QT_TRANSLATE_NOOP(
        "Printing", "Only {name}, {reason}, {hotline}, {scope} and {company} can be filled in."),
    "wording.unknown": QT_TRANSLATE_NOOP("Printing", "Unknown wording entry."),
    "notice.exception_reason": QT_TRANSLATE_NOOP(
        "Printing", "Planned maintenance inside the heating season or at short notice needs "
                    "a stated reason."),
}


def _t(text: str) -> str:
    """Translate a source marked with QT_TRANSLATE_NOOP above."""
    return QCoreApplication.translate(CONTEXT, text)


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return _t(source) if source else reason


def message(code: str) -> str:
    """Printing's own codes here; the shared ones (required, time.order ...) as everywhere."""
    source = _MESSAGES.get(code)
    if source is not None and code not in KNOWN_CODES:
        return _t(source)
    return message_for(code)


def local_text(moment: datetime | None) -> str:
    """Stored UTC, shown in the centre's local time."""
    return timefmt.fmt(moment)


def last_notice_text(last: LastNotice | None) -> str:
    """The screen pop's line, e.g. "Notified on 2026-11-26 09:30: Planned maintenance
    (from 2026-12-01 08:00)"; empty when the customer was never notified."""
    if last is None:
        return ""
    text = QCoreApplication.translate("Printing", "Notified on %1: %2")
    text = text.replace("%1", local_text(last.notified_at)).replace(
        "%2", reason_label(last.reason))
    if last.starts_at is not None:
        since = QCoreApplication.translate("Printing", "(from %1)")
        text += " " + since.replace("%1", local_text(last.starts_at))
    if last.exception_reason:  # rule 5.2.1: in the season or at short notice, and why
        text += " " + QCoreApplication.translate("Printing", "— exception: %1").replace(
            "%1", last.exception_reason)
    return text
