"""How long the GUI thread stops answering while an action runs, and where it is stuck.

A heartbeat QTimer ticks every 5 ms on the GUI thread; while an action is measured, the
largest gap between two ticks is the longest moment the window could neither paint nor
take a key (the stall is that gap minus the 5 ms the timer waits anyway). A watchdog
thread looks at the GUI thread's Python stack whenever no tick came for a while, so a
stall can be traced to the line that blocked it (e.g. a database call left in a slot).
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

HEARTBEAT_MS = 5
SETTLE_S = 0.05  # keep measuring a little after the result, for work it set off
SAMPLE_AFTER_S = 0.02  # a gap this long gets the GUI thread's stack sampled
LEAD_IN_MS = 30
EVENT_LOOP = "Qt event loop (painting, layout or a C++ slot; no application frame)"
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Measurement:
    stall_ms: float  # longest gap between two heartbeats minus the heartbeat interval
    result_ms: float | None  # trigger -> result on screen (None: it never came)
    where: list[str] = field(default_factory=list)  # GUI thread's stack in that gap


def _frames(frame: Any) -> list[str]:
    """The project's frames of a stack below the benchmark's own (outermost first), and
    the innermost frame of all: where the GUI thread waits or computes."""
    stack = traceback.extract_stack(frame)
    lines: list[str] = []
    for summary in stack:
        path = Path(summary.filename)
        if path.is_relative_to(ROOT) and not path.is_relative_to(ROOT / ".venv"):
            where = path.relative_to(ROOT)
            if where.parts[0] in ("bench", "main.py"):
                lines.clear()  # the action starts below the benchmark's frames
            else:
                lines.append(f"{where}:{summary.lineno} {summary.name}")
    if stack and not lines and Path(stack[-1].filename) == Path(__file__):
        return [EVENT_LOOP]  # no Python of the app runs: Qt paints, lays out or waits
    if stack:
        inner = stack[-1]
        lines.append(f"{Path(inner.filename).name}:{inner.lineno} {inner.name} (innermost)")
    return lines


class StallMeter(QObject):
    """Create on the GUI thread; `measure(action, until)` runs one action and returns."""

    def __init__(self, interval_ms: int = HEARTBEAT_MS) -> None:
        super().__init__()
        self.interval = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = time.perf_counter()
        self._beat = 0  # which gap we are in (the watchdog files its samples under it)
        self._samples: dict[int, list[tuple[str, ...]]] = {}
        self._held: list[object] = []  # the watchdog's frame snapshots, freed by the GUI thread
        self._recording = False
        self._gui = threading.get_ident()
        self._stop = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="stall-watchdog",
                                          daemon=True)
        self._reset(lambda: True)
        self._timer.start()
        self._watchdog.start()

    def close(self) -> None:
        self._stop.set()
        self._timer.stop()
        self._watchdog.join(timeout=1)

    def _reset(self, until: Callable[[], bool]) -> None:
        self._until = until
        self._max_gap = 0.0
        self._worst: list[tuple[str, ...]] = []
        self._started = 0.0
        self._result_at: float | None = None
        self._loop: QEventLoop | None = None

    # ---- measuring -----------------------------------------------------------------
    def measure(self, action: Callable[[], Any], until: Callable[[], bool], *,
                timeout: float = 60.0) -> Measurement:
        """Run `action` from the event loop; measure until `until()` holds (checked on
        every heartbeat) and a short settle time has passed."""
        self._reset(until)
        loop = QEventLoop()
        self._loop = loop
        failure: list[BaseException] = []

        def start() -> None:
            self._recording = True
            self._started = time.perf_counter()
            # a gap that began before the trigger (another window's timer) is not the action's
            self._last = max(self._last, self._started - self.interval)
            try:
                action()
            except BaseException as exc:  # raised again below, outside the event loop
                failure.append(exc)
                loop.quit()

        QTimer.singleShot(LEAD_IN_MS, start)  # heartbeats running steadily at the trigger
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        loop.exec()
        self._recording = False
        self._loop = None
        if failure:
            raise failure[0]
        stall = max(0.0, self._max_gap - self.interval)
        where = list(Counter(self._worst).most_common(1)[0][0]) if self._worst else []
        result = None if self._result_at is None else self._result_at - self._started
        return Measurement(round(stall * 1000, 1),
                           None if result is None else round(result * 1000, 1), where)

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        samples = self._samples.pop(self._beat, [])
        self._beat += 1
        self._last = now
        self._held.clear()
        if not self._recording:
            return
        if gap > self._max_gap:
            self._max_gap = gap
            self._worst = samples
        if self._result_at is None:
            if self._until():
                self._result_at = now
        elif now - self._result_at >= SETTLE_S and self._loop is not None:
            self._loop.quit()

    def _watch(self) -> None:
        while not self._stop.wait(self.interval):
            if not self._recording or time.perf_counter() - self._last < SAMPLE_AFTER_S:
                continue
            frames = sys._current_frames()
            frame = frames.get(self._gui)
            if frame is not None:
                self._samples.setdefault(self._beat, []).append(tuple(_frames(frame)))
            # The GUI thread drops these: a frame that ended meanwhile would otherwise free
            # its locals here, and a QObject among them would die on this thread (deadlock).
            self._held.append(frames)
            del frame, frames
