"""Keeping the outgoing agent on duty (rule 3.4.2) in the desk window.

`DutyIndicator` shows the agent's duty in the status bar; `DutyGuard` watches the window's
close event and refuses to end the shift while the handover is unwritten, unsigned or
still a draft, saying why and offering to open the handover log. It filters the event
instead of overriding `closeEvent`, so the desk window needs no knowledge of shifts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from app.ui.ops import Op, OpRunner
from app.ui.shifts import labels
from app.ui.shifts.live import DUTY_ENTITIES, HandoverWatch
from app.ui.window_events import window_event
from app.workflows.desk import Desk
from app.workflows.shifts.duty import (
    REASON_AWAITING_SIGNATURE,
    REASON_DRAFT,
    REASON_MISSING,
    REASON_TOOK_OVER,
    DutyState,
    duty_state,
)

CONTEXT = "DutyGuard"


def duty_reason(state: DutyState, zone: tzinfo) -> str:
    """The sentence that says why the shift cannot end yet."""
    if state.reason == REASON_AWAITING_SIGNATURE:
        return _t(
            "Your handover to %1 is waiting for their signature. Until the incoming "
            "colleague signs, you remain on duty and may not leave the desk (rule 3.4.2)."
        ).replace("%1", state.incoming_name or "—")
    if state.reason == REASON_DRAFT:
        return _t("Your handover log is still a draft: hand it over and wait for the incoming "
                  "colleague's signature before ending the shift (rule 3.4.2).")
    if state.reason == REASON_MISSING:
        return _t("You are on the %1 shift until %2 and have not handed over yet: write the "
                  "handover log first (rules 3.4.2, 3.4.3).").replace(
            "%1", state.shift_name).replace("%2", labels.when(state.shift_ends_at, zone, False))
    if state.reason == REASON_TOOK_OVER:
        return _t("You took over the desk from %1 at %2 and have not handed over yet: write "
                  "the handover log first (rules 3.4.2, 3.4.3).").replace(
            "%1", state.took_over_from or "—").replace("%2", labels.when(state.since, zone,
                                                                           False))
    return ""


def duty_text(state: DutyState, zone: tzinfo) -> str:
    """The status-bar words for a duty state (also the handover dialog's first line)."""
    if state.reason == REASON_AWAITING_SIGNATURE:
        return _t("On duty: awaiting %1's signature").replace("%1", state.incoming_name)
    if state.reason == REASON_TOOK_OVER:
        return _t("On duty since %1 (took over from %2)").replace(
            "%1", labels.when(state.since, zone, False)).replace(
            "%2", state.took_over_from or "—")
    if state.on_duty and not state.shift_name:
        return _t("On duty")
    if state.on_duty:
        return _t("On duty: %1 shift until %2").replace("%1", state.shift_name or "—").replace(
            "%2", labels.when(state.shift_ends_at, zone, False))
    if state.no_roster:
        return _t("Off duty — nobody is on the roster now (Roster: Ctrl+Shift+R)")
    return _t("Off duty")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DutyIndicator(QLabel):
    """On duty / awaiting signature / off duty, always visible in the status bar.

    While shown it follows the change feed, so "awaiting signature" turns into "off duty"
    as soon as the incoming colleague signs at their own desk (rule 3.4.2). While the
    database cannot be reached it keeps showing the last duty it knew: the desk's offline
    banner speaks for the connection, not this label.
    """

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 live: bool = True, open_roster: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.open_roster = open_roster
        self.zone = desk.zone
        self.state: DutyState | None = None
        self._stale = False
        self.setObjectName("dutyIndicator")
        self.setContentsMargins(8, 0, 8, 0)
        self.ops = OpRunner(self, desk, offline=self._keep_last)
        self.watch = HandoverWatch(desk, self.refresh, self, entities=DUTY_ENTITIES,
                                   live=live)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.watch.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt)
        super().hideEvent(event)
        if not event.spontaneous():  # the desk closed; a minimised desk keeps listening
            self.watch.stop()

    def refresh(self) -> None:
        """Read the duty again; a change reported while a read runs is read once more."""
        desk = self.desk
        if not self.ops.run(Op(lambda: duty_state(desk.uow()), done=self._show,
                               key="duty", quiet=True)):
            self._stale = True

    def _keep_last(self) -> None:
        """Offline: the label keeps the last duty it knew."""

    def _points_to_roster(self) -> bool:
        return (self.open_roster is not None and self.state is not None
                and not self.state.on_duty and self.state.no_roster)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt)
        super().mouseReleaseEvent(event)
        if self._points_to_roster() and self.open_roster is not None:
            self.open_roster()

    def _show(self, state: DutyState) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        self.state = s = state
        text = duty_text(s, self.zone)
        if s.reason == REASON_AWAITING_SIGNATURE:
            colour = "#7a4b00"
        elif s.on_duty:
            colour = "#1d4f86"
        else:
            colour = "#9a5b00" if s.no_roster else "#5b6b7b"
        self.setCursor(Qt.CursorShape.PointingHandCursor if self._points_to_roster()
                       else Qt.CursorShape.ArrowCursor)
        self.setToolTip(_t("No shift is on the roster around now, so the desk cannot tell "
                           "who is on duty. Click to open the roster.")
                        if self._points_to_roster() else "")
        self.setText(text)
        self.setStyleSheet(f"color:{colour}; font-weight:600;")


class DutyGuard(QObject):
    """Refuses the desk window's close while the agent must stay (rule 3.4.2).

    Qt asks whether the window may close while it delivers the close event and needs the
    answer before the event returns, so this one check runs inline (`background=False`)
    even on a server database: through the runner, which maps its errors, but on the GUI
    thread. During an outage that wait lasts at most the connect timeout, and then the
    window closes: a check that cannot be made never traps the agent at the desk.
    """

    def __init__(self, window: QMainWindow, desk: Desk,
                 open_handover: Callable[[], object]) -> None:
        super().__init__(window)
        self.window = window
        self.desk = desk
        self.open_handover = open_handover
        self.zone = desk.zone
        self.last_refusal: str = ""
        self.message: QMessageBox | None = None
        self.ops = OpRunner(window, desk, offline=self._unknown, background=False)
        window.installEventFilter(self)

    def _unknown(self) -> None:
        """Offline: the duty cannot be checked, so the close goes ahead."""

    def may_close(self) -> bool:
        desk = self.desk
        verdict: list[DutyState] = []
        self.ops.run(Op(lambda: duty_state(desk.uow()), done=verdict.append, key="may_close"))
        if not verdict:
            return True   # cannot check while offline; never trap the agent
        self.last_refusal = duty_reason(verdict[0], self.zone)
        return verdict[0].may_end

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if window_event(self, watched, event, QEvent.Type.Close) and not self.may_close():
            event.ignore()
            self._explain()
            return True
        return False

    def _explain(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, _t("You remain on duty"),
                          self.last_refusal, QMessageBox.StandardButton.Close, self.window)
        box.setObjectName("dutyRefusal")
        open_log = box.addButton(_t("Open handover log"), QMessageBox.ButtonRole.AcceptRole)
        open_log.clicked.connect(self.open_handover)
        self.message = box
        box.open()
