"""The pieces of the etiquette panel: the stage stepper, phrase rows, salutation buttons,
wording warnings and the standing reminders. None of them ever takes keyboard focus, so the
agent keeps typing in the intake form while using them.
"""

from __future__ import annotations

from html import escape
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.workflows.etiquette.call_script import Step
from app.workflows.etiquette.library import ReminderGroup
from app.workflows.etiquette.phrase_check import PhraseWarning
from app.workflows.etiquette.placeholders import GAP_CLOSE, GAP_OPEN

NO_FOCUS = Qt.FocusPolicy.NoFocus
COLUMNS = 3  # salutation buttons per line, so the panel stays narrow


W = TypeVar("W", bound=QWidget)


def no_focus(widget: W) -> W:
    widget.setFocusPolicy(NO_FOCUS)
    return widget


def phrase_html(text: str) -> str:
    """Gaps (〔称呼〕) stand out so the agent fills them by voice."""
    html = escape(text)
    return html.replace(GAP_OPEN, f'<span style="color:#a15c00;">{GAP_OPEN}').replace(
        GAP_CLOSE, f"{GAP_CLOSE}</span>")


class Stepper(QLabel):
    """The flow as a line of stage names; the current one bold, reached ones ticked.

    Each name is a link: a click moves the call to that stage by hand.
    """

    stage_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("etiquetteStepper")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        no_focus(self)
        self.linkActivated.connect(lambda link: self.stage_clicked.emit(link.split(":", 1)[1]))

    def show_steps(self, steps: list[Step]) -> None:
        parts = []
        for step in steps:
            title = escape(step.title)
            if step.state == "current":
                parts.append(f'<a href="stage:{step.id}" style="color:#ffffff; '
                             f'background:#1d4f86; text-decoration:none;">'
                             f'&nbsp;<b>{title}</b>&nbsp;</a>')
            elif step.state == "reached":
                parts.append(f'<a href="stage:{step.id}" style="color:#1e6b34; '
                             f'text-decoration:none;">✓{title}</a>')
            else:
                parts.append(f'<a href="stage:{step.id}" style="color:#5b6b7b; '
                             f'text-decoration:none;">{title}</a>')
        html = " › ".join(parts)
        if html != self.text():  # a ring tick or a refresh with the same stage: no relayout
            self.setText(html)


class PhraseRow(QFrame):
    """One phrase: its shortcut, its words; a click inserts it, the Copy button copies it."""

    insert_requested = Signal(str)
    copy_requested = Signal(str)

    def __init__(self, key: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setObjectName("phraseRow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        no_focus(self)
        self.key = QLabel(key)
        self.key.setObjectName("phraseKey")
        self.words = QLabel(phrase_html(text))
        self.words.setObjectName("phraseText")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.copy = QToolButton()
        self.copy.setText(self.tr("Copy"))
        self.copy.setObjectName("phraseCopy")
        no_focus(self.copy)
        self.copy.clicked.connect(lambda: self.copy_requested.emit(self.text))
        box = QHBoxLayout(self)
        box.setContentsMargins(6, 4, 4, 4)
        box.addWidget(self.key, 0, Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.words, 1)
        box.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)

    def show_text(self, text: str) -> None:
        """The panel keeps its rows and only changes their words (a relayout of the
        whole panel on every ring cost the agent half the time to the card)."""
        if text != self.text:
            self.text = text
            self.words.setText(phrase_html(text))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self.insert_requested.emit(self.text)
        super().mouseReleaseEvent(event)


class SalutationRow(QWidget):
    """称呼语 buttons from the customer record (张先生, 张女士 ...); one may be chosen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setProperty("role", "caption")
        self.buttons: list[QPushButton] = []  # the ones shown now
        self._pool: list[QPushButton] = []  # kept hidden between calls, reused
        self.row = QGridLayout()
        self.row.setSpacing(3)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.caption)
        box.addLayout(self.row)

    def show_choices(self, choices: list[str], chosen: str) -> None:
        """Relabel the buttons already there; a button is made only the first time a
        call needs that many."""
        while len(self._pool) < len(choices):
            place = len(self._pool)
            button = no_focus(QPushButton())
            button.setObjectName("salutation")
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, b=button: self.chosen.emit(b.text()))
            self.row.addWidget(button, place // COLUMNS, place % COLUMNS)
            self._pool.append(button)
        for button, choice in zip(self._pool, choices, strict=False):
            if button.text() != choice:
                button.setText(choice)
            if button.isChecked() != (choice == chosen):
                button.setChecked(choice == chosen)
            if button.isHidden():
                button.show()
        for button in self._pool[len(choices):]:
            if not button.isHidden():
                button.hide()
        self.buttons = self._pool[:len(choices)]


class WarningsBox(QLabel):
    """Curt phrases seen in this call, each with the suggested wording (rule 3.2.6)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("etiquetteWarnings")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.hide()

    def show_warnings(self, title: str, warnings: list[PhraseWarning]) -> None:
        if not warnings:
            if not self.isHidden():
                self.hide()
            return
        lines = [f"<b>{escape(title)}</b>"]
        lines += [f"“{escape(w.phrase)}” → {escape(w.suggestion)}" for w in warnings]
        html = "<br>".join(lines)
        if html != self.text():
            self.setText(html)
        if self.isHidden():
            self.show()


class RemindersBox(QLabel):
    """三要 · 三不 · 四个一样 (rule 3.2.6), always in view at the foot of the panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("etiquetteReminders")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_groups(self, groups: tuple[ReminderGroup, ...]) -> None:
        html = "<br>".join(
            f"<b>{escape(g.name)}</b>：{escape('；'.join(g.items))}" for g in groups)
        if html != self.text():  # they change only with a new library
            self.setText(html)
