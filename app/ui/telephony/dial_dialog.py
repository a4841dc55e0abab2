"""Click-to-dial (Ctrl+Shift+C): the number to call, the order it is for, 拨打.

The PBX rings the agent's own phone first; when the agent picks up, it dials the customer.
The number stays editable (a customer may give another number to call back on); numbers
outside the centre's allowed pattern are refused beside the field, nothing dialled.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.telephony.messages import message_for


class _GrowingErrors(FieldErrors):
    """The dialog grows to show a refusal whole, beneath the number."""

    def __init__(self, dialog: QDialog, general: FieldError) -> None:
        super().__init__(general, translate=message_for)
        self.dialog = dialog

    def show(self, errors: dict[str, str]) -> None:
        super().show(errors)
        QTimer.singleShot(0, self.dialog.adjustSize)


class DialDialog(QDialog):
    dial_requested = Signal(str)

    def __init__(self, number: str, about: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialDialog")
        self.setWindowTitle(self.tr("Call the customer"))
        self.number = QLineEdit(number)
        self.number.setObjectName("dialNumber")
        self.general = FieldError()
        self.errors = _GrowingErrors(self, self.general)
        self.about = QLabel(about or "—")
        self.about.setObjectName("dialAbout")
        self.note = QLabel(self.tr("Your own phone rings first; pick it up and the PBX calls "
                                   "the customer. The call is kept with the order."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "caption")
        form = QFormLayout()
        form.addRow(self.tr("&Number"), self.errors.add("number", self.number))
        form.addRow(self.tr("For"), self.about)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.dial_button = self.buttons.addButton(self.tr("&Dial"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.dial_button.setObjectName("dialButton")
        self.dial_button.setDefault(True)
        self.buttons.accepted.connect(self._dial)
        self.buttons.rejected.connect(self.reject)
        self.errors.error("number").setWordWrap(True)
        self.setMinimumWidth(520)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.general)
        box.addWidget(self.note)
        box.addWidget(self.buttons)
        self.number.selectAll()
        self.number.setFocus()

    def _dial(self) -> None:
        self.errors.clear()
        self.dial_requested.emit(self.number.text().strip())
