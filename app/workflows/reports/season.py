"""The heating season a report covers: one label such as "2025-2026", one date range.

Every service-quality figure of section 5 is a season figure (rules 5.1.2, 5.3.2.2: reported
after the season, by the end of March). The season's first and last day are settings
(`quality.season_start` and `quality.season_end`, month-day strings, in
app/workflows/settings.py); the defaults are 15 November to 15 March. Part A (temperature sampling) and part B (surveys,
complaints) both use this one helper so that every report agrees on the dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

from app.workflows.errors import ValidationError

SEASON_DEFAULTS: dict[str, str] = {
    "quality.season_start": "11-15",  # rule 5.1.2: the sampling months are the season's
    "quality.season_end": "03-15",
}

_LABEL = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(frozen=True)
class Season:
    """A heating season; `end` is the last day inside it."""

    label: str
    start: date
    end: date

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def bounds(self, zone: timezone) -> tuple[datetime, datetime]:
        """[first instant, instant after the last day) in aware UTC, read in the centre's zone."""
        begin = datetime.combine(self.start, time(0), zone).astimezone(UTC)
        after = datetime.combine(self.end + timedelta(days=1), time(0), zone)
        return begin, after.astimezone(UTC)

    def months(self) -> list[tuple[int, int]]:
        """(year, month) of every month the season touches, in order."""
        out: list[tuple[int, int]] = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append((y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out


def _month_day(text: str, year: int) -> date:
    month, day = (int(part) for part in str(text).split("-"))
    return date(year, month, day)


def parse_season(label: str, start_md: str = SEASON_DEFAULTS["quality.season_start"],
                 end_md: str = SEASON_DEFAULTS["quality.season_end"]) -> Season:
    """"2025-2026" -> the season; anything else is a field error `season: invalid`."""
    match = _LABEL.match(label.strip())
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError({"season": "invalid"})
    first = int(match.group(1))
    start = _month_day(start_md, first)
    end = _month_day(end_md, first + 1 if _month_day(end_md, first) < start else first)
    return Season(label.strip(), start, end)


def season_from_settings(values: dict[str, object], label: str) -> Season:
    """The season named by `label`, with the dates a centre stored (or the defaults)."""
    merged = {**SEASON_DEFAULTS, **values}
    return parse_season(label, str(merged["quality.season_start"]),
                        str(merged["quality.season_end"]))


def season_of(day: date, values: dict[str, object] | None = None) -> Season:
    """The season a day belongs to, or in summer the one that ended last: the season a
    report or a survey after it (rule 5.3.2.2: end of March) is about."""
    values = values or {}
    this = season_from_settings(values, f"{day.year}-{day.year + 1}")
    return this if day >= this.start else season_from_settings(
        values, f"{day.year - 1}-{day.year}")
