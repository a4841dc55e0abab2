"""Opening a written PDF in the user's viewer, and saying so when no program opens it.

Documents are previewed, printed and saved in the in-app preview (preview_dialog.py); this
is for a PDF written to a given path and then opened (the handover sheet from a script).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices


def open_pdf(path: Path) -> str:
    """Open a written PDF in the user's viewer; "" when it opened, else what to tell."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return ""
    return QCoreApplication.translate(
        "PdfChoice", "%1 was saved, but no program opened it. Open it from its folder, "
        "or ask for a PDF viewer to be set up.").replace("%1", str(path))
