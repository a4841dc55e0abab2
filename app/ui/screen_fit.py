"""Windows open at their preferred size, but never larger than the screen they open on.

The smallest supported desk screen is 1366×768: a window asking for 1440×900 there would
hang over the edges with its buttons and status bar out of reach. Every feature window
sizes itself through `fit_to_screen` instead of a bare `resize`.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders, which are not known before the
# window is shown (Windows 10/11 and the common Linux desktops stay within this).
FRAME = QSize(16, 40)


def available_area(window: QWidget) -> QRect | None:
    """The screen's area without task bars, for the screen the window is on."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted_size(width: int, height: int, area: QRect | None) -> QSize:
    """The preferred size, cut to the area less the window frame."""
    if area is None or area.isEmpty():
        return QSize(width, height)
    return QSize(min(width, area.width() - FRAME.width()),
                 min(height, area.height() - FRAME.height()))


def fit_to_screen(window: QWidget, width: int, height: int,
                  area: QRect | None = None) -> QSize:
    """Resize `window` to width×height, or less where the screen is smaller; returns the
    size given. `area` is the screen's available area (the window's own screen's)."""
    size = fitted_size(width, height, area if area is not None else available_area(window))
    window.resize(size)
    return size
