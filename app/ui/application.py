"""The QApplication with HeatDesk's font and style.

The bundled WenQuanYi Micro Hei is registered and put behind the system font in the
application font's family list, so Chinese renders even on a machine without CJK fonts,
while Latin text keeps the platform's own face.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.paths import RESOURCES
from app.ui import memory

log = logging.getLogger(__name__)

FONT_FILE = RESOURCES / "fonts" / "wqy-microhei.ttc"
STYLE_FILE = RESOURCES / "style.qss"
APP_NAME = "HeatDesk"
BASE_POINT_SIZE = 10


SWITCH_INTERVAL_S = 0.0005


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication of the process (reused if one exists, e.g. under pytest-qt)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")  # the same look on every platform, and the style sheet's base
    # Reports, imports and exports run Python on worker threads; every call Qt makes into
    # Python to paint (a table's cells, a chart) waits for the interpreter lock, which a
    # busy thread gives up only after this interval (5 ms by default): 0.5 ms keeps a window
    # painting while a report is being built (app/ui/reports/table_view.py)
    sys.setswitchinterval(SWITCH_INTERVAL_S)
    memory.install(app)  # cycles holding Qt objects are freed on this thread, not a worker's
    install_font(app)
    apply_style(app)
    return app


def install_font(app: QApplication) -> list[str]:
    """Register the bundled CJK font as the fallback family; returns its family names."""
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        log.warning("cannot load the bundled font %s", FONT_FILE)
        return []
    bundled = QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(app.font())
    primary = font.family()
    families = [primary, *[f for f in bundled if f != primary]]
    font.setFamilies(families)
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    return list(bundled)


def apply_style(app: QApplication) -> None:
    """The calm house style; a missing file leaves the platform style, never a crash."""
    try:
        app.setStyleSheet(STYLE_FILE.read_text(encoding="utf-8"))
    except OSError as exc:
        log.warning("cannot read the style sheet %s: %s", STYLE_FILE, exc)
