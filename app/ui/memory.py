"""The garbage collector: on the GUI thread only, and kept from pausing the desk once it is up.

Python's cyclic collector runs on whichever thread's allocation crosses its threshold. A
window or dialog left in a reference cycle is then destroyed on a worker thread, while Qt
objects may only die on the thread that owns them: the process crashed with a bus error
(seen in the test suite: a worker reading the etiquette library collected the cycles of an
earlier test's windows). So once the QApplication exists the automatic collector is off
(`install`), and a timer on the GUI thread collects in its place (`collect_due`), one
generation at a time at CPython's own thresholds. Workers' cyclic garbage waits at most
one tick; most of it is freed by reference counts anyway.

Python's full collections walk every tracked object. A signed-in desk holds about 300,000
(the Qt bindings, SQLAlchemy's mappers and caches, the translations, the windows), so a
full collection took 58-81 ms and froze the desk (docs/performance.md, "Third round").
What exists once the desk is shown lives as long as the process: moving it out of the
collector's way (`settle_after_start`, `gc.freeze`) leaves full collections only the
objects made since. Even those took 20-60 ms inside a report's reading threads, preempted
by a busy database server (the F8 special-customer tab stalled 40-63 ms); so once settled,
a full collection waits for a moment when no operation runs, unless `FULL_AFTER` middle
collections have passed, so a long import cannot grow without bound.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

from app.ui.ops import active_operations

CPYTHON_FULL_AFTER = 10  # CPython's own threshold: a full collection per 10 middle ones
FULL_AFTER = 1_000  # once settled, the safety valve: a full collection even while busy
TICK_MS = 50  # how often the GUI thread looks whether a collection is due (small batches)

_timer: list[QTimer] = []  # the one collecting timer of the process, once installed
_settled: list[bool] = []  # non-empty once the desk is shown


def install(app: QCoreApplication) -> None:
    """Move the cyclic collector onto `app`'s (the GUI) thread; once per process."""
    if _timer:
        return
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    _timer.append(timer)


def installed() -> bool:
    return bool(_timer)


def settle_after_start() -> int:
    """Freeze what start-up made and move full collections to idle moments; returns how
    many objects are frozen. Called once the desk window is shown (and by the benches
    that time a desk at the same moment). Objects made later are collected as usual;
    frozen ones that become garbage are freed by their reference counts, only a cycle
    among them would stay. No collection first: it would be the very 60-80 ms pause, on
    the GUI thread, just as the desk appears."""
    gc.freeze()
    if not _settled:
        _settled.append(True)
    app = QCoreApplication.instance()
    if app is not None:
        install(app)
    return gc.get_freeze_count()


def collect_due() -> int | None:
    """Run the collection CPython would have run by now, on this (the GUI) thread; returns
    the generation collected, None when nothing is due. Settled and busy, a full
    collection waits (a middle one runs instead); idle, it walks only the objects made
    since start-up, in a few milliseconds."""
    young, middle, _ = gc.get_threshold()
    count = gc.get_count()
    busy = bool(_settled) and active_operations() > 0
    if count[2] >= FULL_AFTER or (count[2] >= CPYTHON_FULL_AFTER and not busy):
        generation = 2
    elif count[1] >= middle:
        generation = 1
    elif count[0] >= young:
        generation = 0
    else:
        return None
    gc.collect(generation)
    return generation
