"""The field-trip entry in the desk window's Features menu (registered on import):
Ctrl+Shift+T, for those who plan trips or enter their feedback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.slots import Slot
from app.ui.trips.planner_window import TripWindow
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

TRIP_WINDOW = Slot("trips.window", TripWindow)


def open_trips(window: DeskWindow, desk: Desk) -> TripWindow:
    return features.single_window(window, TRIP_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("TripsInstall", "Field trips (route, phone, feedback)"),
    shortcut="Ctrl+Shift+T", open=open_trips, key="trips.window",
    roles=roles_with(Permission.TRIP_PLAN) | roles_with(Permission.TRIP_FEEDBACK)))
