"""Progress of a long load as one line at a time: done, rate, elapsed and time left.

A million-customer load runs for minutes; whoever started it wants to know whether to wait
or to come back later, so each line says the rate so far and the estimated time left.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class RateProgress:
    """A `progress(done, total)` callback writing a line each `every` of the work."""

    def __init__(self, label: str, unit: str, write: Callable[[str], None],
                 every: float = 0.05, clock: Callable[[], float] = time.perf_counter) -> None:
        self.label, self.unit, self.write, self.every = label, unit, write, every
        self.clock = clock
        self.started = clock()
        self._next = 0.0

    def __call__(self, done: int, total: int) -> None:
        share = done / total if total else 1.0
        if share < self._next and done < total:
            return
        self._next = share + self.every
        self.write(self.line(done, total))

    def line(self, done: int, total: int) -> str:
        elapsed = max(self.clock() - self.started, 1e-9)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0.0
        return (f"{self.label}: {done:,}/{total:,} {self.unit} ({done * 100 // max(total, 1)} %), "
                f"{rate:,.0f} {self.unit}/s, {elapsed:.0f} s so far, about {left:.0f} s left")

    def note(self, message: str) -> None:
        """A step after the rows (an index, the text search), with the time so far."""
        self.write(f"{self.label}: {message} ({self.clock() - self.started:.0f} s)")
