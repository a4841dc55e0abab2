"""What the machine gave a bench run: load, and the share of the CPU the hypervisor took.

Our VMs differ and share their hosts: the same PostgreSQL build took 174 s on one and
592 s on another with the same code, and on that second one `steal` in /proc/stat (time
the host gave to other guests) reached 16-65 % for minutes while it stayed near 2 % during
the builds. A figure without that reading cannot be told apart from a slowdown of our own,
so every bench prints, beside its figures, the load average and how the CPUs' time went
while it ran: busy (ours and everyone's in this guest), stolen, idle.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

_STAT = Path("/proc/stat")
_LOADAVG = Path("/proc/loadavg")
# /proc/stat's cpu line: user nice system idle iowait irq softirq steal (guest counted in user)
_BUSY = (0, 1, 2, 5, 6)
_IDLE = (3, 4)
_STEAL = 7


def _cpu_ticks() -> list[int] | None:
    try:
        first = _STAT.read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    if not first or first[0] != "cpu":
        return None
    return [int(x) for x in first[1:9]] + [0] * max(0, 9 - len(first))


class MachineMeter:
    """Started when a bench starts; `reading()` sums up the time since."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.ticks = _cpu_ticks()

    def reading(self) -> dict[str, Any]:
        found: dict[str, Any] = {"cpus": os.cpu_count(),
                                 "seconds": round(time.monotonic() - self.started, 1)}
        try:
            found["loadavg"] = [float(x) for x in _LOADAVG.read_text().split()[:3]]
        except OSError:
            found["loadavg"] = None
        now = _cpu_ticks()
        if self.ticks is None or now is None:
            return found
        delta = [b - a for a, b in zip(self.ticks, now, strict=False)]
        total = sum(delta[i] for i in (*_BUSY, *_IDLE, _STEAL)) or 1
        found["cpu_pct"] = {
            "busy": round(100 * sum(delta[i] for i in _BUSY) / total, 1),
            "steal": round(100 * delta[_STEAL] / total, 1),
            "idle": round(100 * sum(delta[i] for i in _IDLE) / total, 1),
        }
        return found


_meter = MachineMeter()


def start() -> None:
    """Begin the reading of this run (the bench command calls it before the bench)."""
    global _meter
    _meter = MachineMeter()


def reading() -> dict[str, Any]:
    return _meter.reading()


def emit(result: dict[str, Any], **dumps: Any) -> None:
    """Print a bench's JSON with the machine's reading since `start()` under "machine"."""
    print(json.dumps({**result, "machine": reading()}, ensure_ascii=False, **dumps))
