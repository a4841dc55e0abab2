"""Putting the handover into the desk window: menu entries, duty indicator, close guard.

Importing this module registers the Features-menu entries (handover, sign-off, history,
roster and leave, end shift); `install_handover(window)` adds the duty indicator to the
status bar and the guard that keeps the outgoing agent on duty (rule 3.4.2). What the
feature puts into the window is kept in the window's declared slots below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.shifts.duty_guard import DutyGuard, DutyIndicator
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.history_window import HistoryWindow
from app.ui.shifts.roster_window import RosterWindow
from app.ui.shifts.sign_dialog import SignDialog
from app.ui.slots import Slot
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

CONTEXT = "HandoverInstall"

HANDOVER_DIALOG = Slot("handover.dialog", HandoverDialog)
SIGN_DIALOG = Slot("handover.sign", SignDialog)
HANDOVER_HISTORY = Slot("handover.history", HistoryWindow)
ROSTER_WINDOW = Slot("handover.roster", RosterWindow)
DUTY_INDICATOR = Slot("handover.duty_indicator", DutyIndicator)
DUTY_GUARD = Slot("handover.duty_guard", DutyGuard)


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _refresh_duty(window: DeskWindow) -> None:
    indicator = window.slots.get(DUTY_INDICATOR)
    if indicator is not None:
        indicator.refresh()


def open_handover(window: DeskWindow, desk: Desk) -> HandoverDialog:
    dialog = window.slots.put(HANDOVER_DIALOG, HandoverDialog(desk, window))
    dialog.state_changed.connect(lambda _v: _refresh_duty(window))
    dialog.finished.connect(lambda _r: _refresh_duty(window))
    dialog.open()
    return dialog


def open_sign(window: DeskWindow, desk: Desk) -> SignDialog:
    dialog = window.slots.put(SIGN_DIALOG, SignDialog(desk, window))
    dialog.signed.connect(lambda _v: _refresh_duty(window))
    dialog.open()
    return dialog


def open_history(window: DeskWindow, desk: Desk) -> HistoryWindow:
    history = window.slots.put(HANDOVER_HISTORY, HistoryWindow(desk, window))
    history.show()
    return history


def open_roster(window: DeskWindow, desk: Desk) -> RosterWindow:
    roster = window.slots.put(ROSTER_WINDOW, RosterWindow(desk, window))
    roster.show()
    return roster


def end_shift(window: DeskWindow, _desk: Desk) -> None:
    """Closing the desk is ending the shift; the guard refuses it while on duty."""
    window.close()


def register_actions() -> None:
    # issue 15: the log and the signature are the desk roles' (technicians are never
    # rostered at the desk); the workflows refuse the others anyway
    writers, signers = roles_with(Permission.HANDOVER_WRITE), roles_with(Permission.HANDOVER_SIGN)
    for title, keys, action, key, roles in (
            (_t("Shift handover…"), "Ctrl+Shift+H", open_handover, "handover.log", writers),
            (_t("Sign incoming handover…"), "Ctrl+Shift+J", open_sign, "handover.sign", signers),
            (_t("Handover history…"), "Ctrl+Shift+L", open_history, "handover.history", None),
            (_t("Roster, leave and swaps…"), "Ctrl+Shift+R", open_roster, "handover.roster",
             None),
            (_t("End shift"), "Ctrl+Shift+X", end_shift, "handover.end_shift", None)):
        features.register(features.FeatureAction(title, keys, action, key=key, roles=roles))


def install_handover(window: DeskWindow) -> DutyGuard:
    """Duty indicator in the status bar and the close guard (call once per desk window)."""
    desk = window.desk
    indicator = window.slots.put(DUTY_INDICATOR, DutyIndicator(
        desk, window, open_roster=lambda: open_roster(window, desk)))
    window.statusBar().addPermanentWidget(indicator)
    return window.slots.put(DUTY_GUARD, DutyGuard(window, desk,
                                                  lambda: open_handover(window, desk)))


register_actions()
