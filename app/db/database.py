"""One open database: the engine, the session factory and the start-up checks.

Everything above the db layer gets a `Database` and asks it for sessions through the unit of
work; nothing else creates engines.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.db import audit, migrate, read_only
from app.db.credentials import with_password
from app.db.engine import make_engine, sqlite_path
from app.db.errors import DatabaseUnavailable
from app.db.netfs import is_network_path
from app.db.text_index import text_settings
from app.db.urls import desk_name, is_sqlite, resolve_url

log = logging.getLogger(__name__)


class AuditedSession(Session):
    """Sessions of this class write an event for every change they flush."""


audit.install(AuditedSession)
read_only.watch_sessions(AuditedSession)


class Database:
    def __init__(self, url: str | None = None, *, echo: bool = False) -> None:
        self.url = resolve_url(url)
        self.desk_name = desk_name()  # written on every event: which workstation did it
        # the password from the keyring or the user's own file, never kept in self.url
        self.engine: Engine = make_engine(with_password(self.url), echo=echo)
        read_only.watch_statements(self.engine)
        self.session_factory = sessionmaker(self.engine, class_=AuditedSession,
                                            expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def network_filesystem_warning(self) -> str | None:
        """A warning text when this SQLite file lies on a network share, else None."""
        path = sqlite_path(self.url) if self.is_sqlite else None
        if path is not None and is_network_path(path):
            return (f"The database file {path} lies on a network filesystem. SQLite is not "
                    "safe there: use the shared PostgreSQL database for several desks.")
        return None

    def prepare(self) -> None:
        """Start-up: SQLite desks migrate themselves; a shared server must already be current."""
        try:
            migrate.ensure_current(self.engine, auto_upgrade=self.is_sqlite)
            settings = text_settings(self.engine)
        except DBAPIError as exc:
            raise DatabaseUnavailable(str(exc.orig or exc)) from exc
        if settings is not None:
            report = log.info if settings.utf8 else log.warning
            report("text search: %s", settings.describe())

    def upgrade(self) -> None:
        migrate.upgrade(self.engine)

    def session(self, *, actor_id: int | None = None,
                clock: Callable[[], datetime] | None = None) -> Session:
        session = self.session_factory()
        session.info["actor_id"] = actor_id
        session.info["clock"] = clock
        session.info["desk"] = self.desk_name
        return session

    def ping(self) -> bool:
        """True when the database answers now; used to lift the offline banner."""
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except DBAPIError:
            return False

    def dispose(self) -> None:
        self.engine.dispose()
