"""One call into Python per painted cell, for the item models written in Python.

Qt's delegates ask a cell for about seven roles (text, font, alignment, colours, icon,
check state) in one `multiData` call, which Qt's base model answers by calling `data()`
once per role: seven entries into Python, each of which first takes the interpreter lock
from whatever worker thread holds it (a report, a queue page, an import), and may wait for
it. Answering `multiData` in Python makes it one entry per cell, the roles read from the
model's own `data()` in the same call; the values are exactly those `data()` gives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QModelRoleData, QModelRoleDataSpan, QPersistentModelIndex


class OneCallPerCell:
    """Mixin before a Qt item model class: `class M(OneCallPerCell, QAbstractTableModel)`."""

    data: Callable[[QModelIndex | QPersistentModelIndex, int], Any]  # the model's own

    def multiData(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                  roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:  # noqa: N803
        # the span indexes like a list (PySide6's stubs do not say so)
        slots: Any = [roleDataSpan] if isinstance(roleDataSpan, QModelRoleData) else roleDataSpan
        for i in range(len(slots)):
            slot = slots[i]
            value = self.data(index, slot.role())
            if value is None:
                slot.clearData()
            else:
                slot.setData(value)
