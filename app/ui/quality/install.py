"""The heating-quality entry in the desk window's Features menu (registered on import): F9."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import features
from app.ui.quality.quality_window import QualityWindow
from app.workflows.desk import Desk


def open_quality(window: QWidget, desk: Desk) -> QualityWindow:
    """One quality window per desk window; F9 again brings it to the front."""
    return features.single_window(window, "quality_window", QualityWindow, desk)


features.register(features.FeatureAction(
    title=QCoreApplication.translate("QualityInstall", "Heating quality (sampling, hot water)"),
    shortcut="F9", open=open_quality, key="quality.window"))
