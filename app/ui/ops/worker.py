"""Running a call on a worker thread and handing its outcome back to the GUI thread.

The bridge object lives on the GUI thread; the worker emits its signal from the pool
thread and Qt queues the delivery, so callbacks always run where widgets may be touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

# Two pools: a thousand-page print job or a season's report must not hold up a save or a
# screen pop waiting for a free thread.
POOL_THREADS = {"quick": 3, "long": 2}
_POOLS: dict[str, QThreadPool] = {}


def pool(kind: str = "quick") -> QThreadPool:
    if kind not in _POOLS:
        made = QThreadPool()
        made.setMaxThreadCount(POOL_THREADS[kind])
        _POOLS[kind] = made
    return _POOLS[kind]


class Bridge(QObject):
    """Carries (result, error) from a worker back to the GUI thread."""

    finished = Signal(object, object)


class Job(QRunnable):
    def __init__(self, call: Callable[[], Any], bridge: Bridge) -> None:
        super().__init__()
        self.call = call
        self.bridge = bridge
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as exc:  # delivered to the GUI thread and mapped there
            self.bridge.finished.emit(None, exc)
            return
        self.bridge.finished.emit(result, None)


def submit(call: Callable[[], Any], deliver: Callable[[Any, BaseException | None], None],
           long: bool = False) -> None:
    """Run `call` in a pool; `deliver(result, error)` runs on the GUI thread afterwards."""
    bridge = Bridge()
    _LIVE.add(bridge)

    def arrived(result: Any, error: BaseException | None) -> None:
        _LIVE.discard(bridge)
        bridge.deleteLater()
        deliver(result, error)

    bridge.finished.connect(arrived)
    pool("long" if long else "quick").start(Job(call, bridge))


_LIVE: set[Bridge] = set()  # bridges kept alive until their job reports back
