"""The desk window's declared feature slots: typed places where features keep their parts.

A feature declares its slot next to its code, `HANDOVER_DIALOG = Slot("handover.dialog",
HandoverDialog)`, and stores into the window's `slots` registry; nothing is attached to
the window as an attribute, and a reader gets the declared type back, not `Any`.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Slot(Generic[T]):
    """A named place for one object of `kind` in a desk window's registry."""

    def __init__(self, name: str, kind: type[T]) -> None:
        self.name = name
        self.kind = kind

    def __repr__(self) -> str:
        return f"Slot({self.name!r}, {self.kind.__name__})"


class FeatureSlots:
    """What the features installed into one desk window: panels, guards, open dialogs."""

    def __init__(self) -> None:
        self._items: dict[str, Any] = {}

    def put(self, slot: Slot[T], value: T) -> T:
        if not isinstance(value, slot.kind):
            raise TypeError(f"{slot!r} holds {slot.kind.__name__}, not {type(value).__name__}")
        self._items[slot.name] = value
        return value

    def get(self, slot: Slot[T]) -> T | None:
        value = self._items.get(slot.name)
        return value if isinstance(value, slot.kind) else None

    def require(self, slot: Slot[T]) -> T:
        value = self.get(slot)
        if value is None:
            raise LookupError(f"{slot!r} is empty: its feature is not installed")
        return value

    def names(self) -> list[str]:
        return sorted(self._items)
