"""When a letter or a visit reached the centre (rule 5.2.2: its deadline runs from then).

A date-time editor in the centre's local time (the setting shift.utc_offset_hours), read
and written as aware moments; the intake form shows it only for letters and visits.
"""

from __future__ import annotations

from datetime import UTC, datetime, timezone

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QWidget

FORMAT = "yyyy-MM-dd HH:mm"


class ReceivedField(QDateTimeEdit):
    def __init__(self, zone: timezone, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivedAt")
        self.setDisplayFormat(FORMAT)
        self.setCalendarPopup(True)
        self.zone = zone

    def set_moment(self, moment: datetime) -> None:
        local = moment.astimezone(self.zone)
        self.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                   local.minute, 0))

    def moment(self) -> datetime:
        local = self.dateTime().toPython()
        assert isinstance(local, datetime)
        return local.replace(tzinfo=self.zone).astimezone(UTC)
