"""The desk window's menus and status bar.

Every call action is a menu entry with its shortcut, so the keys are discoverable and a
tooltip names them; feature actions registered in `app.ui.features` get a menu of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu

from app.ui import features, timefmt
from app.ui.intake import labels

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


def add_action(window: QMainWindow, menu: QMenu, text: str, keys: list[str],
               slot: Callable[[], Any]) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setToolTip(f"{text} ({' / '.join(keys)})" if keys else text)
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    window.addAction(action)
    return action


def _opener(item: features.FeatureAction, window: DeskWindow) -> Callable[[], object]:
    return lambda: item.open(window, window.desk)


@dataclass(frozen=True)
class DeskMenus:
    """What the menus hold: the call actions by name, and the Features menu if any."""

    call_actions: dict[str, QAction]
    feature_menu: QMenu | None
    feature_keys: features.FeatureKeys | None = None  # the Features keys in every window


def build_menus(window: DeskWindow) -> DeskMenus:
    """The Call menu (the window's own actions) and the Features menu for the actor's role."""
    call = window.menuBar().addMenu(QCoreApplication.translate("DeskWindow", "&Call"))
    call_actions = {
        "answer": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Answer"), ["F2"], window.answer),
        "number": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Caller number"), ["F3"], window.focus_number),
        "search": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Search customer"), ["Ctrl+F"], window.focus_search),
        "new_customer": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "New customer"), ["Ctrl+N"], window.new_customer),
        "save": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Save"), ["Ctrl+S", "Ctrl+Return", "Ctrl+Enter"], window.save),
        "refresh": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Refresh"), ["F5"], window.refresh),
        "next_call": add_action(window, call, QCoreApplication.translate(
            "DeskWindow", "Clear / next call"), ["Esc"], window.escape),
    }
    actor = window.desk.actor
    actions = features.available_to(actor.role if actor is not None else None)
    if not actions:  # a hidden entry gets no QAction, so its shortcut does nothing either
        return DeskMenus(call_actions, None)
    menu = window.menuBar().addMenu(QCoreApplication.translate("DeskWindow", "F&eatures"))
    made = [add_action(window, menu, item.title, [item.shortcut] if item.shortcut else [],
                       _opener(item, window)) for item in actions]
    # F8, F6 ... from the queue, the reports, the roster too, not only the desk window
    return DeskMenus(call_actions, menu, features.FeatureKeys(window, made))


class DeskStatus:
    """Who is signed in (角色 工号 姓名), database and local time, always visible at the bottom."""

    def __init__(self, window: DeskWindow) -> None:
        actor = window.desk.actor
        assert actor is not None  # a desk window is always signed in
        bar = window.statusBar()
        role = labels.roles().get(actor.role, actor.role)  # 坐席, 值班长, 技术员 ...
        self.agent = QLabel(f"{role} {actor.job_number} {actor.name}")
        self.agent.setObjectName("statusUser")
        self.database = QLabel(QCoreApplication.translate("DeskWindow", "Database: %1")
                               .replace("%1", window.desk.database_label))
        self.time = QLabel()
        for widget in (self.agent, self.database, self.time):
            widget.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(widget)

    def show_time(self, now: datetime) -> None:
        self.time.setText(timefmt.fmt(now, timefmt.CLOCK))
