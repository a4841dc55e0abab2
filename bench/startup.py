"""Start-up time: launch `python main.py --demo` until the login window is on screen.

With `HEATDESK_STARTUP_PROBE=1` the GUI prints `HEATDESK_LOGIN_SHOWN` when the login window
is up, then opens the database behind it and exits 0 once logging in is possible
(app/ui/main.py). Both moments are measured: `startup_s` (the window) and `ready_s` (the
database open, the login button enabled). A first launch warms the caches, not counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from app.paths import ROOT

MARKER = "HEATDESK_LOGIN_SHOWN"
TIMEOUT_S = 60.0


def _launch(db_url: str, data_dir: str) -> tuple[float, float]:
    """Seconds until the marker line and until a clean exit; RuntimeError otherwise."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HEATDESK_STARTUP_PROBE": "1",
           "HEATDESK_DATA_DIR": data_dir}
    env.pop("HEATDESK_DB_URL", None)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--db", db_url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a hung window ends the wait
    watchdog.start()
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == MARKER:
                shown = time.perf_counter() - started
                if process.wait(timeout=TIMEOUT_S) == 0:
                    return shown, time.perf_counter() - started
                break
        process.wait(timeout=TIMEOUT_S)
        err = (process.stderr.read() if process.stderr else "").strip().splitlines()
        raise RuntimeError(f"exit {process.returncode} without {MARKER}: "
                           f"{err[-1] if err else 'no output'}")
    finally:
        watchdog.cancel()
        if process.poll() is None:
            process.kill()
        process.wait()


def measure_startup(db_url: str, runs: int = 3) -> dict[str, object]:
    """Medians of `runs` launches (window shown, ready to log in), or None and a reason."""
    with tempfile.TemporaryDirectory(prefix="heatdesk-startup-") as data_dir:
        try:
            _launch(db_url, data_dir)  # warm-up: bytecode and file caches
            times = [_launch(db_url, data_dir) for _ in range(runs)]
        except (RuntimeError, OSError) as exc:
            return {"startup_s": None, "startup_reason": str(exc)}
    return {"startup_s": round(statistics.median(t[0] for t in times), 3),
            "startup_runs_s": [round(t[0], 3) for t in times],
            "ready_s": round(statistics.median(t[1] for t in times), 3)}


if __name__ == "__main__":  # pragma: no cover - manual use
    print(measure_startup(sys.argv[1] if len(sys.argv) > 1 else
                          f"sqlite:///{Path(tempfile.gettempdir()) / 'startup.sqlite3'}"))
