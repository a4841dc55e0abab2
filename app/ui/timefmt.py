"""Showing stored UTC times in the centre's local time, the same on every screen.

A desk PC may run on UTC or any zone; the hotline works in the centre's time
(`Desk.zone`, from the setting `shift.utc_offset_hours`). The desk window sets the zone
(and the desk's clock) once at start; every label formats through here.

Two rules hold for every list: a date shows its year when it is not the current year (a
short style such as `SHORT` leaves the year out only within the current year), and a list
sorts by the moment itself, never by the text shown (`SORT_ROLE`, `sort_key`, `time_item`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from app.workflows.settings import DEFAULT_ZONE

_zone: tzinfo = DEFAULT_ZONE
_clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def set_zone(zone: tzinfo) -> None:
    global _zone
    _zone = zone


def set_clock(clock: Callable[[], datetime]) -> None:
    """The desk's clock: what "the current year" is (a test's fixed clock in tests)."""
    global _clock
    _clock = clock


def zone() -> tzinfo:
    return _zone


def now() -> datetime:
    """The desk's clock now (aware UTC)."""
    return _clock()


def local(moment: datetime) -> datetime:
    return moment.astimezone(_zone)


# The styles every screen uses; a short style leaves the year out within the current year.
DATE_TIME = "%Y-%m-%d %H:%M"
SHORT = "%m-%d %H:%M"
TIME = "%H:%M"
CLOCK = "%H:%M:%S"
DAY = "%Y-%m-%d"
MONTH_DAY = "%m-%d"


def with_year(style: str) -> str:
    """The style with the year in front of its month (unchanged when it has one or shows
    no date at all)."""
    if "%Y" in style or "%m" not in style:
        return style
    return style.replace("%m", "%Y-%m", 1)


def current_year(zone: tzinfo | None = None) -> int:
    return _clock().astimezone(zone or _zone).year


def fmt(moment: datetime | None, style: str = DATE_TIME, empty: str = "",
        zone: tzinfo | None = None) -> str:
    """The one way a stored UTC moment becomes text on screen: in the centre's zone (or the
    given one), in one of the styles above, with the year when it is not the current
    year; `empty` when there is no moment."""
    if moment is None:
        return empty
    here = moment.astimezone(zone or _zone)
    if here.year != current_year(zone):
        style = with_year(style)
    return here.strftime(style)


def fmt_day(day: date | None, style: str = MONTH_DAY, empty: str = "") -> str:
    """A calendar day (no time, no zone) by the same rule: the year unless it is this
    year's."""
    if day is None:
        return empty
    return day.strftime(with_year(style) if day.year != current_year() else style)


# --- sorting lists by the moment, not the text -------------------------------------------
SORT_ROLE = Qt.ItemDataRole.UserRole + 64  # a cell's sort key; models and items answer it
_NONE_KEY = float("-inf")  # cells without a moment sort first (last when descending)


def sort_key(moment: datetime | date | None) -> float:
    """A number in true time order: a moment's POSIX time, a day's midnight UTC."""
    if moment is None:
        return _NONE_KEY
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC).timestamp()


class SortItem(QTableWidgetItem):
    """A table cell that sorts by its `SORT_ROLE` value when it has one, so a column
    of times (or numbers) sorts in true order whatever the text says."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is not None and theirs is not None:
            return bool(mine < theirs)
        return super().__lt__(other)


def time_item(moment: datetime | date | None, style: str = SHORT, empty: str = "",
              zone: tzinfo | None = None) -> SortItem:
    """A table cell showing a moment (or a day) by the rules above, sorting by it."""
    if isinstance(moment, datetime) or moment is None:
        text = fmt(moment, style, empty, zone)
    else:
        text = fmt_day(moment, style if "%H" not in style else MONTH_DAY, empty)
    item = SortItem(text)
    item.setData(SORT_ROLE, sort_key(moment))
    return item
