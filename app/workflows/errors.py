"""Errors a workflow raises for the UI to show where the user typed.

Messages are codes, not sentences: the UI translates each code into the user's language
and puts it beside the field named by the key.
"""

from __future__ import annotations


class ValidationError(ValueError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{field}: {code}" for field, code in errors.items()))
        self.errors = errors


class NotFound(LookupError):
    """A record the user named does not exist."""


class PermissionDenied(PermissionError):
    """The acting staff member's role may not do this."""
