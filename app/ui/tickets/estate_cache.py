"""The estates the queue filter offers, read once per desk session and kept by the desk.

Opening the queues window again (F6) must not wait for a few thousand estates each time:
the list lives in the desk window's slots, is read off the GUI thread, and is read again
only when the change feed reports a customer change or the agent presses F5.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.ui.field_errors import FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.slots import FeatureSlots, Slot
from app.workflows.desk import Desk
from app.workflows.tickets.queues import estates


class EstateCache(QObject):
    """`arrived(list_of_estates)` fires each time a (re)read completes."""

    arrived = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.estates: list[str] | None = None  # None: never read yet
        self._runner: OpRunner | None = None  # the runner of the read on its way
        self._again = False  # a change came in while a read ran: read once more after it

    @property
    def reading(self) -> bool:
        # a window closed (and deleted) mid-read never hears back: its read is lost
        return self._runner is not None and shiboken6.isValid(self._runner)

    def ensure(self, ops: OpRunner, desk: Desk, errors: FieldErrors | None = None) -> None:
        """Read the list unless it is already here (or on its way)."""
        if self.estates is None and not self.reading:
            self.refresh(ops, desk, errors)

    def refresh(self, ops: OpRunner, desk: Desk, errors: FieldErrors | None = None) -> None:
        """Read the list again (a customer changed, or F5)."""
        if self.reading:
            self._again = True  # the running read may predate the change
            return
        self._again = False

        def arrived(found: list[str]) -> None:
            self._runner = None
            self.estates = list(found)
            self.arrived.emit(self.estates)
            if self._again:
                self.refresh(ops, desk, errors)

        def failed(_exc: BaseException) -> None:
            self._runner = None

        self._runner = ops
        if not ops.run(Op(lambda: estates(desk.uow()), done=arrived, failed=failed,
                          errors=errors, long=True, quiet=True, key="queue.estates")):
            self._runner = None


ESTATE_CACHE = Slot("queues.estates", EstateCache)


def estate_cache_of(owner: QObject | None) -> EstateCache:
    """The desk window's cache, made on first use; a window without a desk keeps its own."""
    slots = getattr(owner, "slots", None)
    if isinstance(slots, FeatureSlots):
        found = slots.get(ESTATE_CACHE)
        if found is None:
            found = slots.put(ESTATE_CACHE, EstateCache(owner))
        return found
    return EstateCache(owner)
