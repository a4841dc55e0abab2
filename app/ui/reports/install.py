"""The reports entries in the desk window's Features menu (registered on import):
F8 the dashboard, Ctrl+F8 survey entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.reports.dashboard import DashboardWindow
from app.ui.reports.survey_form import SurveyDialog
from app.ui.slots import Slot
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


REPORTS_WINDOW = Slot("reports.dashboard", DashboardWindow)


def open_dashboard(window: DeskWindow, desk: Desk) -> DashboardWindow:
    """One dashboard per desk window; F8 again brings it to the front."""
    return features.single_window(window, REPORTS_WINDOW, desk)


def open_surveys(window: DeskWindow, desk: Desk) -> SurveyDialog:
    dialog = SurveyDialog(desk, window)
    dialog.show()
    return dialog


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Reports", "Service-quality reports"), shortcut="F8",
    open=open_dashboard, key="reports.dashboard"))
features.register(features.FeatureAction(
    title=QCoreApplication.translate("Reports", "Enter satisfaction surveys"),
    shortcut="Ctrl+F8", open=open_surveys, key="reports.surveys"))
