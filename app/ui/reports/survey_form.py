"""Typing in paper survey forms (rule 5.3.1), keyboard first.

Each of the three items takes one of four levels: press 1-4 (满意 / 基本满意 / 不满意 /
很不满意) and the cursor moves to the next item; Enter or Ctrl+S saves the form and clears the
answers for the next paper form; Esc closes. A form that names its customer can be linked by
account number (optional; an unknown account is refused at the field). Errors appear beside
their field and nothing is saved until every field is right.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.messages import message_for
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.reports.satisfaction import SurveyEntry, record_survey
from app.workflows.reports.season import season_of

LEVELS = ("satisfied", "basically_satisfied", "dissatisfied", "very_dissatisfied")
ITEMS = ("temperature", "stability", "service")


class LevelRow(QWidget):
    """Four radio buttons for one item; digits 1-4 pick a level while the row has focus."""

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for i, text in enumerate(labels):
            button = QRadioButton(f"&{i + 1} {text}")
            self.group.addButton(button, i)
            layout.addWidget(button)
        layout.addStretch()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def level(self) -> str | None:
        i = self.group.checkedId()
        return LEVELS[i] if i >= 0 else None

    def choose(self, index: int) -> None:
        self.group.button(index).setChecked(True)

    def clear(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)


class SurveyDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.saved = 0
        self.last_entry: SurveyEntry | None = None
        self.setWindowTitle(self.tr("Satisfaction survey forms"))
        today = desk.local(desk.clock()).date()
        self.season = QLineEdit(season_of(today).label)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("number printed on the paper form"))
        self.account = QLineEdit()
        self.account.setPlaceholderText(self.tr("optional: the customer's account number"))
        labels = [self.tr("Satisfied"), self.tr("Basically satisfied"),
                  self.tr("Dissatisfied"), self.tr("Very dissatisfied")]
        self.rows = {item: LevelRow(labels) for item in ITEMS}
        self.general = FieldError()
        self.errors = FieldErrors(self.general, translate=self._message)
        form = QFormLayout()
        form.setHorizontalSpacing(16)  # the item names stand clear of their first answer
        form.addRow(self.tr("&Season"), self.errors.add("season", self.season))
        form.addRow(self.tr("Survey &date"), self.errors.add("surveyed_on", self.day))
        form.addRow(self.tr("Form &number"), self.errors.add("form_number", self.number))
        form.addRow(self.tr("Customer &account"),
                    self.errors.add("account_number", self.account))
        names = {"temperature": self.tr("Indoor temperature at least 18 °C"),
                 "stability": self.tr("Stability of heating"),
                 "service": self.tr("Quality of service")}
        for item in ITEMS:
            form.addRow(names[item], self.errors.add(item, self.rows[item]))
        self.status = QLabel(self.tr("Press 1-4 for each item; Enter saves the form."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save (Ctrl+S)"))  # as the other dialogs say
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self.rows["temperature"].setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """1-4 answer the focused item and move on; typing in a text field is untouched."""
        row: QWidget | None = self.focusWidget()
        while row is not None and not isinstance(row, LevelRow):
            row = row.parentWidget()
        key = event.key()
        if isinstance(row, LevelRow) and Qt.Key.Key_1 <= key <= Qt.Key.Key_4:
            row.choose(key - Qt.Key.Key_1)
            order = list(self.rows.values())
            nxt = order.index(row) + 1
            (order[nxt] if nxt < len(order) else self.number).setFocus()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        """Save the paper form; a wrong field is said beside it and gets the cursor."""
        value = self.day.date().toPython() if self.day.date().isValid() else None
        day = value if isinstance(value, date) else None
        levels = {item: row.level() for item, row in self.rows.items()}
        desk, season = self.desk, self.season.text()
        number, account = self.number.text(), self.account.text()
        self.ops.run(Op(lambda: record_survey(desk.uow(), season, day, levels,
                                              form_number=number, account_number=account),
                        done=self._saved, errors=self.errors, key="survey.save",
                        disable=(self.save_button,), label=self.tr("Saving…")))

    def _saved(self, entry: SurveyEntry) -> None:
        self.errors.clear()
        self.saved += 1
        self.status.setText(self.tr("Form saved (%1 this session). Next form.")
                            .replace("%1", str(self.saved)))
        self.number.clear()
        self.account.clear()
        for row in self.rows.values():
            row.clear()
        self.rows["temperature"].setFocus()
        self.last_entry = entry

    def _message(self, code: str) -> str:
        return {
            "required": self.tr("Please fill this in."),
            "survey.unknown_level": self.tr("Choose one of the four levels."),
            "survey.outside_season": self.tr("This date is outside the heating season."),
            "invalid": self.tr("Write the season as two years, e.g. 2025-2026."),
            "text.too_long": self.tr("This text is too long; please shorten it."),
        }.get(code) or message_for(code)
