"""Feature actions that other parts of HeatDesk add to the desk window's 功能 menu.

A feature (work orders, etiquette panel, handover, printing) registers a `FeatureAction`
at import time; `DeskWindow` builds its menu from `registered()` when it opens, so the
window never has to know the features by name. An entry with `roles` is listed (and its
shortcut bound) only for those roles, so an agent is not offered what would only refuse
them; the workflow behind it still checks the role itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtWidgets import QWidget

from app.ui.slots import Slot
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


@dataclass(frozen=True)
class FeatureAction:
    """`open(window, desk)` runs when the agent picks the menu entry or presses `shortcut`.

    `title` is shown as given: translate it before registering (QCoreApplication.translate).
    `roles` are the `vocab.Role` values that may use the entry; None means everyone.
    """

    title: str
    shortcut: str
    open: Callable[[DeskWindow, Desk], object]
    key: str = ""  # a stable id; registering the same key again replaces the entry
    roles: frozenset[str] | None = None

    def allows(self, role: str | None) -> bool:
        return self.roles is None or role in self.roles


_ACTIONS: list[FeatureAction] = []


def register(action: FeatureAction) -> FeatureAction:
    key = action.key or action.title
    _ACTIONS[:] = [a for a in _ACTIONS if (a.key or a.title) != key]
    _ACTIONS.append(action)
    return action


def unregister(key: str) -> None:
    _ACTIONS[:] = [a for a in _ACTIONS if (a.key or a.title) != key]


def registered() -> list[FeatureAction]:
    return list(_ACTIONS)


def key_order(action: FeatureAction) -> tuple[int, int, str, int]:
    """The menu lists entries in key order: the function keys F1..F12 first, each plain
    before its modified forms (F8, then Ctrl+F8), then the letter shortcuts by letter."""
    parts = action.shortcut.split("+")
    key, modifiers = parts[-1].strip(), len(parts) - 1
    if len(key) > 1 and key[0] in "Ff" and key[1:].isdigit():
        return (0, int(key[1:]), "", modifiers)
    return (1, 0, key.upper(), modifiers)


def available_to(role: str | None) -> list[FeatureAction]:
    """The entries a signed-in actor of `role` may use, in key order (`key_order`)."""
    return sorted((a for a in _ACTIONS if a.allows(role)), key=key_order)


W = TypeVar("W", bound=QWidget)


@runtime_checkable
class Reopenable(Protocol):
    """A feature window that can be shown again after closing and bring itself up to date."""

    def reopen(self) -> None: ...


def single_window(window: DeskWindow, slot: Slot[W], desk: Desk) -> W:
    """One such window per desk window: pressing the shortcut again brings it to the front.

    The window is kept in the desk window's feature slots, so tests and other features can
    find it. A closed window that is `Reopenable` comes back as it was and catches up; any
    other closed one is freed and made anew, so closed windows never pile up.
    """
    existing = window.slots.get(slot)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    if existing is not None:
        if isinstance(existing, Reopenable):  # a closed window that can catch up: reuse it
            existing.reopen()
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        existing.deleteLater()  # a closed one that cannot: make a fresh one, free the old
    make = cast(Callable[[Desk, QWidget], W], slot.kind)  # feature windows take (desk, parent)
    opened = make(desk, window)
    window.slots.put(slot, opened)
    opened.show()
    return opened
