"""Running a call on a worker thread and handing its outcome back to the GUI thread.

Calls run on plain Python thread pools (no QRunnable whose wrapper could be collected or
deleted while Qt still holds it). Outcomes come back through one relay object made on the
GUI thread that lives as long as the process: the worker emits its signal, Qt queues the
delivery to the relay's thread, and the callback waiting for it runs there. Nothing is
created or deleted per call on the Qt side, so no object can die under a worker.
"""

from __future__ import annotations

import itertools
import queue
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

Deliver = Callable[[Any, BaseException | None], None]

# Two pools: a thousand-page print job or a season's report must not hold up a save or a
# screen pop waiting for a free thread.
POOL_THREADS = {"quick": 3, "long": 2}


class Pool:
    """A few daemon worker threads taking jobs from one queue.

    Not a ThreadPoolExecutor: Python joins an executor's (non-daemon) threads when the
    interpreter exits, so a report, an export or a query waiting on a lock kept a closed
    desk's process alive (and its ring port bound) until it finished. Daemon threads never
    hold up the exit; `shutdown` lets the jobs already running finish for a moment first.
    """

    def __init__(self, threads: int, name: str) -> None:
        self.size = threads
        self.name = name
        self.jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self.threads: list[threading.Thread] = []
        self.busy = 0
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None]) -> None:
        with self._lock:
            if len(self.threads) < self.size:
                thread = threading.Thread(target=self._work, daemon=True,
                                          name=f"{self.name}_{len(self.threads)}")
                self.threads.append(thread)
                thread.start()
            self.busy += 1
        self.jobs.put(job)

    def _work(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            try:
                job()
            finally:
                with self._lock:
                    self.busy -= 1

    def idle(self) -> bool:
        with self._lock:
            return self.busy == 0

    def shutdown(self, wait: float = 0.0) -> bool:
        """Ask the threads to end after their queued jobs; wait up to `wait` seconds for
        them. Returns True when no job is left running (threads still busy are left to die
        with the process)."""
        for _ in self.threads:
            self.jobs.put(None)
        deadline = time.monotonic() + wait
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        alive = [t for t in self.threads if t.is_alive()]
        self.threads = alive
        return not alive


_POOLS: dict[str, Pool] = {}


def pool(kind: str = "quick") -> Pool:
    if kind not in _POOLS:
        _POOLS[kind] = Pool(POOL_THREADS[kind], f"ops-{kind}")
    return _POOLS[kind]


def shutdown(wait: float = 1.0) -> bool:
    """At exit: give running operations (a save just sent) up to `wait` seconds in all,
    then let the process end whatever is still running. True when all had finished."""
    deadline = time.monotonic() + wait
    done = True
    for kind in list(_POOLS):
        done = _POOLS.pop(kind).shutdown(max(0.0, deadline - time.monotonic())) and done
    return done


class Relay(QObject):
    """Carries (ticket, result, error) from any thread back to the GUI thread.

    A job's delivery is used once; a standing one (a change feed's) stays until forgotten.
    Other threads only emit on this process-long object, never on a window's own, which
    may be deleted on the GUI thread at any moment: a delivery whose ticket is gone is
    dropped.
    """

    finished = Signal(int, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, Deliver] = {}  # touched on the GUI thread only
        self.standing: dict[int, Deliver] = {}  # likewise
        self.finished.connect(self._deliver)

    def _deliver(self, ticket: int, result: Any, error: BaseException | None) -> None:
        deliver = self.waiting.pop(ticket, None) or self.standing.get(ticket)
        if deliver is not None:
            deliver(result, error)

    def stand(self, deliver: Deliver) -> tuple[Callable[[Any], None], Callable[[], None]]:
        """(post, forget): `post(result)` from any thread runs `deliver(result, None)` on
        the GUI thread until `forget()` (GUI thread) is called."""
        ticket = next(_TICKETS)
        self.standing[ticket] = deliver
        finished = self.finished

        def post(result: Any) -> None:
            finished.emit(ticket, result, None)

        def forget() -> None:
            self.standing.pop(ticket, None)
        return post, forget


_RELAY: Relay | None = None
_TICKETS = itertools.count(1)


def relay() -> Relay:
    """The one relay; made on first use, which is always on the GUI thread."""
    global _RELAY
    if _RELAY is None:
        _RELAY = Relay()
    return _RELAY


def submit(call: Callable[[], Any], deliver: Deliver, long: bool = False) -> None:
    """Run `call` in a pool; `deliver(result, error)` runs on the GUI thread afterwards.

    A Qt object may only die on its own thread, and `call` often holds one (a dialog's
    bound method, a lambda naming the window). So the GUI thread keeps `call` until the
    delivery and lets it go there; the worker drops its own references, and the frames of
    a failure's traceback, before it hands the outcome over."""
    hub = relay()
    ticket = next(_TICKETS)

    def deliver_then_release(result: Any, error: BaseException | None,
                             _held: Callable[[], Any] = call) -> None:
        deliver(result, error)

    hub.waiting[ticket] = deliver_then_release
    box = [call]

    def job() -> None:
        run = box.pop()
        error: BaseException | None = None
        try:
            result = run()
        except BaseException as exc:  # delivered to the GUI thread and mapped there
            result, error = None, exc
            traceback.clear_frames(exc.__traceback__)
        del run
        hub.finished.emit(ticket, result, error)

    pool("long" if long else "quick").submit(job)
