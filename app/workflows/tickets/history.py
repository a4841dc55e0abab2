"""The whole history of an order, for the detail pane: every step with actor and time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.repositories.uow import UnitOfWork


@dataclass(frozen=True)
class HistoryEntry:
    """`action` is the step ("create", "dispatch", "claim", "pause", "callback", ...,
    or "update" for an edit); `changes` maps a column to [old, new] and holds the step's
    details (reason, satisfaction, words, note) as plain values."""

    id: int
    at: datetime
    actor_name: str | None
    action: str
    changes: dict[str, Any]

    @property
    def note(self) -> str:
        """The human part of the step, if any: a reason, a note or the customer's words."""
        for key in ("reason", "note", "words"):
            value = self.changes.get(key)
            if isinstance(value, str) and value:
                return value
        return ""


def ticket_history(uow: UnitOfWork, ticket_id: int) -> list[HistoryEntry]:
    with uow:
        return [HistoryEntry(id=e.id, at=e.occurred_at, actor_name=e.actor_name,
                             action=e.action, changes=dict(e.changes or {}))
                for e in uow.events.for_entity("ticket", ticket_id)]
