"""Errors the database layer raises for the layers above to explain to a user."""

from __future__ import annotations


class DatabaseUnavailable(RuntimeError):
    """The database cannot be reached now; what the user typed must be kept and retried."""


class Conflict(RuntimeError):
    """Another desk changed the record since it was read; nothing was written."""


class SchemaTooNew(RuntimeError):
    """The database was migrated by a newer HeatDesk; this one must not touch it."""

    def __init__(self, db_revision: str, app_heads: set[str]) -> None:
        super().__init__(
            f"The database schema (revision {db_revision}) is newer than this HeatDesk "
            f"knows (revision {', '.join(sorted(app_heads))}). Install the newer HeatDesk "
            "that upgraded it; this version will not open it."
        )
        self.db_revision = db_revision
        self.app_heads = app_heads


class SchemaOutdated(RuntimeError):
    """A shared PostgreSQL is behind; an administrator runs `db upgrade` with this HeatDesk.

    `db_revisions` are the revisions stamped in the database (empty: no schema yet),
    `app_head` the one this HeatDesk needs and `app_version` this HeatDesk's version: the
    upgrade is run with this version (or a newer one), never an older one.
    """

    def __init__(self, message: str = "", *, db_revisions: set[str] | None = None,
                 app_head: str = "", app_version: str = "", command: str = "heatdesk") -> None:
        self.db_revisions = set(db_revisions or ())
        self.app_head = app_head
        self.app_version = app_version
        self.command = command  # how this HeatDesk's commands are typed (app/version.py)
        found = ", ".join(sorted(self.db_revisions)) or "none"
        super().__init__(message or (
            f"The shared database has schema revision {found}; HeatDesk {app_version} needs "
            f"revision {app_head}. An administrator upgrades it once with HeatDesk "
            f"{app_version}:\n  {command} db upgrade --db <URL>"))
