"""Feature actions that other parts of HeatDesk add to the desk window's 功能 menu.

A feature (work orders, etiquette panel, handover, printing) registers a `FeatureAction`
at import time; `DeskWindow` builds its menu from `registered()` when it opens, so the
window never has to know the features by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from app.workflows.desk import Desk


@dataclass(frozen=True)
class FeatureAction:
    """`open(window, desk)` runs when the agent picks the menu entry or presses `shortcut`.

    `title` is shown as given: translate it before registering (QCoreApplication.translate).
    """

    title: str
    shortcut: str
    open: Callable[[QWidget, Desk], None]
    key: str = ""  # a stable id; registering the same key again replaces the entry


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


W = TypeVar("W", bound=QWidget)


def single_window(window: QWidget, attribute: str, window_class: type[W], desk: Desk) -> W:
    """One such window per desk window: pressing the shortcut again brings it to the front.

    The window is kept on the desk window as `attribute`, so tests and other features can
    find it.
    """
    existing = getattr(window, attribute, None)
    if isinstance(existing, window_class) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    opened = window_class(desk, window)  # type: ignore[call-arg]
    setattr(window, attribute, opened)
    opened.show()
    return opened
