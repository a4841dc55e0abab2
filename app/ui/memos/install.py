"""Messages in the desk window (rule 4.2(5)): the Features entry Ctrl+Shift+M (everyone),
the unread count on the status bar and the waiting messages shown at login."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.memos.indicator import MemoIndicator
from app.ui.memos.memo_window import MemoWindow
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

MEMO_WINDOW = Slot("memos.window", MemoWindow)
MEMO_INDICATOR = Slot("memos.indicator", MemoIndicator)


def open_memos(window: DeskWindow, desk: Desk) -> MemoWindow:
    opened = features.single_window(window, MEMO_WINDOW, desk)
    caller = getattr(window, "caller", None)  # the desk's caller bar: a message starts with
    if caller is not None:                    # the number of the call on the desk now
        opened.current_phone = lambda: caller.number.text().strip()
    indicator = window.slots.get(MEMO_INDICATOR)
    if indicator is not None and not getattr(opened, "_counted", False):
        opened.unread_changed.connect(lambda n: indicator.set_counts(n, indicator.late))
        opened._counted = True  # type: ignore[attr-defined]
    return opened


def install_memos(window: DeskWindow) -> MemoIndicator:
    """The status bar's message count; the waiting messages at login (once per window)."""
    desk = window.desk
    indicator = window.slots.put(MEMO_INDICATOR, MemoIndicator(
        desk, lambda: open_memos(window, desk)))
    window.statusBar().addPermanentWidget(indicator)
    indicator.at_login()
    return indicator


features.register(features.FeatureAction(
    title=QCoreApplication.translate("MemosInstall", "Messages for colleagues"),
    shortcut="Ctrl+Shift+M", open=open_memos, key="memos.window",
    roles=roles_with(Permission.MEMO_LEAVE)))
