"""The reception entry in the desk window's Features menu (registered on import):
Ctrl+Shift+I, for the desks that receive visitors (rule 3.7.2)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.slots import Slot
from app.ui.visitors.reception_window import ReceptionWindow
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, roles_with

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

RECEPTION_WINDOW = Slot("visitors.window", ReceptionWindow)


def open_reception(window: DeskWindow, desk: Desk) -> ReceptionWindow:
    return features.single_window(window, RECEPTION_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("VisitorsInstall", "Visitor reception"),
    shortcut="Ctrl+Shift+I", open=open_reception, key="visitors.window",
    roles=roles_with(Permission.VISITOR_RECEIVE)))
