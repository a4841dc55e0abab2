"""The desk: one open database, the logged-in staff member and the clock.

The UI holds a Desk and asks it for a unit of work per use case; it never builds engines or
sessions itself, which keeps SQLAlchemy out of `app/ui`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, tzinfo

from app.clock import Clock, system_clock
from app.db.credentials import CredentialsRefused, refuse_password_in_url
from app.db.database import Database
from app.db.errors import DatabaseUnavailable, SchemaOutdated, SchemaTooNew
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.settings import DEFAULT_ZONE, load_settings

__all__ = [
    "Actor", "CredentialsRefused", "DatabaseUnavailable", "Desk", "SchemaOutdated",
    "SchemaTooNew", "open_desk", "refuse_password_in_url",
]


@dataclass(frozen=True)
class Desk:
    db: Database
    clock: Clock = system_clock
    actor: Actor | None = None
    zone: tzinfo = DEFAULT_ZONE  # the centre's local time (setting shift.utc_offset_hours)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.db, self.actor, self.clock)

    def signed_in(self, actor: Actor) -> Desk:
        return replace(self, actor=actor)

    def local(self, moment: datetime) -> datetime:
        """A stored UTC moment in the centre's local time, whatever the PC's zone is."""
        return moment.astimezone(self.zone)

    @property
    def is_remote(self) -> bool:
        """A server over the network (every call may wait on it), not the desk's own file."""
        return not self.db.is_sqlite

    def is_reachable(self) -> bool:
        return self.db.ping()

    @property
    def database_label(self) -> str:
        """What the status bar shows: the file for SQLite, host/db for a server."""
        url = self.db.engine.url
        if self.db.is_sqlite:
            return str(url.database)
        return f"{url.host}:{url.port or 5432}/{url.database}"


def open_desk(url: str | None = None, clock: Clock = system_clock) -> Desk:
    """Open and check the database (SQLite is migrated; a server must be current)."""
    db = Database(url)
    db.prepare()
    desk = Desk(db=db, clock=clock)
    with desk.uow() as uow:
        return replace(desk, zone=load_settings(uow).zone)
