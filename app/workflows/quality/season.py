"""The heating season as the quality rules see it: its sampling days and its report date.

The season's dates come from the one season helper the reports share
(app/workflows/reports/season.py, settings `quality.season_start`/`quality.season_end`), so
a sample, a plan and a printed report always agree on which days belong to "2025-2026".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.reports.season import Season, season_from_settings, season_of
from app.workflows.settings import Settings, load_settings


@dataclass(frozen=True)
class QualitySeason:
    season: Season
    sampling_days: tuple[int, ...]
    report_by: date

    @property
    def label(self) -> str:
        return self.season.label

    @property
    def first(self) -> date:
        return self.season.start

    @property
    def last(self) -> date:
        return self.season.end

    def contains(self, day: date) -> bool:
        return self.season.contains(day)

    def is_sampling_day(self, day: date) -> bool:
        """Rule 5.1.2: the 5th, 15th and 25th of each month of the season (a setting)."""
        return self.contains(day) and day.day in self.sampling_days

    def sampling_dates(self) -> list[date]:
        out = []
        for year, month in self.season.months():
            for day_number in self.sampling_days:
                try:
                    day = date(year, month, day_number)
                except ValueError:  # e.g. a 30th in February
                    continue
                if self.contains(day):
                    out.append(day)
        return out


def _quality(season: Season, settings: Settings) -> QualitySeason:
    days = tuple(sorted(int(str(d)) for d in settings.items("quality.sampling_days")))
    month, day = (int(p) for p in settings.text("quality.report_by").split("-"))
    return QualitySeason(season, days, date(season.end.year, month, day))  # rule 5.1.2


def quality_season(settings: Settings, label: str) -> QualitySeason:
    """The season called `label` ("2025-2026"); a bad label is `season: invalid`."""
    return _quality(season_from_settings(settings.values, label), settings)


def season_for_day(settings: Settings, day: date) -> QualitySeason:
    """The season a day falls in (or the next one, for a summer day: check `contains`)."""
    return _quality(season_of(day, settings.values), settings)


def check_sampling_day(settings: Settings, day: date, field: str = "day") -> QualitySeason:
    """The day's season, refusing a day outside it or, when required, not a sampling day."""
    season = season_for_day(settings, day)
    if not season.contains(day):
        raise ValidationError({field: "date.outside_season"})
    if settings.flag("quality.sampling_day_required") and not season.is_sampling_day(day):
        raise ValidationError({field: "date.not_sampling_day"})  # rule 5.1.2
    return season


@dataclass(frozen=True)
class SeasonView:
    """What the quality screens need to offer dates: the season and the centre's today."""

    label: str
    first: date
    last: date
    sampling_dates: tuple[date, ...]
    today: date

    def default_day(self) -> date:
        """Today if it is a sampling day, else the latest sampling day before it (or first)."""
        past = [d for d in self.sampling_dates if d <= self.today]
        return past[-1] if past else (self.sampling_dates[0] if self.sampling_dates
                                      else self.first)


def season_view(uow: UnitOfWork, label: str | None = None) -> SeasonView:
    """The named season, or the one the centre's today belongs to (the next one in summer)."""
    with uow:
        settings = load_settings(uow)
        today = uow.clock().astimezone(settings.zone).date()
    season = season_for_day(settings, today) if label is None else quality_season(settings,
                                                                                   label)
    return SeasonView(season.label, season.first, season.last,
                      tuple(season.sampling_dates()), today)
