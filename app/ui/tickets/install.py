"""The queues entry in the desk window's Features menu (registered on import): F6, the
incidents window (F7), and `install_overdue_alerts` for the desk window (rule 2.8)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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


def open_queues(window: DeskWindow, desk: Desk) -> QueueWindow:
    """One queues window per desk window; F6 again brings it to the front."""
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

__all__ = ["INCIDENTS_WINDOW", "OVERDUE_WATCH", "QUEUE_WINDOW", "install_overdue_alerts",
           "open_incidents", "open_queues"]
