"""The queues entry in the desk window's Features menu (registered on import): F6, the
incidents window (F7), and `install_overdue_alerts` for the desk window (rule 2.8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.ui import features
from app.ui.slots import Slot
from app.ui.tickets.incidents_window import IncidentsWindow
from app.ui.tickets.overdue_alerts import OVERDUE_WATCH, install_overdue_alerts
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


QUEUE_WINDOW = Slot("queues.window", QueueWindow)
INCIDENTS_WINDOW = Slot("queues.incidents", IncidentsWindow)
PREPARE_AFTER_MS = 2000  # after login: once the desk has drawn and read its settings


class QueuePreparer(QObject):
    """Builds the desk's queues window at idle after login, hidden and one piece per
    event-loop turn (each far under the 50 ms a desk may stall), so that F6 only shows it
    and reads its first page (building it on F6 held the desk 80-120 ms)."""

    def __init__(self, window: DeskWindow, desk: Desk, after_ms: int | None = None) -> None:
        super().__init__(window)
        self.window, self.desk = window, desk
        self.building: QueueWindow | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._step)
        self._timer.start(PREPARE_AFTER_MS if after_ms is None else after_ms)

    @property
    def done(self) -> bool:
        return self.window.slots.get(QUEUE_WINDOW) is not None

    def _step(self) -> None:
        if self.done:
            return  # F6 came first
        if self.building is None:
            self.building = QueueWindow(self.desk, self.window, dormant=True)
        elif not self.building.build_step():
            self.window.slots.put(QUEUE_WINDOW, self.building)
            return
        self._timer.start(0)  # the next piece in the next turn, after any input

    def finish(self) -> None:
        """F6 while it builds: the rest at once."""
        self._timer.stop()
        if self.building is not None and not self.done:
            self.building.finish_building()
            self.window.slots.put(QUEUE_WINDOW, self.building)


QUEUE_PREPARER = Slot("queues.preparer", QueuePreparer)


def prepare_queues(window: DeskWindow, after_ms: int | None = None) -> QueuePreparer:
    """Start preparing the queues window of a signed-in desk (see `QueuePreparer`)."""
    return window.slots.put(QUEUE_PREPARER, QueuePreparer(window, window.desk, after_ms))


def open_queues(window: DeskWindow, desk: Desk) -> QueueWindow:
    """One queues window per desk window; F6 again brings it to the front. A window
    prepared at idle is woken (it reads its first page now) and shown."""
    preparer = window.slots.get(QUEUE_PREPARER)
    if preparer is not None:
        preparer.finish()
    return features.single_window(window, QUEUE_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Queues", "Work-order queues"), shortcut="F6",
    open=open_queues, key="queues.window"))


def open_incidents(window: DeskWindow, desk: Desk) -> IncidentsWindow:
    """One incidents window per desk window; F7 again brings it to the front."""
    return features.single_window(window, INCIDENTS_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Queues", "Incidents"), shortcut="F7",
    open=open_incidents, key="queues.incidents"))

__all__ = ["INCIDENTS_WINDOW", "OVERDUE_WATCH", "QUEUE_PREPARER", "QUEUE_WINDOW",
           "install_overdue_alerts", "open_incidents", "open_queues", "prepare_queues"]
