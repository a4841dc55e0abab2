"""The pages of the shift leader's script editor, each editing one part of the library dict.

Every page reads from and writes into the same plain dict (the JSON shape of the library),
so the dialog saves exactly what the pages show. Lists are edited one item per line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b83227;")
        self.setWordWrap(True)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class ListDetailPage(QWidget):
    """A list of items on the left (categories or stages) and the chosen one's fields."""

    def __init__(self, items: list[dict], label_key: str) -> None:
        super().__init__()
        self.items = items
        self.list = QListWidget()
        self.list.setMaximumWidth(190)
        for item in items:
            self.list.addItem(item[label_key])
        self.form = QFormLayout()
        self.error = ErrorLabel()
        right = QVBoxLayout()
        right.addLayout(self.form, 1)
        right.addWidget(self.error)
        box = QHBoxLayout(self)
        box.addWidget(self.list)
        box.addLayout(right, 1)
        self._shown = -1
        self.list.currentRowChanged.connect(self._switch)

    def _switch(self, row: int) -> None:
        if self._shown >= 0:
            self.store(self.items[self._shown])
        self._shown = row
        self.error.say("")
        if row >= 0:
            self.load(self.items[row])

    def select(self, item_id: str) -> None:
        for row, item in enumerate(self.items):
            if item["id"] == item_id:
                self.list.setCurrentRow(row)

    def commit(self) -> None:
        if self._shown >= 0:
            self.store(self.items[self._shown])

    def load(self, item: dict) -> None:
        raise NotImplementedError

    def store(self, item: dict) -> None:
        raise NotImplementedError


class CategoriesPage(ListDetailPage):
    """Rule 4.3: the eight phrase categories, one phrase per line."""

    def __init__(self, items: list[dict]) -> None:
        super().__init__(items, "name")
        self.phrases = QPlainTextEdit()
        self.phrases.setObjectName("categoryPhrases")
        self.form.addRow(self.tr("Phrases (one per line)"), self.phrases)
        self.list.setCurrentRow(0)

    def load(self, item: dict) -> None:
        self.phrases.setPlainText("\n".join(item["phrases"]))

    def store(self, item: dict) -> None:
        item["phrases"] = _lines(self.phrases)


class StagesPage(ListDetailPage):
    """Each stage's title, hint and phrases, with the placeholders a phrase may use."""

    def __init__(self, items: list[dict], placeholders: dict[str, str]) -> None:
        super().__init__(items, "title")
        self.title = QLineEdit()
        self.title.setObjectName("stageTitleEdit")
        self.hint = QPlainTextEdit()
        self.hint.setMaximumHeight(70)
        self.phrases = QPlainTextEdit()
        self.phrases.setObjectName("stagePhrases")
        names = "  ".join(f"{{{key}}} {label}" for key, label in placeholders.items())
        help_text = QLabel(self.tr("Placeholders: %1").replace("%1", names))
        help_text.setWordWrap(True)
        help_text.setProperty("role", "caption")
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Hint"), self.hint)
        self.form.addRow(self.tr("Phrases (one per line)"), self.phrases)
        self.form.addRow(help_text)
        self.list.setCurrentRow(0)

    def load(self, item: dict) -> None:
        self.title.setText(item["title"])
        self.hint.setPlainText(item["hint"])
        self.phrases.setPlainText("\n".join(item["phrases"]))

    def store(self, item: dict) -> None:
        item["title"] = self.title.text().strip()
        item["hint"] = " ".join(_lines(self.hint))
        item["phrases"] = _lines(self.phrases)
        row = self.items.index(item)
        self.list.item(row).setText(item["title"] or item["id"])


class FlowsPage(QWidget):
    """Which stages each flow goes through, and in what order (ticked items, ↑/↓)."""

    def __init__(self, flows: list[dict], stages: list[dict]) -> None:
        super().__init__()
        self.flows = flows
        self.titles = {s["id"]: s["title"] for s in stages}
        self.flow = QComboBox()
        for flow in flows:
            self.flow.addItem(flow["title"], flow["id"])
        self.list = QListWidget()
        self.list.setObjectName("flowStages")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.up = QPushButton(self.tr("Move up (Alt+Up)"))
        self.up.setShortcut("Alt+Up")
        self.down = QPushButton(self.tr("Move down (Alt+Down)"))
        self.down.setShortcut("Alt+Down")
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("Flow")))
        box.addWidget(self.flow)
        box.addWidget(QLabel(self.tr("Ticked stages, in order (Space ticks):")))
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        box.addWidget(self.error)
        self._shown = -1
        self.flow.currentIndexChanged.connect(self._switch)
        self._switch(0)

    def _switch(self, index: int) -> None:
        self.commit()
        self._shown = index
        flow = self.flows[index]
        self.list.clear()
        order = list(flow["stages"]) + [s for s in self.titles if s not in flow["stages"]]
        for stage_id in order:
            item = QListWidgetItem(self.titles.get(stage_id, stage_id))
            item.setData(Qt.ItemDataRole.UserRole, stage_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if stage_id in flow["stages"]
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def commit(self) -> None:
        if self._shown < 0:
            return
        items = [self.list.item(i) for i in range(self.list.count())]
        self.flows[self._shown]["stages"] = [
            i.data(Qt.ItemDataRole.UserRole) for i in items
            if i.checkState() == Qt.CheckState.Checked]

    def select(self, flow_id: str) -> None:
        index = self.flow.findData(flow_id)
        if index >= 0:
            self.flow.setCurrentIndex(index)


class CurtPhrasesPage(QWidget):
    """Rule 3.2.6: curt or responsibility-shifting phrases and what to say instead."""

    def __init__(self, rows: list[dict]) -> None:
        super().__init__()
        self.rows = rows
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("curtTable")
        self.table.setHorizontalHeaderLabels([self.tr("Phrase to avoid"),
                                              self.tr("Suggested wording")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 160)
        for row in rows:
            self._append(row["phrase"], row["suggestion"])
        self.add = QPushButton(self.tr("Add row (Ctrl+Shift+N)"))
        self.add.setShortcut("Ctrl+Shift+N")
        self.remove = QPushButton(self.tr("Remove row (Ctrl+Shift+Del)"))
        self.remove.setShortcut("Ctrl+Shift+Del")
        self.add.clicked.connect(self._add_row)
        self.remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.error = ErrorLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addWidget(self.error)

    def _append(self, phrase: str, suggestion: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(phrase))
        self.table.setItem(row, 1, QTableWidgetItem(suggestion))

    def _add_row(self) -> None:
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()
        item = self.table.item(self.table.rowCount() - 1, 0)
        if item is not None:
            self.table.editItem(item)

    def commit(self) -> None:
        def text(row: int, col: int) -> str:
            item = self.table.item(row, col)
            return item.text().strip() if item else ""

        self.rows[:] = [{"phrase": text(r, 0), "suggestion": text(r, 1)}
                        for r in range(self.table.rowCount())]


class RemindersPage(QWidget):
    """Rule 3.2.6: the three musts, three nevers and four sames, one item per line."""

    def __init__(self, groups: list[dict]) -> None:
        super().__init__()
        self.groups = groups
        self.edits: dict[str, QPlainTextEdit] = {}
        self.error = ErrorLabel()
        form = QFormLayout(self)
        for group in groups:
            edit = QPlainTextEdit("\n".join(group["items"]))
            edit.setMaximumHeight(90)
            self.edits[group["id"]] = edit
            form.addRow(group["name"], edit)
        form.addRow(self.error)

    def commit(self) -> None:
        for group in self.groups:
            group["items"] = _lines(self.edits[group["id"]])


class TimesPage(QWidget):
    """Greeting hours (早上好/下午好/晚上好) and the stand-in day/night shift pattern."""

    def __init__(self, values: dict[str, str]) -> None:
        super().__init__()
        self.loaded = dict(values)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, ErrorLabel] = {}
        captions = {
            "etiquette.morning_from": self.tr("“Good morning” (早上好) from"),
            "etiquette.afternoon_from": self.tr("“Good afternoon” (下午好) from"),
            "etiquette.evening_from": self.tr("“Good evening” (晚上好) from"),
            "etiquette.day_shift_from": self.tr("Day shift from"),
            "etiquette.night_shift_from": self.tr("Night shift from"),
        }
        form = QFormLayout(self)
        for key, caption in captions.items():
            edit = QLineEdit(values.get(key, ""))
            edit.setObjectName(key)
            edit.setInputMask("99:99")
            edit.setMaximumWidth(80)
            error = ErrorLabel()
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(edit)
            cell.addWidget(error)
            form.addRow(caption, cell)
            self.edits[key], self.errors[key] = edit, error
        note = QLabel(self.tr("While the roster has no shift pattern, the supervision figures "
                              "group calls into these two shifts; a night belongs to the day "
                              "it began."))
        note.setWordWrap(True)
        note.setProperty("role", "caption")
        form.addRow(note)
        self.error = ErrorLabel()
        form.addRow(self.error)

    def values(self) -> dict[str, str]:
        return {key: edit.text().strip() for key, edit in self.edits.items()}

    def changed(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if v != self.loaded.get(k)}

    def show_errors(self, errors: dict[str, str], say) -> None:
        for key, label in self.errors.items():
            label.say(say(errors[key]) if key in errors else "")
        first = next((k for k in self.edits if k in errors), None)
        if first is not None:
            self.edits[first].setFocus()
