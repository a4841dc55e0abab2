"""Sentences for the trip codes; quality codes (a reading refused) and shared ones fall
back to the quality screens' and the desk's own sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.quality.messages import quality_message

CONTEXT = "TripMessages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    return text


_MESSAGES: dict[str, str] = {
    "trip.no_stops": QT_TRANSLATE_NOOP("TripMessages", "Tick at least one household."),
    "trip.too_many_stops": QT_TRANSLATE_NOOP(
        "TripMessages", "Too many stops for one trip; split it into two."),
    "trip.already_reported": QT_TRANSLATE_NOOP(
        "TripMessages", "This trip is reported already and no longer changes."),
    "stop.feedback_done": QT_TRANSLATE_NOOP(
        "TripMessages", "The feedback of this stop is entered already."),
    "stop.no_order": QT_TRANSLATE_NOOP(
        "TripMessages", "This stop has no work order: choose looked at or a follow-up."),
    "photos.invalid": QT_TRANSLATE_NOOP(
        "TripMessages", "One file name a line, without folders, at most 20 photos."),
}


def trip_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else quality_message(code)


def trip_field_errors(general: FieldError | None = None) -> FieldErrors:
    return FieldErrors(general, translate=trip_message)
