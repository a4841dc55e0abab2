"""Where HeatDesk keeps its files.

Resources (fonts, translations, the etiquette library, the letterhead, the style sheet) and
the Alembic migrations ship as the top-level packages `resources` and `migrations` beside
`app`, and are found through `importlib.resources`: in the checkout, in an installed wheel
(site-packages) and in the PyInstaller bundle alike, never relative to a source tree.
User data (the embedded database, drafts, the ring port) lives in the per-user data folder
that platformdirs picks for each operating system, so an agent's desk never writes into the
program folder.
"""

from __future__ import annotations

import atexit
import os
from contextlib import ExitStack
from importlib.resources import as_file, files
from pathlib import Path

from platformdirs import user_data_path

ROOT = Path(__file__).resolve().parent.parent  # the checkout (or site-packages): tools only
_EXTRACTED = ExitStack()  # resources a zip import had to unpack, removed at exit
atexit.register(_EXTRACTED.close)


def package_folder(package: str) -> Path:
    """The folder of a data package as a real path (Qt, ReportLab and Alembic open files).

    A package imported from a folder is returned as it is; one imported from an archive is
    unpacked once for the life of the process.
    """
    traversable = files(package)
    if isinstance(traversable, Path):
        return traversable
    return Path(_EXTRACTED.enter_context(as_file(traversable)))


RESOURCES = package_folder("resources")
MIGRATIONS = package_folder("migrations")


def data_dir() -> Path:
    """The user's data folder; `HEATDESK_DATA_DIR` moves it (tests, portable installs)."""
    override = os.environ.get("HEATDESK_DATA_DIR")
    path = Path(override) if override else user_data_path("HeatDesk", appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


DEMO_DATABASE_FILE = "heatdesk-demo.sqlite3"


def demo_database_file() -> Path:
    """The demo database that `--demo` opens, for the workstation and every command alike."""
    return data_dir() / DEMO_DATABASE_FILE
