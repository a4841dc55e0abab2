"""The garbage collector kept from pausing the desk once it is up.

Python's full collections walk every tracked object. A signed-in desk holds about 300,000
(the Qt bindings, SQLAlchemy's mappers and caches, the translations, the windows), so a
full collection took 58-81 ms; it runs on whichever thread happens to allocate, holding
the GIL, so a report or a sweep read on a worker still froze the GUI thread for that long
(docs/performance.md, "Third round"). What exists once the desk is shown lives as long as
the process: moving it out of the collector's way (`gc.freeze`) leaves full collections
only the objects made since.

Even those took 20-60 ms when they fell inside a report's reading threads: the database
server kept both cores busy, so the collecting thread, holding the GIL, was preempted
mid-collection while the GUI thread waited (the F8 special-customer tab stalled 40-63 ms).
So full collections no longer run on their own in the middle of the work: they wait for
a moment when no operation runs (`collect_when_idle`), at CPython's own cadence. The
young generations are still collected as they fill; a full collection still runs on its
own after `FULL_AFTER` young ones, so a long import cannot grow without bound.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

from app.ui.ops import active_operations

CPYTHON_FULL_AFTER = 10  # CPython's own threshold: a full collection per 10 middle ones
FULL_AFTER = 1_000  # the safety valve: a full collection on its own after this many
IDLE_CHECK_MS = 1_000

_timer: list[QTimer] = []  # the one idle check of the process, once started


def settle_after_start() -> int:
    """Freeze what start-up made and move full collections to idle moments; returns how
    many objects are frozen. Called once the desk window is shown (and by the benches
    that time a desk at the same moment). Objects made later are collected as usual;
    frozen ones that become garbage are freed by their reference counts, only a cycle
    among them would stay. No collection first: it would be the very 60-80 ms pause, on
    the GUI thread, just as the desk appears."""
    gc.freeze()
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_AFTER)
    app = QCoreApplication.instance()
    if not _timer and app is not None:
        timer = QTimer(app)
        timer.setInterval(IDLE_CHECK_MS)
        timer.timeout.connect(collect_when_idle)
        timer.start()
        _timer.append(timer)
    return gc.get_freeze_count()


def collect_when_idle() -> bool:
    """A full collection now, on the GUI thread, if no operation runs and CPython would
    have run one by now (as many middle collections since the last full one as its own
    threshold). Idle, it walks the objects made since start-up in a few milliseconds."""
    if active_operations() or gc.get_count()[2] < CPYTHON_FULL_AFTER:
        return False
    gc.collect()
    return True
