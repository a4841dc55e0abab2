"""The filter bar over a queue: one search box and the category/level/unit/estate/status
and sort choices. Every change emits `changed`; the window reloads the first page.

The search takes an order number (GD…), a phone number, or words of the address or the
description; the workflow decides which (app/workflows/tickets/queues.py). A number looks across
all orders, open and closed, setting the queue and these filters aside; words search the
selected queue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.tickets import labels
from app.workflows.tickets.queues import QueueFilters
from app.workflows.units import UnitView


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, units: Sequence[UnitView] = (), estates: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("queueSearch")
        self.search.setPlaceholderText(
            self.tr("Order number GD…, phone, address or words  (/ or Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.category = self._combo([(None, self.tr("Any category"))]
                                    + list(labels.categories().items()))
        self.level = self._combo([(None, self.tr("Any level"))]
                                 + [(n, self.tr("Level %1").replace("%1", str(n)))
                                    for n in (1, 2, 3)])
        self.unit = self._combo([(None, self.tr("Any unit"))]
                                + [(u.id, u.name) for u in units])
        self.estate = self._combo([("", self.tr("Any estate"))] + [(e, e) for e in estates])
        self.status = self._combo([(None, self.tr("Any status"))]
                                  + list(labels.statuses().items()))
        self.sort = self._combo([(None, self.tr("Queue order"))]
                                + list(labels.sorts().items()))
        self.descending = QCheckBox(self.tr("&Newest first"))
        self.descending.toggled.connect(self.changed)
        self.search.returnPressed.connect(self.changed)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)
        label = QLabel(self.tr("Search (Ctrl+F):"))  # Alt+S is the Start-work step
        label.setBuddy(self.search)
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.sort)
        top.addWidget(self.descending)
        for combo in (self.category, self.level, self.unit, self.estate, self.status):
            bottom.addWidget(combo)
        bottom.addStretch(1)

    def _combo(self, choices: Sequence[tuple[object, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, text in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def set_places(self, places: tuple[Sequence[UnitView], Sequence[str]]) -> None:
        """The units and estates to choose from, read after the window opened; the choice
        made meanwhile is kept and nothing is reloaded."""
        units, estates = places
        for combo, choices in ((self.unit, [(u.id, u.name) for u in units]),
                               (self.estate, [(e, e) for e in estates])):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:  # the first entry is "any"
                combo.removeItem(1)
            for value, text in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def filters(self) -> QueueFilters:
        return QueueFilters(
            category=self.category.currentData(), level=self.level.currentData(),
            unit_id=self.unit.currentData(), estate=self.estate.currentData() or "",
            status=self.status.currentData(), search=self.search.text(),
            sort=self.sort.currentData(), descending=self.descending.isChecked())

    def choose(self, combo: QComboBox, value: object) -> None:
        """Select the entry holding `value` (tests and keyboard users alike)."""
        found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            self.changed.emit()
            return
        super().keyPressEvent(event)
