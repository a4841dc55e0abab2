"""Running a call on a worker thread and handing its outcome back to the GUI thread.

Calls run on plain Python thread pools (no QRunnable whose wrapper could be collected or
deleted while Qt still holds it). Outcomes come back through one relay object made on the
GUI thread that lives as long as the process: the worker emits its signal, Qt queues the
delivery to the relay's thread, and the callback waiting for it runs there. Nothing is
created or deleted per call on the Qt side, so no object can die under a worker.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

Deliver = Callable[[Any, BaseException | None], None]

# Two pools: a thousand-page print job or a season's report must not hold up a save or a
# screen pop waiting for a free thread.
POOL_THREADS = {"quick": 3, "long": 2}
_POOLS: dict[str, ThreadPoolExecutor] = {}


def pool(kind: str = "quick") -> ThreadPoolExecutor:
    if kind not in _POOLS:
        _POOLS[kind] = ThreadPoolExecutor(POOL_THREADS[kind], thread_name_prefix=f"ops-{kind}")
    return _POOLS[kind]


class Relay(QObject):
    """Carries (ticket, result, error) from any worker back to the GUI thread."""

    finished = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Deliver] = {}  # touched on the GUI thread only
        self.finished.connect(self._deliver)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        deliver = self.waiting.pop(ticket, None)
        if deliver is not None:
            deliver(result, error)


_RELAY: Relay | None = None
_TICKETS = itertools.count(1)


def relay() -> Relay:
    """The one relay; made on first use, which is always on the GUI thread."""
    global _RELAY
    if _RELAY is None:
        _RELAY = Relay()
    return _RELAY


def submit(call: Callable[[], Any], deliver: Deliver, long: bool = False) -> None:
    """Run `call` in a pool; `deliver(result, error)` runs on the GUI thread afterwards."""
    hub = relay()
    ticket = next(_TICKETS)
    hub.waiting[ticket] = deliver

    def job() -> None:
        try:
            result = call()
        except BaseException as exc:  # delivered to the GUI thread and mapped there
            hub.finished.emit(ticket, None, exc)
            return
        hub.finished.emit(ticket, result, None)

    pool("long" if long else "quick").submit(job)
