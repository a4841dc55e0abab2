"""The queues entry in the desk window's Features menu (registered on import): F6, the
incidents window (F7), and `install_overdue_alerts` for the desk window (rule 2.8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from app.ui import features
from app.ui.slots import Slot
from app.ui.tickets.incidents_window import IncidentsWindow
from app.ui.tickets.overdue_alerts import OVERDUE_WATCH, install_overdue_alerts
from app.ui.tickets.queue_window import QueueWindow
from app.ui.window_events import window_event
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


QUEUE_WINDOW = Slot("queues.window", QueueWindow)
INCIDENTS_WINDOW = Slot("queues.incidents", IncidentsWindow)
BEGIN_AT_PAINT = True  # the build begins once the desk has painted after login
PREPARE_AFTER_MS = 2000  # ... or this long after login, for a desk never painted (hidden)
AHEAD_GRACE_MS = 12  # F6 before the widgets exist: the page read on a server goes first


class QueuePreparer(QObject):
    """Builds the desk's queues window after login, hidden and one piece per event-loop
    turn (each far under the 50 ms a desk may stall), beginning as soon as the desk has
    painted, so that F6 only shows it and reads its first page (building it on F6 held
    the desk 80-120 ms).

    F6 while pieces remain (`hurry`) does not build the rest at once (134-200 ms on one
    turn): the pieces go on one per turn without waiting for idle, the first page is read
    at once (on a server the pieces wait for it a few milliseconds), the warm-up paint is
    left out, the window is shown the turn its layout is done and the first order's
    detail is read once the list is painted."""

    def __init__(self, window: DeskWindow, desk: Desk, after_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.building: QueueWindow | None = None
        self.hurrying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._timer.start(PREPARE_AFTER_MS if after_ms is None else after_ms)
        if after_ms is None and BEGIN_AT_PAINT:
            window.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self.window.slots.get(QUEUE_WINDOW) is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        """The desk's first paint: begin in the next turn, after what it drew."""
        if window_event(self, watched, event, QEvent.Type.Paint):
            self.window.removeEventFilter(self)
            if self.building is None and not self.done:
                self._timer.start(0)
        return False

    def _step(self) -> None:
        if self.done:
            return  # F6 came first
        if self.building is None:
            self.building = QueueWindow(self.desk, self.window, dormant=True)
            self.building.hurried = self.hurrying
        elif self.hurrying:
            if not self._towards_screen(self.building):
                return
        elif not self.building.build_step():
            self.window.slots.put(QUEUE_WINDOW, self.building)
            return
        self._timer.start(0)  # the next piece in the next turn, after any input

    def _towards_screen(self, window: QueueWindow) -> bool:
        """One turn of a window F6 asked for; False once it is shown."""
        if window.constructed and window.dormant:
            window.wake(finish=False)  # the first page while the layout is done
        elif not window.build_step():  # what is left: widgets, style, layout
            self.window.slots.put(QUEUE_WINDOW, window)
            window.show()
            features.bring_to_front(window)
            return False
        return True

    def hurry(self) -> QueueWindow:
        """F6 while the window is not complete: one piece now, the rest one per turn
        until it is shown with its first page (see the class). Returns it unfinished."""
        if not self.hurrying:
            self.hurrying = True
            if self.building is not None:
                self.building.hurried = True
            self._timer.stop()
            self._step()
        assert self.building is not None
        building = self.building
        if building.read_ahead():  # its first page, from a server: let its round trips go
            building.ops.finished.connect(self._read_ahead_came)
            self._timer.start(AHEAD_GRACE_MS)
        return building

    def _read_ahead_came(self, key: str) -> None:
        """The first page read ahead is here (or failed): the pieces go on at once.

        While it is read, the pieces wait in the event loop (the desk answers keys and
        paints) a few milliseconds at most: built meanwhile, they held the interpreter
        lock through their long calls into Qt, where the reading thread cannot take it,
        and a page read in 6 ms alone came 30-35 ms after F6, after the empty window had
        been shown and painted."""
        if key != "queue.page" or self.building is None:
            return
        self.building.ops.finished.disconnect(self._read_ahead_came)
        if self._timer.isActive():
            self._timer.start(0)

    def finish(self) -> None:
        """A window wanted complete at once (an overdue alert opens an order in it)."""
        self._timer.stop()
        if self.building is not None and not self.done:
            self.building.finish_building()
            self.window.slots.put(QUEUE_WINDOW, self.building)


QUEUE_PREPARER = Slot("queues.preparer", QueuePreparer)


def prepare_queues(window: DeskWindow, after_ms: int | None = None) -> QueuePreparer:
    """Start preparing the queues window of a signed-in desk (see `QueuePreparer`)."""
    return window.slots.put(QUEUE_PREPARER, QueuePreparer(window, window.desk, after_ms))


def open_queues(window: DeskWindow, desk: Desk) -> QueueWindow:
    """One queues window per desk window, complete when this returns (callers use it at
    once); F6 again brings it to the front. A window prepared at idle is woken (it reads
    its first page now) and shown."""
    preparer = window.slots.get(QUEUE_PREPARER)
    if preparer is not None:
        preparer.finish()
    return features.single_window(window, QUEUE_WINDOW, desk)


def press_f6(window: DeskWindow, desk: Desk) -> QueueWindow:
    """F6: as `open_queues`, but a window still being prepared is shown a few turns
    later, never built at once (`QueuePreparer.hurry`)."""
    preparer = window.slots.get(QUEUE_PREPARER)
    if preparer is not None and not preparer.done:
        return preparer.hurry()
    return features.single_window(window, QUEUE_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Queues", "Work-order queues"), shortcut="F6",
    open=press_f6, key="queues.window"))


def open_incidents(window: DeskWindow, desk: Desk) -> IncidentsWindow:
    """One incidents window per desk window; F7 again brings it to the front."""
    return features.single_window(window, INCIDENTS_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Queues", "Incidents"), shortcut="F7",
    open=open_incidents, key="queues.incidents"))

__all__ = ["INCIDENTS_WINDOW", "OVERDUE_WATCH", "QUEUE_PREPARER", "QUEUE_WINDOW",
           "install_overdue_alerts", "open_incidents", "open_queues", "prepare_queues",
           "press_f6"]
