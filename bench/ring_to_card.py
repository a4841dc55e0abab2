"""Ring → card painted, in the real desk window (offscreen), as the agent sees it.

For each caller: `window.ring(number)` — the phone system's call, which pops the screen
through the desk's own operation runner (inline on SQLite, a worker thread on a server) —
then the event loop runs until the card shows that caller, the runner is idle and the
card has been painted with it (an event filter on the card and its children sees the
paint). The history tables and the etiquette panel are updated in the same slot as the
card and painted in the same pass of the window. Between calls the desk is cleared as
after Esc, so every ring changes what is on screen. While it waits for the card the GUI
thread sleeps until the next event, as the desk's event loop does, instead of spinning
(which kept the worker thread of a server desk from the GIL).
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QWidget

from app.workflows.phone import normalise_phone
from bench.pop_mix import Caller
from bench.stats import percentile

TIMEOUT_S = 30.0
WAIT = QEventLoop.ProcessEventsFlag.WaitForMoreEvents
WARM_UP = 20
# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a Qt method
# that returns nothing (None is immortal only from 3.12 on), so after some thousand calls
# the process aborts with "none_dealloc". Thousands of rings make far more calls than that:
# the benchmark's process gives None a reference count it cannot use up.
IMMORTAL = 1 << 40


def _keep_none_alive() -> None:
    if sys.version_info < (3, 12) and sys.implementation.name == "cpython":
        for value in (None, True, False):
            ctypes.c_ssize_t.from_address(id(value)).value += IMMORTAL


class PaintWatch(QObject):
    """Notes when the card (or any part of it) paints while `ready()` holds."""

    def __init__(self, card: QWidget) -> None:
        super().__init__()
        self.ready: Callable[[], bool] = lambda: False
        self.painted = False
        for widget in (card, *card.findChildren(QWidget)):
            widget.installEventFilter(self)

    def arm(self, ready: Callable[[], bool]) -> None:
        self.ready, self.painted = ready, False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Paint and not self.painted and self.ready():
            self.painted = True
        return False


def _idle() -> bool:
    from app.ui.ops import active_operations

    return active_operations() == 0


def _spin(ready: Callable[[], bool], timeout: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise RuntimeError("the desk window did not settle in time")
        QCoreApplication.processEvents()


def shows(window: Any, caller: Caller) -> Callable[[], bool]:
    """True once the card (or the unknown-caller page) is this caller's."""
    if caller.customer_id is None:
        phone = normalise_phone(caller.number) or ""
        return lambda: (window.card.state == "unknown"
                        and window.card.unknown_number.text() == phone)
    return lambda: (window.card.state == "card" and window.card.card is not None
                    and window.card.card.id == caller.customer_id)


class RingBench:
    """One signed-in desk window, kept open for every ring."""

    def __init__(self, desk: Any) -> None:
        from app.ui.application import create_application
        from app.ui.desk_window import DeskWindow
        from app.ui.memory import settle_after_start
        from app.ui.tickets.overdue_alerts import OVERDUE_WATCH
        from app.workflows.drafts import DraftStore

        create_application()  # offscreen: set before Qt loaded (run_rings)
        drafts = DraftStore(Path(tempfile.mkdtemp(prefix="heatdesk-bench-drafts-")))
        self.window = window = DeskWindow(desk, None, drafts=drafts)
        watch = window.slots.get(OVERDUE_WATCH)
        if watch is not None:
            watch.stop()  # the sweep writes; this desk only takes calls
        window.show()
        settle_after_start()  # as the desk's start-up does once the window is shown
        _spin(_idle)
        self.paints = PaintWatch(window.card)

    def close(self) -> None:
        self.window.close()
        self.window.deleteLater()
        QCoreApplication.processEvents()

    def _clear(self) -> None:
        self.window.next_call()
        _spin(_idle)
        QCoreApplication.processEvents()  # the cleared desk painted before the next ring

    def ring(self, caller: Caller) -> float:
        """Seconds from the ring to the end of the event-loop pass that painted the card."""
        window = self.window
        self._clear()
        shown = shows(window, caller)
        self.paints.arm(lambda: shown() and _idle())
        started = time.perf_counter()
        window.ring(caller.number)
        deadline = started + TIMEOUT_S
        while not self.paints.painted:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the card for {caller.number} never painted")
            # as the desk's own event loop: asleep until the next event (a worker's answer,
            # a paint). Spinning here instead held the GIL against the worker that reads
            # the pop on a server and added 5-12 ms to a PostgreSQL ring.
            QCoreApplication.processEvents(WAIT)
        return time.perf_counter() - started

    def stall(self, meter: Any, caller: Caller) -> Any:
        """The same ring under the stall meter's heartbeat (its own, coarser clock)."""
        window = self.window
        self._clear()
        shown = shows(window, caller)
        self.paints.arm(lambda: shown() and _idle())
        return meter.measure(lambda: window.ring(caller.number),
                             lambda: self.paints.painted)


def run_rings(desk: Any, callers: list[Caller], stall_samples: int,
              log: Callable[[str], None]) -> dict[str, Any]:
    """Ring → card painted per kind, and the longest GUI-thread stall per kind."""
    _keep_none_alive()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HEATDESK_DATA_DIR", tempfile.mkdtemp(prefix="heatdesk-bench-gui-"))
    from bench.stall_meter import StallMeter

    bench = RingBench(desk)
    meter = None
    try:
        for caller in callers[:WARM_UP]:
            bench.ring(caller)
        seconds: dict[str, list[float]] = {}
        for n, caller in enumerate(callers, start=1):
            seconds.setdefault(caller.kind, []).append(bench.ring(caller))
            if n % 250 == 0:
                log(f"ring → card: {n}/{len(callers)}")
        meter = StallMeter()
        stalls: dict[str, list[Any]] = {}
        for caller in callers:
            if len(stalls.get(caller.kind, ())) < stall_samples:
                stalls.setdefault(caller.kind, []).append(bench.stall(meter, caller))
        offline = bench.window.offline.offline
    finally:
        if meter is not None:
            meter.close()
        bench.close()
    if offline:
        raise RuntimeError("the desk went offline during the benchmark (a refused write?)")
    return {"seconds": seconds, "stalls": {
        kind: {"max_ms": max(m.stall_ms for m in runs),
               "p50_ms": percentile([m.stall_ms for m in runs], 0.5),
               "worst_in": max(runs, key=lambda m: m.stall_ms).where}
        for kind, runs in stalls.items()}}
