"""Sentences for the quality validation codes; shared codes fall back to `app.ui.messages`.

Each problem names the rule that decides it where one does, so a technician sees why a
day or a value is refused.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.messages import message_for
from app.workflows.errors import DatabaseUnavailable

CONTEXT = "QualityMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    """Marks `text` for lupdate and gives it back; PySide6's own is typed as returning object."""
    return text


_MESSAGES: dict[str, str] = {
    "temperature.implausible": QT_TRANSLATE_NOOP(
        "QualityMessages", "This temperature is not possible here; please check the reading."),
    "date.invalid": QT_TRANSLATE_NOOP("QualityMessages", "Enter a date as YYYY-MM-DD."),
    "date.outside_season": QT_TRANSLATE_NOOP(
        "QualityMessages", "This day is outside the heating season."),
    "date.not_sampling_day": QT_TRANSLATE_NOOP(
        "QualityMessages",
        "Samples are taken on the 5th, 15th and 25th of each month (rule 5.1.2)."),
    "date.future": QT_TRANSLATE_NOOP("QualityMessages", "This day has not come yet."),
    "date.duplicate": QT_TRANSLATE_NOOP(
        "QualityMessages", "This day already appears on an earlier line."),
    "time.invalid": QT_TRANSLATE_NOOP("QualityMessages", "Enter a time as HH:MM, e.g. 09:30."),
    "time.future": QT_TRANSLATE_NOOP("QualityMessages", "This moment is still in the future."),
    "technician.unknown": QT_TRANSLATE_NOOP(
        "QualityMessages", "No active colleague has this job number."),
    "customer.no_hot_water": QT_TRANSLATE_NOOP(
        "QualityMessages", "This customer does not receive hot water."),
    "csv.invalid": QT_TRANSLATE_NOOP(
        "QualityMessages", "The file has wrong lines; nothing was imported."),
    "csv.columns": QT_TRANSLATE_NOOP(
        "QualityMessages", "A line needs two columns: date,mean temperature."),
    "csv.empty": QT_TRANSLATE_NOOP("QualityMessages", "The file has no temperatures."),
    "order.already_open": QT_TRANSLATE_NOOP(
        "QualityMessages", "This home already has an open heating-quality work order."),
    "season.invalid": QT_TRANSLATE_NOOP(
        "QualityMessages", "Name a season as 2025-2026."),
    "invalid": QT_TRANSLATE_NOOP("QualityMessages", "Name a season as 2025-2026."),
    "measure.not_allowed": QT_TRANSLATE_NOOP(
        "QualityMessages",
        "Only technicians, shift leaders, supervisors and admins may enter temperatures."),
    "offline": QT_TRANSLATE_NOOP(
        "QualityMessages", "The database cannot be reached; what you typed is kept. Try again."),
}


def quality_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else message_for(code)


def line_message(line: int, code: str) -> str:
    return QCoreApplication.translate("QualityMessages", "Line %1: %2").replace("%1", str(line)).replace(
        "%2", quality_message(code))


def quality_field_errors(general: FieldError | None = None) -> FieldErrors:
    """FieldErrors that know the quality codes."""
    return FieldErrors(general, translate=quality_message)


def quality_explain(exc: BaseException) -> str | None:
    """The quality screens' own offline sentence; every other failure reads as elsewhere."""
    return quality_message("offline") if isinstance(exc, DatabaseUnavailable) else None
