"""Errors a workflow raises for the UI to show where the user typed.

Messages are codes, not sentences: the UI translates each code into the user's language
and puts it beside the field named by the key.
"""

from __future__ import annotations

# The database layer's refusals, re-exported without importing SQLAlchemy, so the login
# window can show before the data layer has loaded (start-up goal: 1.5 s).
from app.db.errors import Conflict, DatabaseUnavailable, SchemaOutdated, SchemaTooNew

__all__ = ["Conflict", "DatabaseUnavailable", "NotFound", "PermissionDenied", "SchemaOutdated",
           "SchemaTooNew", "StepRefused", "ValidationError"]


class ValidationError(ValueError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {code}" for field, code in errors.items()))
        self.errors = errors


class NotFound(LookupError):
    """A record the user named does not exist."""


class PermissionDenied(PermissionError):
    """The acting staff member's role may not do this."""


class StepRefused(ValueError):
    """The step does not apply to the record as it is now (another desk moved it on)."""
