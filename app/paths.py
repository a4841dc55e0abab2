"""Where HeatDesk keeps its files.

Resources ship beside the code; user data (the embedded database, drafts, the ring port)
lives in the per-user data folder that platformdirs picks for each operating system, so
an agent's desk never writes into the program folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "migrations"


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
