"""Reading what a technician typed: temperatures, dates and times, each with its field code.

Plausibility bounds are not regulation numbers but physics: no room is at 80 °C and no tap
delivers 150 °C water, so such a value is a typing error, refused before anything is written.
"""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

ROOM_PLAUSIBLE = (Decimal("-10"), Decimal("40"))
HOT_WATER_PLAUSIBLE = (Decimal("5"), Decimal("99"))
OUTDOOR_PLAUSIBLE = (Decimal("-50"), Decimal("45"))


def parse_temperature(text: str | Decimal | float, bounds: tuple[Decimal, Decimal],
                      errors: dict[str, str], field: str) -> Decimal | None:
    """A temperature with one decimal, or a code in `errors[field]`."""
    raw = str(text).strip().replace("℃", "").replace("°C", "").replace("，", ".")
    if not raw:
        errors[field] = "required"
        return None
    try:
        value = Decimal(raw)
    except InvalidOperation:
        errors[field] = "number.invalid"
        return None
    if not value.is_finite():
        errors[field] = "number.invalid"
        return None
    if not bounds[0] <= value <= bounds[1]:
        errors[field] = "temperature.implausible"
        return None
    return value.quantize(Decimal("0.1"), ROUND_HALF_UP)


def parse_day(value: str | date, errors: dict[str, str], field: str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        errors[field] = "date.invalid" if str(value).strip() else "required"
        return None


def parse_time(value: str | time, errors: dict[str, str], field: str) -> time | None:
    if isinstance(value, time):
        return value
    raw = str(value).strip()
    try:
        hours, minutes = raw.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        errors[field] = "time.invalid" if raw else "required"
        return None


def local_moment(day: date, at: time, zone: timezone) -> datetime:
    """The technician's local date and time as an aware moment (stored as UTC)."""
    return datetime.combine(day, at, zone)
