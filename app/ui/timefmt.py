"""Showing stored UTC times in the centre's local time, the same on every screen.

A desk PC may run on UTC or any zone; the hotline works in the centre's time
(`Desk.zone`, from the setting `shift.utc_offset_hours`). The desk window sets the zone
once at start; every label formats through here.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.workflows.settings import DEFAULT_ZONE

_zone: tzinfo = DEFAULT_ZONE


def set_zone(zone: tzinfo) -> None:
    global _zone
    _zone = zone


def zone() -> tzinfo:
    return _zone


def local(moment: datetime) -> datetime:
    return moment.astimezone(_zone)


# The styles every screen uses; a list within the season leaves the year out.
DATE_TIME = "%Y-%m-%d %H:%M"
SHORT = "%m-%d %H:%M"
TIME = "%H:%M"
CLOCK = "%H:%M:%S"
DAY = "%Y-%m-%d"


def fmt(moment: datetime | None, style: str = DATE_TIME, empty: str = "",
        zone: tzinfo | None = None) -> str:
    """The one way a stored UTC moment becomes text on screen: in the centre's zone (or the
    given one), in one of the styles above; `empty` when there is no moment."""
    if moment is None:
        return empty
    return moment.astimezone(zone or _zone).strftime(style)
