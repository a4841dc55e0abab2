"""The top bar of a call: the caller's number, the answer button and timer, and search.

The number pops the screen the moment it is known: on Enter, or a short pause after the
typed text became a valid number (so a half-typed landline does not pop a stranger).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.ui.field_errors import FieldErrors
from app.ui.intake.call_timer import CallTimer
from app.workflows.phone import TOO_LONG, normalise_phone, phone_problem

POP_PAUSE_MS = 350


class CallerBar(QWidget):
    number_entered = Signal(str)   # a valid, normalised number
    number_started = Signal()      # the first keystroke of a new number
    search_requested = Signal(str)
    answer_clicked = Signal()

    def __init__(self, timer: CallTimer, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.number = QLineEdit()
        self.number.setObjectName("callerNumber")
        self.number.setPlaceholderText(self.tr("Caller number (F3)"))
        self.number.setClearButtonEnabled(True)
        self.number.setMinimumWidth(200)
        self.answer_button = QPushButton(self.tr("Answer (F2)"))
        self.answer_button.setObjectName("answerButton")
        self.answer_button.setToolTip(self.tr("Pick up the ringing call (F2)"))
        self.answer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(
            self.tr("Search account, name or address (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)

        self._errors = errors
        number_box = errors.add("phone", self.number)  # errors show under the number
        caption = QLabel(self.tr("Caller"))
        caption.setProperty("role", "caption")
        caption.setBuddy(self.number)
        caption.setMinimumHeight(self.number.sizeHint().height())
        caption.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(number_box)
        row.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(timer, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        row.addWidget(self.search, 0, Qt.AlignmentFlag.AlignTop)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(POP_PAUSE_MS)
        self._pause.timeout.connect(self._pop_if_valid)
        self._popped = ""
        self.number.textEdited.connect(self._edited)
        self.number.returnPressed.connect(self.submit)
        self.search.returnPressed.connect(
            lambda: self.search_requested.emit(self.search.text().strip()))
        self.answer_button.clicked.connect(self.answer_clicked)

    def set_number(self, number: str) -> None:
        """A number delivered by the phone system: shown, and counted as already popped."""
        self._pause.stop()
        self.number.setText(number)
        self._popped = number

    def submit(self) -> None:
        self._pause.stop()
        text = self.number.text()
        phone = normalise_phone(text)
        if phone is None:
            if phone_problem(text) == TOO_LONG:  # the limit, not "malformed"
                self._errors.show({"phone": TOO_LONG})
            elif text.strip():
                self.number_entered.emit("")  # the window shows the field error
            return
        self._popped = phone
        self.number_entered.emit(phone)

    def clear(self) -> None:
        self._pause.stop()
        self.number.clear()
        self.search.clear()
        self._popped = ""

    def _edited(self, text: str) -> None:
        if not self._popped and len(text.strip()) == 1:
            self.number_started.emit()
        self._pause.start()

    def _pop_if_valid(self) -> None:
        phone = normalise_phone(self.number.text())
        if phone is not None and phone != self._popped:
            self._popped = phone
            self.number_entered.emit(phone)
