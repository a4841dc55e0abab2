"""Where the intake desk's parts sit: the call left to right, the form top-down.

The caller's card, the chooser and the history on the left; the form on the right; the
offline banner, the draft notice and the caller bar above both. Tab follows the call: the
number, the customer, then the form from top to bottom.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow


def lay_out_desk(window: DeskWindow) -> None:
    """Arrange the widgets the window made; adds nothing to it but its central widget."""
    left = QWidget()
    left_box = QVBoxLayout(left)
    left_box.setContentsMargins(0, 0, 6, 0)
    left_box.addWidget(window.card, 0)
    left_box.addWidget(window.choices)
    left_box.addWidget(window.history, 1)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(left)
    splitter.addWidget(window.form)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    splitter.setSizes([820, 600])
    central = QWidget()
    central.setObjectName("deskCentral")
    box = QVBoxLayout(central)
    box.setContentsMargins(12, 8, 12, 8)
    box.addWidget(window.offline)
    box.addWidget(window.draft_notice)
    box.addWidget(window.caller)
    box.addWidget(splitter, 1)
    window.setCentralWidget(central)
    window.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
    form, caller = window.form, window.caller
    # hidden fields (the received time of a letter, the unresolved mark) are skipped by Tab
    order = [caller.number, window.choices.list, form.channel, form.received, form.category,
             form.description, form.caller_verified, form.responsibility, form.outcome,
             form.answer, form.unresolved, form.level, form.unit, form.save_button,
             caller.search]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
