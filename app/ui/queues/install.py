"""The queues entry in the desk window's Features menu (registered on import): F6."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.ui import features
from app.ui.queues.queue_window import QueueWindow
from app.workflows.desk import Desk


def open_queues(window: QWidget, desk: Desk) -> QueueWindow:
    """One queues window per desk window; F6 again brings it to the front."""
    existing = getattr(window, "queue_window", None)
    if isinstance(existing, QueueWindow) and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    queues = QueueWindow(desk, window)
    window.queue_window = queues  # type: ignore[attr-defined]
    queues.show()
    return queues


features.register(features.FeatureAction(
    title=QCoreApplication.translate("Queues", "Work-order queues"), shortcut="F6",
    open=open_queues, key="queues.window"))
