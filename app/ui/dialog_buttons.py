"""The OK / Cancel row of the desk's small form dialogs, the Save / Close row of its
settings dialogs.

OK runs the dialog's own check (which shows errors at the fields and accepts only when the
input is whole); Cancel rejects. One place, so every form dialog answers Enter and Esc the
same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
)


def add_ok_cancel(form: QFormLayout, dialog: QDialog,
                  on_ok: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons


def add_save_close(layout: QBoxLayout, dialog: QDialog, on_save: Callable[[], object],
                   save_text: str, close_text: str) -> QPushButton:
    """The Save (Ctrl+S) / Close row of the settings dialogs, at the right of `layout`.

    Save starts off: the dialog turns it on once the settings in force are shown, so an
    early Ctrl+S cannot write defaults over them. The texts come translated in the
    dialog's own context."""
    save = QPushButton(save_text)
    save.setEnabled(False)
    save.clicked.connect(on_save)
    close = QPushButton(close_text)
    close.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(save)
    row.addWidget(close)
    layout.addLayout(row)
    QShortcut(QKeySequence("Ctrl+S"), dialog, on_save)
    return save
