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


def fmt(moment: datetime | None, pattern: str = "%Y-%m-%d %H:%M", empty: str = "") -> str:
    return local(moment).strftime(pattern) if moment is not None else empty
