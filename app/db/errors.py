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
    """A shared PostgreSQL is behind; an administrator runs `main.py db upgrade`."""
