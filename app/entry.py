"""Console-script entry point (`heatdesk`), the same as `python main.py`."""

from __future__ import annotations

import sys

from app.cli import run


def main() -> None:
    sys.exit(run(sys.argv[1:]))
