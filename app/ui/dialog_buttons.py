"""The OK / Cancel row of the desk's small form dialogs.

OK runs the dialog's own check (which shows errors at the fields and accepts only when the
input is whole); Cancel rejects. One place, so every form dialog answers Enter and Esc the
same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout


def add_ok_cancel(form: QFormLayout, dialog: QDialog,
                  on_ok: Callable[[], object]) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons
