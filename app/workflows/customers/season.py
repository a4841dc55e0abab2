"""Which season's contract is in force, and which season the desk is preparing.

A contract season is named by the year it starts in (2026 = "2026-2027"). The contract in
force on a day is the one of the season that day belongs to, or in summer of the season that
ended last (`season_of`, settings `quality.season_start` / `quality.season_end`): the terms a
customer heated under stay in force until the next season starts. The coming season is the
one after it: the one whose contracts are being signed (rule 3.1.3: before each season).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.reports.season import season_of
from app.workflows.settings import DEFAULTS, Settings, load_settings


def contract_season(day: date, values: Mapping[str, object] | None = None) -> int:
    """The season whose contract is in force on `day` (the centre's season dates)."""
    return season_of(day, dict(values if values is not None else DEFAULTS)).start.year


def season_label(season: int) -> str:
    return f"{season}-{season + 1}"


def parse_contract_season(text: str) -> int:
    """"2026-2027", "2026/2027", "2026" -> 2026; anything else `season: invalid`."""
    cleaned = text.strip().replace("/", "-").replace("—", "-").replace("－", "-")
    parts = cleaned.split("-")
    try:
        first = int(parts[0])
        if len(parts) == 2 and int(parts[1]) != first + 1:
            raise ValueError
    except ValueError:
        raise ValidationError({"season": "invalid"}) from None
    if len(parts) > 2 or not 2000 <= first <= 2100:
        raise ValidationError({"season": "invalid"})
    return first


def local_today(uow: UnitOfWork, settings: Settings) -> date:
    return uow.clock().astimezone(settings.zone).date()


def current_season(uow: UnitOfWork, settings: Settings | None = None) -> int:
    """The season in force today, inside an open unit of work."""
    settings = settings or load_settings(uow)
    return contract_season(local_today(uow, settings), settings.values)


def coming_season(uow: UnitOfWork, settings: Settings | None = None) -> int:
    """The season after the one in force (the next winter's)."""
    return current_season(uow, settings) + 1


def signing_season(uow: UnitOfWork, settings: Settings | None = None) -> int:
    """The season the leaders chase signatures for (rule 3.1.3: before each season): the
    running season while it runs (who heats without a signed contract), else the coming
    one (inside an open unit of work)."""
    settings = settings or load_settings(uow)
    today = local_today(uow, settings)
    season = season_of(today, dict(settings.values))
    return season.start.year if season.contains(today) else season.start.year + 1
