"""The filter bar over a queue: one search box and the category/level/unit/estate/status
and sort choices. Every change emits `changed`; the window reloads the first page.

The estate is typed or picked: a few thousand estates are too many to scroll, so the
field completes any fragment (case-insensitive, anywhere in the name), and an estate that
does not exist is said beside the field instead of filtering to an empty queue.

The search takes an order number (GD…), a phone number, or words of the address or the
description; the workflow decides which (app/workflows/tickets/queues.py). A number looks across
all orders, open and closed, setting the queue and these filters aside; words search the
selected queue.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.tickets import labels
from app.workflows.tickets.queues import QueueFilters
from app.workflows.units import UnitView


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, units: Sequence[UnitView] = (), estates: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        """Made in its window (`parent`) with each field made as its child: a widget moved
        under another parent takes in the style sheet again, and each combo box's list
        is already styled once it has an item (queue_window.py `_build`)."""
        super().__init__(parent)
        self.search = QLineEdit(self)
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
        self.estate, self.estate_note = self._estate_field(estates)
        self.status = self._combo([(None, self.tr("Any status"))]
                                  + list(labels.statuses().items()))
        self.sort = self._combo([(None, self.tr("Queue order"))]
                                + list(labels.sorts().items()))
        self.descending = QCheckBox(self.tr("&Newest first"), self)
        self.descending.toggled.connect(self.changed)
        self.search.returnPressed.connect(self.changed)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        top, bottom = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(top)
        rows.addLayout(bottom)
        label = QLabel(self.tr("Search (Ctrl+F):"), self)  # Alt+S is the Start-work step
        label.setBuddy(self.search)
        top.addWidget(label)
        top.addWidget(self.search, 1)
        top.addWidget(self.sort)
        top.addWidget(self.descending)
        for combo in (self.category, self.level, self.unit, self.estate, self.estate_note,
                      self.status):
            bottom.addWidget(combo)
        bottom.addStretch(1)

    def _combo(self, choices: Sequence[tuple[object, str]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, text in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _estate_field(self, estates: Sequence[str]) -> tuple[QComboBox, FieldError]:
        combo = QComboBox(self)
        combo.setObjectName("queueEstate")
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # sizing to the contents would measure every one of thousands of names
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        self._estates = QStringListModel([self.tr("Any estate"), *estates], combo)
        combo.setModel(self._estates)
        completer = QCompleter(self._estates, combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        combo.setCurrentIndex(0)
        self._estate_loaded = bool(estates)
        note = FieldError(combo, self)
        combo.currentIndexChanged.connect(lambda _i: self._estate_known())
        combo.currentIndexChanged.connect(self.changed)
        line = combo.lineEdit()
        assert line is not None  # an editable combo always has one
        line.editingFinished.connect(self._estate_typed)
        completer.activated.connect(lambda _text: self._estate_typed())
        return combo, note

    def _estate_typed(self) -> None:
        """Enter or leaving the field: pick the typed estate, or say it does not exist
        (the filter stays as it was)."""
        typed = self.estate.currentText().strip()
        if not typed or typed == self._estates.stringList()[0]:
            found = 0
        else:
            found = self.estate.findText(typed, Qt.MatchFlag.MatchFixedString)
        if found < 0:
            self.estate_note.show_text(
                self.tr("No estate named %1").replace("%1", typed) if self._estate_loaded
                else self.tr("The estates are still being read"))
            return
        if found != self.estate.currentIndex():
            self.estate.setCurrentIndex(found)  # emits changed
        else:
            self.estate.setEditText(self._estates.stringList()[found])
            self._estate_known()

    def _estate_known(self) -> None:
        self.estate_note.clear()

    def set_units(self, units: Sequence[UnitView]) -> None:
        """The units to choose from, read after the window opened; the choice made
        meanwhile is kept and nothing is reloaded."""
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:  # the first entry is "any"
            self.unit.removeItem(1)
        for unit in units:
            self.unit.addItem(unit.name, unit.id)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen), 0))
        self.unit.blockSignals(False)

    def set_estates(self, estates: Sequence[str]) -> None:
        """The estates to choose from, arriving after the window opened; the estate chosen
        meanwhile is kept and nothing is reloaded."""
        chosen = self.estate_filter()
        typed = self.estate.currentText()
        self.estate.blockSignals(True)
        self._estates.setStringList([self._estates.stringList()[0], *estates])
        self._estate_loaded = True
        found = self.estate.findText(chosen, Qt.MatchFlag.MatchExactly) if chosen else 0
        self.estate.setCurrentIndex(max(found, 0))
        self.estate.blockSignals(False)
        if chosen and found < 0:  # the estate is gone: let the agent see why nothing shows
            self.estate.setEditText(typed)
            self.estate_note.show_text(self.tr("No estate named %1").replace("%1", chosen))
            self.changed.emit()
        elif self.estate_note.text() and typed.strip() and not chosen:
            self.estate.setEditText(typed)
            self._estate_typed()  # typed before the list came: check it now

    def estate_filter(self) -> str:
        index = self.estate.currentIndex()
        return self._estates.stringList()[index] if index > 0 else ""

    def filters(self) -> QueueFilters:
        return QueueFilters(
            category=self.category.currentData(), level=self.level.currentData(),
            unit_id=self.unit.currentData(), estate=self.estate_filter(),
            status=self.status.currentData(), search=self.search.text(),
            sort=self.sort.currentData(), descending=self.descending.isChecked())

    def choose(self, combo: QComboBox, value: object) -> None:
        """Select the entry holding `value` (tests and keyboard users alike)."""
        if combo is self.estate:
            found = self.estate.findText(str(value or self._estates.stringList()[0]),
                                         Qt.MatchFlag.MatchExactly)
        else:
            found = combo.findData(value)
        if found >= 0:
            combo.setCurrentIndex(found)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Escape and self.search.hasFocus() and self.search.text():
            self.search.clear()
            self.changed.emit()
            return
        super().keyPressEvent(event)
