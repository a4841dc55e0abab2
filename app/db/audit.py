"""The audit hook: every flushed change becomes an append-only event in the same transaction.

Doing this in the session, not in each workflow, means no change can forget its event. The
acting staff member and the clock come from `session.info`, set by the unit of work.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from app.models.event import Event

REDACTED = "***"
SECRET_COLUMNS = frozenset({"password_hash"})


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _column_changes(obj: object, *, created: bool) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        hist = state.attrs[key].history
        if created:
            value = getattr(obj, key)
            if value is not None:
                changes[key] = REDACTED if key in SECRET_COLUMNS else _plain(value)
        elif hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if key in SECRET_COLUMNS:
                changes[key] = REDACTED
            else:
                changes[key] = [_plain(old), _plain(new)]
    changes.pop("version", None)
    return changes


def _entity_id(obj: object) -> int:
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    value = key[0] if key else None
    return value if isinstance(value, int) else 0


def _named(obj: object, changes: dict[str, Any]) -> dict[str, Any]:
    """A row whose one key is no number (a setting's name) is named in its event: the event's
    entity_id holds only numbers, so an update would otherwise not say which setting changed."""
    mapper = inspect(obj).mapper
    if len(mapper.primary_key) == 1:
        value = mapper.primary_key_from_instance(obj)[0]
        if value is not None and not isinstance(value, int):
            return {mapper.get_property_by_column(mapper.primary_key[0]).key: _plain(value),
                    **changes}
    return changes


def _stamp(session: Session) -> dict[str, Any]:
    """Who, where and when of an event: the unit of work's actor, desk and clock."""
    clock = session.info.get("clock")
    return {"occurred_at": clock() if clock else datetime.now(UTC),
            "actor_id": session.info.get("actor_id"), "desk": session.info.get("desk")}


def _after_flush(session: Session, _context: object) -> None:
    if session.info.get("audit_disabled"):
        return
    stamp = _stamp(session)
    rows: list[dict[str, Any]] = []

    def add(obj: object, action: str, changes: dict[str, Any]) -> None:
        if isinstance(obj, Event):
            return
        rows.append({
            **stamp, "entity": inspect(obj).mapper.local_table.name,
            "entity_id": _entity_id(obj), "action": action, "changes": _named(obj, changes),
        })

    for obj in session.new:
        add(obj, "create", _column_changes(obj, created=True))
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            changes = _column_changes(obj, created=False)
            if changes:
                add(obj, "update", changes)
    for obj in session.deleted:
        add(obj, "delete", {})
    if rows:
        session.execute(insert(Event), rows)


def record_set(session: Session, entity: str, entity_id: int, action: str,
               changes: dict[str, Any]) -> None:
    """One event for rows written as a set (a notice's 50,000 recipients, a handover's
    carried-over orders): a statement that bypasses the flush still leaves its trace, with
    the unit of work's actor, desk and clock, but not one event per row."""
    if session.info.get("audit_disabled"):
        return
    session.execute(insert(Event).values(**_stamp(session), entity=entity,
                                         entity_id=entity_id, action=action, changes=changes))


def install(session_class: type[Session]) -> None:
    """Attach the hook to a Session class (idempotent)."""
    if not event.contains(session_class, "after_flush", _after_flush):
        event.listen(session_class, "after_flush", _after_flush)
