"""What the shift workflows share: who counts as a leader, and the centre's local time.

Shifts begin at local wall-clock times while everything is stored in UTC; the offset is the
setting `shift.utc_offset_hours` (China keeps no daylight saving, so a fixed offset holds).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from app.models.enums import Role
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.security.refusals import refused
from app.workflows.settings import load_settings

# rule 3.4.1: the superiors; what each may do is the permission table (permissions.py)
LEADER_ROLES = (Role.SHIFT_LEADER.value, Role.SUPERVISOR.value, Role.ADMIN.value)
DESK_ROLES = (Role.AGENT.value, *LEADER_ROLES)


def signed_in(uow: UnitOfWork) -> Actor:
    if uow.actor is None:
        raise refused(uow, "shifts", "needs a logged-in staff member")
    return uow.actor


def require_actor(uow: UnitOfWork) -> int:
    return signed_in(uow).id


def centre_zone(uow: UnitOfWork) -> timezone:
    """The centre's local zone (inside an open unit of work)."""
    return load_settings(uow).zone


def local_start(day: date, start_minute: int, zone: timezone) -> datetime:
    """The UTC instant a shift starting `start_minute` after local midnight of `day` begins."""
    local = datetime.combine(day, time(0, 0), tzinfo=zone) + timedelta(minutes=start_minute)
    return local.astimezone(UTC)


def local_day_bounds(first: date, last: date, zone: timezone) -> tuple[datetime, datetime]:
    """UTC bounds [start, end) of the local days first..last, for date searches."""
    return local_start(first, 0, zone), local_start(last + timedelta(days=1), 0, zone)
