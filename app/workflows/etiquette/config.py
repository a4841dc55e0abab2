"""The etiquette panel's settings: local time, greeting hours and a stand-in shift pattern.

These live beside the feature (keys `etiquette.*` in the setting table) rather than in
app/workflows/settings.py, so the feature can be added without editing shared code. The
ring length and the three-ring limit (rule 4.4) stay the shared settings `ring.*`, and the
centre's local time is the shared `shift.utc_offset_hours`, so greetings and shift groups
agree with the shift roster.

`etiquette.day_shift_from` / `etiquette.night_shift_from` are a deliberately simple shift
pattern (day 08:00-20:00, night 20:00-08:00), the fallback that groups the supervision
figures while the roster has no shift pattern (see shift_groups.py, which prefers the real
slots).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.settings import DEFAULTS as SHARED_DEFAULTS
from app.workflows.settings import Settings, load_settings

DEFAULTS: dict[str, object] = {
    "etiquette.morning_from": "05:00",     # 早上好 from here ...
    "etiquette.afternoon_from": "12:00",   # 下午好 from here ...
    "etiquette.evening_from": "18:00",     # 晚上好 from here until the next morning
    "etiquette.day_shift_from": "08:00",   # stand-in shift pattern, see the module docstring
    "etiquette.night_shift_from": "20:00",
}
_HHMM = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)")


def parse_hhmm(text: str) -> time:
    match = _HHMM.fullmatch(str(text).strip())
    if match is None:
        raise ValueError(f"not a time of day: {text!r}")
    return time(int(match.group(1)), int(match.group(2)))


@dataclass(frozen=True)
class ShiftKey:
    day: date
    name: str  # "day" or "night"


@dataclass(frozen=True)
class EtiquetteConfig:
    tz: tzinfo
    morning_from: time
    afternoon_from: time
    evening_from: time
    day_shift_from: time
    night_shift_from: time
    ring_seconds: float
    max_rings: int
    company_name: str
    hotline: str

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def part_of_day(self, moment: datetime) -> str:
        """morning, afternoon or evening in local time (早上好 / 下午好 / 晚上好, rule 4.3)."""
        now = self.local(moment).time()
        if self.morning_from <= now < self.afternoon_from:
            return "morning"
        if self.afternoon_from <= now < self.evening_from:
            return "afternoon"
        return "evening"

    def shift_of(self, moment: datetime) -> ShiftKey:
        """The stand-in shift a moment falls in; a night belongs to the day it began."""
        local = self.local(moment)
        now = local.time()
        if self.day_shift_from <= now < self.night_shift_from:
            return ShiftKey(local.date(), "day")
        if now >= self.night_shift_from:
            return ShiftKey(local.date(), "night")
        return ShiftKey(local.date() - timedelta(days=1), "night")

    def shift_window(self, first: date, last: date) -> tuple[datetime, datetime]:
        """UTC bounds covering every stand-in shift that begins on a day in [first, last]."""
        start = datetime.combine(first, self.day_shift_from, self.tz)
        end = datetime.combine(last + timedelta(days=1), self.day_shift_from, self.tz)
        return start.astimezone(UTC), end.astimezone(UTC)


def build_config(values: dict[str, object]) -> EtiquetteConfig:
    shared = Settings({**SHARED_DEFAULTS, **values})
    return EtiquetteConfig(
        tz=shared.zone,
        morning_from=parse_hhmm(str(values["etiquette.morning_from"])),
        afternoon_from=parse_hhmm(str(values["etiquette.afternoon_from"])),
        evening_from=parse_hhmm(str(values["etiquette.evening_from"])),
        day_shift_from=parse_hhmm(str(values["etiquette.day_shift_from"])),
        night_shift_from=parse_hhmm(str(values["etiquette.night_shift_from"])),
        ring_seconds=shared.ring_seconds,
        max_rings=shared.max_rings,
        company_name=str(values["company.name"]),
        hotline=str(values["company.hotline"]),
    )


def load_config(uow: UnitOfWork) -> EtiquetteConfig:
    """Inside an open unit of work: shared settings, these defaults, then stored values."""
    shared = load_settings(uow).values
    stored = uow.settings.all()
    return build_config({**DEFAULTS, **shared, **stored})


def read_config(uow: UnitOfWork) -> EtiquetteConfig:
    """The same, opening its own unit of work (for the UI)."""
    with uow:
        return load_config(uow)


def current_values(uow: UnitOfWork) -> dict[str, str]:
    """The etiquette settings as the leader edits them (HH:MM texts)."""
    with uow:
        stored = uow.settings.all()
    return {key: str(stored.get(key, default)) for key, default in DEFAULTS.items()}


def save_config(uow: UnitOfWork, values: dict[str, str]) -> None:
    """A leader changes greeting hours or the stand-in shift pattern, all or nothing."""
    require(uow, Permission.ETIQUETTE_EDIT)
    errors: dict[str, str] = {}
    clean: dict[str, str] = {}
    for key, value in values.items():
        if key not in DEFAULTS:
            raise KeyError(f"unknown etiquette setting {key!r}")
        try:
            moment = parse_hhmm(value)
        except ValueError:
            errors[key] = "time.invalid"
            continue
        clean[key] = f"{moment.hour:02d}:{moment.minute:02d}"
    if errors:
        raise ValidationError(errors)
    with uow:
        stored = uow.settings.all()
        merged = {k: str(stored.get(k, d)) for k, d in DEFAULTS.items()} | clean
        hours = [parse_hhmm(merged[f"etiquette.{part}_from"])
                 for part in ("morning", "afternoon", "evening")]
        if not hours[0] < hours[1] < hours[2]:
            errors["etiquette.afternoon_from"] = "etiquette.greeting_order"
        if merged["etiquette.day_shift_from"] == merged["etiquette.night_shift_from"]:
            errors["etiquette.night_shift_from"] = "etiquette.shift_same"
        if errors:
            raise ValidationError(errors)  # leaving the block rolls back: nothing written
        for key, value in clean.items():
            uow.settings.put(key, value)
        uow.commit()
