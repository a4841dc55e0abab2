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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut, QWindow
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

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

_KEYS = QKeySequence.SequenceFormat.PortableText
_WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Tool)
_EQUIPPED = "heatdeskFeatureKeys"  # dynamic property: FeatureKeys gave this window its keys


def own_keys(window: QWidget, ignore: list[QAction]) -> set[str]:
    """The key sequences `window` binds itself (its shortcuts, button mnemonics set with
    setShortcut and actions), leaving out `ignore` and whatever belongs to windows it owns."""
    skip = {id(a) for a in ignore}
    keys: set[str] = set()

    def mine(obj: QObject | None) -> bool:
        return isinstance(obj, QWidget) and obj.window() is window

    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and mine(shortcut.parent()):
            keys.update(k.toString(_KEYS) for k in shortcut.keys())  # noqa: SIM118 (Qt)
    for button in window.findChildren(QAbstractButton):
        if mine(button) and not button.shortcut().isEmpty():
            keys.add(button.shortcut().toString(_KEYS))
    actions = [*window.actions(),
               *(a for a in window.findChildren(QAction) if mine(a.parent()))]
    for action in actions:
        if id(action) not in skip:
            keys.update(k.toString(_KEYS) for k in action.shortcuts())
    keys.discard("")
    return keys


class FeatureKeys(QObject):
    """The Features menu's keys work in every HeatDesk window of one desk window.

    The menu's actions are window shortcuts of the desk window; a hotline agent expects F8,
    F6 ... from the queue, the reports or the roster as well. Each time one of the desk's
    own non-modal windows (a window whose parent chain reaches the desk: feature windows and
    what they open) becomes active it gets the same actions, so a key opens the feature as
    the menu would. Not given to modal dialogs (the key stays with the dialog and the desk
    is blocked anyway), and not the keys the window binds itself: its own F5, Ctrl+S or F8
    win inside it. Text fields keep the keys they use (Qt asks them first, ShortcutOverride).
    """

    def __init__(self, desk_window: QWidget, actions: list[QAction]) -> None:
        super().__init__(desk_window)
        self.desk_window = desk_window
        self.actions = list(actions)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._activated)

    def _activated(self, handle: QWindow | None) -> None:
        if handle is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is handle:
                self.equip(widget)
                return

    def belongs(self, window: QWidget) -> bool:
        """A non-modal top-level window owned (through its parents) by the desk window."""
        if window is self.desk_window or not window.isWindow() or window.isModal():
            return False
        if window.windowType() not in _WINDOW_TYPES:
            return False
        parent = window.parentWidget()
        while parent is not None:
            if parent is self.desk_window:
                return True
            parent = parent.parentWidget()
        return False

    def equip(self, window: QWidget) -> None:
        """Give `window` the Features keys it does not bind itself (again on each
        activation, so a key the window took since then is left to it).

        Only windows this object equipped ever lose an action again: the Features menu's
        popup is a top-level window too and becomes the focus window as it opens; taking
        the actions off every window that does not belong emptied the menu itself, and an
        empty QMenu never pops up (the 功能 menu could not be opened at all).
        """
        if window is self.desk_window or isinstance(window, QMenu):
            return
        wanted = self.belongs(window)
        if not wanted and not window.property(_EQUIPPED):
            return  # never given the keys: nothing of ours to take back
        window.setProperty(_EQUIPPED, wanted)
        own = own_keys(window, self.actions) if wanted else set()
        for action in self.actions:
            keys = {k.toString(_KEYS) for k in action.shortcuts()}
            if wanted and keys and not keys & own:
                window.addAction(action)
            else:
                window.removeAction(action)


@runtime_checkable
class Reopenable(Protocol):
    """A feature window that can be shown again after closing and bring itself up to date."""

    def reopen(self) -> None: ...


def bring_to_front(widget: QWidget) -> None:
    """Shown, restored if the user minimised it (a maximised one stays maximised), raised
    and active: what a Features key promises for the window it opens."""
    if widget.isMinimized():
        state = widget.windowState() & ~Qt.WindowState.WindowMinimized
        if state & Qt.WindowState.WindowMaximized:
            widget.showMaximized()
        else:
            widget.showNormal()
    widget.raise_()
    widget.activateWindow()


def single_window(window: DeskWindow, slot: Slot[W], desk: Desk) -> W:
    """One such window per desk window: pressing the shortcut again brings it to the front.

    The window is kept in the desk window's feature slots, so tests and other features can
    find it. A closed window that is `Reopenable` comes back as it was and catches up; any
    other closed one is freed and made anew, so closed windows never pile up.
    """
    existing = window.slots.get(slot)
    if existing is not None and existing.isVisible():
        bring_to_front(existing)  # a minimised window is still "visible": restore it too
        return existing
    if existing is not None:
        if isinstance(existing, Reopenable):  # a closed window that can catch up: reuse it
            existing.reopen()
            existing.show()
            bring_to_front(existing)
            return existing
        existing.deleteLater()  # a closed one that cannot: make a fresh one, free the old
    make = cast(Callable[[Desk, QWidget], W], slot.kind)  # feature windows take (desk, parent)
    opened = make(desk, window)
    window.slots.put(slot, opened)
    opened.show()
    return opened
