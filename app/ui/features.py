"""Feature actions that other parts of HeatDesk add to the desk window's 功能 menu.

A feature (work orders, etiquette panel, handover, printing) registers a `FeatureAction`
at import time; `DeskWindow` builds its menu from `registered()` when it opens, so the
window never has to know the features by name.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

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
