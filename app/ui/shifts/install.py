"""Putting the handover into the desk window: menu entries, duty indicator, close guard.

Importing this module registers the Features-menu entries (handover, sign-off, history,
roster and leave, end shift); `install_handover(window)` adds the duty indicator to the
status bar and the guard that keeps the outgoing agent on duty (rule 3.4.2).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import features
from app.ui.shifts.duty_guard import DutyGuard, DutyIndicator
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.history_window import HistoryWindow
from app.ui.shifts.roster_window import RosterWindow
from app.ui.shifts.sign_dialog import SignDialog
from app.workflows.desk import Desk

CONTEXT = "HandoverInstall"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _refresh_duty(window: Any) -> None:
    indicator = getattr(window, "duty_indicator", None)
    if indicator is not None:
        indicator.refresh()


def open_handover(window: QWidget, desk: Desk) -> HandoverDialog:
    dialog = HandoverDialog(desk, window)
    dialog.state_changed.connect(lambda _v: _refresh_duty(window))
    dialog.finished.connect(lambda _r: _refresh_duty(window))
    window.handover_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_sign(window: QWidget, desk: Desk) -> SignDialog:
    dialog = SignDialog(desk, window)
    dialog.signed.connect(lambda _v: _refresh_duty(window))
    window.sign_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
    return dialog


def open_history(window: QWidget, desk: Desk) -> HistoryWindow:
    history = HistoryWindow(desk, window)
    window.handover_history = history  # type: ignore[attr-defined]
    history.show()
    return history


def open_roster(window: QWidget, desk: Desk) -> RosterWindow:
    roster = RosterWindow(desk, window)
    window.roster_window = roster  # type: ignore[attr-defined]
    roster.show()
    return roster


def end_shift(window: QWidget, _desk: Desk) -> None:
    """Closing the desk is ending the shift; the guard refuses it while on duty."""
    window.close()


def register_actions() -> None:
    for title, keys, action, key in (
            (_t("Shift handover…"), "Ctrl+Shift+H", open_handover, "handover.log"),
            (_t("Sign incoming handover…"), "Ctrl+Shift+J", open_sign, "handover.sign"),
            (_t("Handover history…"), "Ctrl+Shift+L", open_history, "handover.history"),
            (_t("Roster, leave and swaps…"), "Ctrl+Shift+R", open_roster, "handover.roster"),
            (_t("End shift"), "Ctrl+Shift+X", end_shift, "handover.end_shift")):
        features.register(features.FeatureAction(title, keys, action, key=key))


def install_handover(window: Any) -> DutyGuard:
    """Duty indicator in the status bar and the close guard (call once per desk window)."""
    desk = window.desk
    window.duty_indicator = DutyIndicator(desk, window)
    window.statusBar().addPermanentWidget(window.duty_indicator)
    window.duty_guard = DutyGuard(window, desk, lambda: open_handover(window, desk))
    return window.duty_guard


register_actions()
