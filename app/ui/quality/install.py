"""The heating-quality entry in the desk window's Features menu (registered on import): F9."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.ui import features
from app.ui.quality.quality_window import QualityWindow
from app.ui.slots import Slot
from app.workflows.desk import Desk

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


QUALITY_WINDOW = Slot("quality.window", QualityWindow)


def open_quality(window: DeskWindow, desk: Desk) -> QualityWindow:
    """One quality window per desk window; F9 again brings it to the front."""
    return features.single_window(window, QUALITY_WINDOW, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("QualityInstall", "Heating quality (sampling, hot water)"),
    shortcut="F9", open=open_quality, key="quality.window"))
