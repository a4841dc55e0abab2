"""Outdoor daily mean temperatures, typed in or imported from a CSV file (rule 5.1.1).

A day whose mean is below −7 °C makes that day's room samples exempt. An import is all or
nothing: every bad line is reported with its number and nothing is written, so a half-read
file never silently changes which samples count.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.models.quality import OutdoorTemperature
from app.repositories.quality import QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.quality.rates import is_exempt
from app.workflows.quality.values import OUTDOOR_PLAUSIBLE, parse_day, parse_temperature
from app.workflows.settings import load_settings


class CsvLineErrors(ValidationError):
    """Some lines of an import are wrong: `lines` maps line number → code; nothing written."""

    def __init__(self, lines: dict[int, str]) -> None:
        super().__init__({"csv": "csv.invalid"})
        self.lines = lines


@dataclass(frozen=True)
class OutdoorDay:
    day: date
    mean: Decimal
    source: str
    exempt: bool = False  # rule 5.1.1: below the exemption threshold


def _put(repo: QualityRepository, uow: UnitOfWork, day: date, mean: Decimal,
         source: str) -> None:
    row = repo.outdoor_on(day)
    if row is None:
        repo.add(OutdoorTemperature(day=day, mean_temperature=mean, source=source,
                                    recorded_at=uow.clock()))
    else:
        row.mean_temperature, row.source, row.recorded_at = mean, source, uow.clock()


def record_outdoor(uow: UnitOfWork, day: str | date, mean: str) -> OutdoorDay:
    """Enter (or correct) one day's mean; a later entry for the same day replaces it."""
    require(uow, Permission.QUALITY_OUTDOOR)
    errors: dict[str, str] = {}
    value = parse_temperature(mean, OUTDOOR_PLAUSIBLE, errors, "mean")
    parsed = parse_day(day, errors, "day")
    if errors:
        raise ValidationError(errors)
    assert value is not None and parsed is not None
    with uow:
        if parsed > uow.clock().astimezone(load_settings(uow).zone).date():
            raise ValidationError({"day": "date.future"})
        _put(uow.repo(QualityRepository), uow, parsed, value, "entry")
        uow.commit()
    return OutdoorDay(parsed, value, "entry")


def parse_outdoor_csv(text: str, today: date
                      ) -> tuple[list[tuple[date, Decimal]], dict[int, str]]:
    """Lines `date,mean` (ISO date; a header line and blank lines are skipped)."""
    rows: list[tuple[date, Decimal]] = []
    problems: dict[int, str] = {}
    seen: dict[date, int] = {}
    for number, cells in enumerate(csv.reader(io.StringIO(text.lstrip("\ufeff"))), start=1):
        cells = [c.strip() for c in cells]
        if not any(cells):
            continue
        if number == 1 and cells and not cells[0][:1].isdigit():
            continue  # a header such as "date,mean"
        if len(cells) != 2:
            problems[number] = "csv.columns"
            continue
        errors: dict[str, str] = {}
        day = parse_day(cells[0], errors, "day")
        mean = parse_temperature(cells[1], OUTDOOR_PLAUSIBLE, errors, "mean")
        if errors:
            problems[number] = errors.get("day") or errors["mean"]
        elif day in seen:
            problems[number] = "date.duplicate"
        elif day is not None and day > today:
            problems[number] = "date.future"
        else:
            assert day is not None and mean is not None
            seen[day] = number
            rows.append((day, mean))
    return rows, problems


def import_outdoor_csv(uow: UnitOfWork, text: str) -> int:
    """Import every line or none; returns how many days were written."""
    require(uow, Permission.QUALITY_OUTDOOR)
    with uow:
        today = uow.clock().astimezone(load_settings(uow).zone).date()
        rows, problems = parse_outdoor_csv(text, today)
        if problems:
            raise CsvLineErrors(problems)
        if not rows:
            raise ValidationError({"csv": "csv.empty"})
        repo = uow.repo(QualityRepository)
        for day, mean in rows:
            _put(repo, uow, day, mean, "csv")
        uow.commit()
    return len(rows)


def outdoor_between(uow: UnitOfWork, first: date, last: date) -> list[OutdoorDay]:
    with uow:
        settings = load_settings(uow)
        return [OutdoorDay(day, mean, source, is_exempt(mean, settings))
                for day, mean, source in uow.repo(QualityRepository).outdoor_between(
                    first, last)]
