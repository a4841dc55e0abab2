"""HeatDesk 供热客服工作台: open the workstation, or run a command (`--help`)."""

import sys

from app.cli import run

if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
