"""The garbage collector kept from pausing the desk once it is up.

Python's full collections walk every tracked object. A signed-in desk holds about 300,000
(the Qt bindings, SQLAlchemy's mappers and caches, the translations, the windows), so a
full collection took 58-81 ms; it runs on whichever thread happens to allocate, holding
the GIL, so a report or a sweep read on a worker still froze the GUI thread for that long
(docs/performance.md, "Third round"). What exists once the desk is shown lives as long as
the process: moving it out of the collector's way (`gc.freeze`) leaves full collections
only the objects made since, 8-18 ms at 1,000,000 customers.
"""

from __future__ import annotations

import gc


def settle_after_start() -> int:
    """Freeze what start-up made; returns how many objects are frozen. Called once the
    desk window is shown (and by the benches that time a desk at the same moment).
    Objects made later are collected as usual; frozen ones that become garbage are freed
    by their reference counts, only a cycle among them would stay. No collection first:
    it would be the very 60-80 ms pause, on the GUI thread, just as the desk appears."""
    gc.freeze()
    return gc.get_freeze_count()
