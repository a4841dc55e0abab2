"""A short list of customers to pick from: search results, or several owners of one number.

Enter (or a double click) picks the current line; the list hides itself when empty so the
card keeps its room on an ordinary call.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.workflows.screen_pop import CustomerHit


class _Keys(QListWidget):
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.enter.emit()
            return
        super().keyPressEvent(event)


class CustomerList(QWidget):
    picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setProperty("role", "section")
        self.list = _Keys()
        self.list.setObjectName("customerChoices")
        self.list.setMaximumHeight(150)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.title)
        box.addWidget(self.list)
        self.list.enter.connect(self._pick_current)
        self.list.itemDoubleClicked.connect(lambda _item: self._pick_current())
        self.mode = ""
        self.hide()

    def show_hits(self, hits: Sequence[CustomerHit], title: str,
                  current_id: int | None = None, mode: str = "search") -> None:
        """`mode` 'chooser' (owners of one number) stays after a pick; 'search' goes."""
        self.mode = mode
        self.list.clear()
        for hit in hits:
            flag = self.tr(" [important]") if hit.important else ""
            item = QListWidgetItem(f"{hit.account_number}  {hit.name}{flag}  {hit.address}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.list.addItem(item)
            if hit.id == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.title.setText(title)
        self.setVisible(True)

    def clear(self) -> None:
        self.mode = ""
        self.list.clear()
        self.hide()

    def _pick_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.picked.emit(int(item.data(Qt.ItemDataRole.UserRole)))
