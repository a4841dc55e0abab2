"""The one way the workstation asks for a file: start where the user last saved or opened
one, else in their documents folder, and remember the folder chosen.

Every file dialog in app/ui goes through `save_file_name` / `open_file_name`. The folder is
kept per user in the data folder (`dialogs.ini`), so it survives restarts and tests that
point HEATDESK_DATA_DIR elsewhere do not touch the user's own.
"""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_documents_dir
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.paths import data_dir

LAST_FOLDER = "file_dialogs/last_folder"


def documents_folder() -> Path:
    """The user's documents folder (Qt's answer, else platformdirs', else home)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    for candidate in (found, user_documents_dir()):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return Path.home()


def _settings() -> QSettings:
    return QSettings(str(data_dir() / "dialogs.ini"), QSettings.Format.IniFormat)


def start_folder() -> Path:
    """Where the next file dialog opens: the last folder used, while it still exists."""
    last = _settings().value(LAST_FOLDER, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember(path: str | Path) -> None:
    """Keep the folder of a file just chosen for the next dialog."""
    folder = Path(path).parent
    settings = _settings()
    settings.setValue(LAST_FOLDER, str(folder))
    settings.sync()


def save_file_name(parent: QWidget | None, title: str, file_name: str,
                   file_filter: str) -> str:
    """Ask where to save `file_name`; the path chosen, or "" when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start_folder() / file_name),
                                          file_filter)
    if path:
        remember(path)
    return path


def open_file_name(parent: QWidget | None, title: str, file_filter: str) -> str:
    """Ask for a file to read; the path chosen, or "" when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder()), file_filter)
    if path:
        remember(path)
    return path
