"""The screen pop's outage sentence: one line at the top of the card that says why the
caller has no heat and when it comes back ("所在楼栋受阳光换热站故障影响，预计 18:00 恢复").

The moment is shown as the time alone when it falls on today (the centre's day), else
with the date; an outage without an expected end says the time is not known yet.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.ui import timefmt
from app.workflows.network.vocab import OutageLine

CONTEXT = "NetworkPop"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def when(moment: datetime, now: datetime | None = None) -> str:
    """18:00 today, 12-01 18:00 another day (the centre's time)."""
    now = now if now is not None else timefmt.now()
    same_day = timefmt.local(moment).date() == timefmt.local(now).date()
    return timefmt.fmt(moment, timefmt.TIME if same_day else timefmt.SHORT)


def restore_time(outage: OutageLine, now: datetime | None = None) -> str:
    if outage.expected_end_at is None:
        return _t("a time not yet known")
    return when(outage.expected_end_at, now)


def cause(outage: OutageLine) -> str:
    """阳光换热站故障 / 阳光换热站计划检修: the {outage} of the etiquette phrase."""
    word = _t("%1 planned maintenance") if outage.kind == "planned" else _t("%1 fault")
    return word.replace("%1", outage.title)


def outage_text(outage: OutageLine | None, now: datetime | None = None) -> str:
    """Empty when no outage covers the caller's building."""
    if outage is None:
        return ""
    back = restore_time(outage, now)
    if outage.kind != "planned":
        text = _t("Your building is hit by the %1 fault; heating expected back at %2")
    elif outage.starts_at > (now if now is not None else timefmt.now()):
        text = _t("From %3 your building is off for %1 planned maintenance; "
                  "heating expected back at %2").replace("%3", when(outage.starts_at, now))
    else:
        text = _t("Your building is off for %1 planned maintenance; "
                  "heating expected back at %2")
    return text.replace("%1", outage.title).replace("%2", back)
