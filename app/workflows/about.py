"""What the About box tells an agent or the centre's IT staff: which HeatDesk this is.

The version comes from the package metadata (app/version.py), the schema revision is the
one this HeatDesk needs (the head of its migrations); with the program and data folders
they are what a support call or an upgrade round (docs/install.md) asks for first.
"""

from __future__ import annotations

import platform
import sys
from dataclasses import dataclass
from pathlib import Path

from app.db import revisions
from app.paths import data_dir
from app.version import version


@dataclass(frozen=True)
class ProgramFacts:
    version: str
    schema_revision: str
    program_folder: str
    data_folder: str
    python: str


def _schema_revision() -> str:
    try:
        return revisions.head()
    except revisions.BranchedHistory:  # a developer's checkout between two revisions
        return "?"


def program_facts() -> ProgramFacts:
    frozen = getattr(sys, "frozen", False)
    program = Path(sys.executable).parent if frozen else Path(__file__).resolve().parents[2]
    return ProgramFacts(version=version(), schema_revision=_schema_revision(),
                        program_folder=str(program), data_folder=str(data_dir()),
                        python=platform.python_version())
