"""Which HeatDesk this is: the version of the installed distribution.

An installed HeatDesk (the wheel, the bundle with its copied metadata, the MSI) reads its
version from the package metadata. A checkout run without being installed falls back to
`pyproject.toml` beside the package; a frozen bundle built without metadata says so rather
than guessing. The version is shown in the About box and on the login window, and named in
the message that asks an administrator to upgrade a shared database (docs/install.md).
"""

from __future__ import annotations

import sys
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "heatdesk"
UNKNOWN = "0+unknown"


@cache
def version() -> str:
    """`0.1.0` and the like; never raises."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    return _checkout_version() or UNKNOWN


def _checkout_version() -> str | None:
    if getattr(sys, "frozen", False):
        return None  # the bundle carries its metadata (packaging/heatdesk.spec)
    project = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        data = tomllib.loads(project.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    found = data.get("project", {})
    if found.get("name") != DISTRIBUTION or not isinstance(found.get("version"), str):
        return None
    return str(found["version"])


def command() -> str:
    """How this HeatDesk's commands are typed here, for a message that says what to run:
    the bundle's program (on Windows its console twin), `python main.py` in a checkout,
    else the installed console script."""
    if getattr(sys, "frozen", False):
        name = "heatdesk-cli.exe" if sys.platform == "win32" else Path(sys.executable).name
        program = str(Path(sys.executable).with_name(name))
        return f'"{program}"' if " " in program else program
    if Path(sys.argv[0]).name == "main.py":
        return "python main.py"
    return "heatdesk"


def describe() -> str:
    """`HeatDesk 0.1.0`, as the About box, the login window and `--version` say it."""
    return f"HeatDesk {version()}"
