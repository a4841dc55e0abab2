"""Turning a message into a work order: the category, the level and the unit; the words
are the message's own unless changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.intake.labels import categories
from app.ui.memos.messages import memo_field_errors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.memos.inbox import MemoView
from app.workflows.memos.to_order import MemoOrderForm, memo_to_work_order
from app.workflows.units import active_units


class MemoOrderDialog(QDialog):
    saved = Signal(object)  # (IntakeResult, MemoView)

    def __init__(self, desk: Desk, memo: MemoView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.memo = desk, memo
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Work order from a message"))
        self.category = QComboBox()
        for key, text in categories().items():
            self.category.addItem(text, key)
        self.category.setCurrentIndex(max(self.category.findData("repair"), 0))
        self.level = QComboBox()
        for level in (1, 2, 3):
            self.level.addItem(self.tr("Level %1").replace("%1", str(level)), level)
        self.level.setCurrentIndex(2)
        self.unit = QComboBox()
        self.description = QPlainTextEdit(memo.about)
        self.description.setTabChangesFocus(True)
        self.general = FieldError()
        self.errors = memo_field_errors(general=self.general)
        e = self.errors.add
        form = QFormLayout()
        form.addRow(self.tr("Ca&tegory"), e("category", self.category))
        form.addRow(self.tr("&Level"), e("level", self.level))
        form.addRow(self.tr("&Unit"), e("unit", self.unit))
        form.addRow(self.tr("&Description"), e("description", self.description))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+S")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.ops.run(Op(lambda: active_units(desk.uow()), done=self._units,
                        errors=self.errors, key="memos.units", latest=True))

    def _units(self, units: list) -> None:
        self.unit.clear()
        self.unit.addItem(self.tr("(choose a unit)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)

    def save(self) -> None:
        desk, memo_id = self.desk, self.memo.id
        form = MemoOrderForm(category=self.category.currentData(),
                             level=self.level.currentData(), unit_id=self.unit.currentData(),
                             description=self.description.toPlainText())
        self.ops.run(Op(lambda: memo_to_work_order(desk.uow(), memo_id, form),
                        done=self._saved, errors=self.errors, key="memos.order",
                        disable=[self.save_button]))

    def _saved(self, got: tuple) -> None:
        self.accept()
        self.saved.emit(got)
