"""Date-time editors that show and take the centre's time, whatever zone the desk PC runs.

Stored times are aware UTC; an editor shows them in `timefmt.zone()` (the centre's zone,
set by the desk window) and gives back aware UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDateTimeEdit

from app.ui import timefmt


def centre_zone() -> QTimeZone:
    offset = timefmt.zone().utcoffset(None)
    return QTimeZone.fromSecondsAheadOfUtc(int(offset.total_seconds()) if offset else 0)


def time_editor(moment: datetime) -> QDateTimeEdit:
    """A date-time editor in the centre's time, whatever zone the desk PC runs in."""
    editor = QDateTimeEdit()
    editor.setTimeZone(centre_zone())
    editor.setDisplayFormat("yyyy-MM-dd HH:mm")
    editor.setCalendarPopup(True)
    editor.setDateTime(to_qdatetime(moment))
    return editor


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), centre_zone())


def from_qdatetime(value: QDateTime) -> datetime:
    """An aware UTC datetime from the editor."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)
