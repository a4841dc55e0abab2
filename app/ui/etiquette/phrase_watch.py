"""A gentle warning at the field when the agent types a curt phrase (rule 3.2.6, 三不).

The watcher follows the keyboard focus inside the desk window: whichever editable text
field the agent types in is checked on every change, and a small amber note appears just
below it with the suggested wording. It only advises: nothing is blocked, saving works as
before, and the note never takes the focus or a mouse click.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from html import escape

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.ui.etiquette.insertion import TextField, editable_text_field
from app.workflows.etiquette.phrase_check import PhraseWarning

BUBBLE_STYLE = ("QLabel#phraseBubble { background: #fff4e0; color: #6b4200; "
                "border: 1px solid #e0a040; border-radius: 4px; padding: 4px 6px; }")


class PhraseBubble(QLabel):
    """The note under the field; transparent to the mouse, never focused."""

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("phraseBubble")
        self.setStyleSheet(BUBBLE_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def show_under(self, field: QWidget, html: str) -> None:
        """Inside the bottom of a tall field (covers nothing else), else just below it."""
        host = self.parentWidget()
        if host is None:
            return
        self.setText(html)
        self.setFixedWidth(max(field.width() - 8, 240))
        self.adjustSize()
        if field.height() >= 3 * self.height():
            corner = field.mapTo(host, QPoint(4, field.height() - self.height() - 4))
        else:
            corner = field.mapTo(host, QPoint(0, field.height() + 2))
        self.move(corner)
        self.raise_()
        self.show()


class PhraseWatcher(QObject):
    """Checks what is typed in `window` with `check` (the panel's check_text)."""

    def __init__(self, window: QWidget,
                 check: Callable[[str, object], list[PhraseWarning]],
                 exclude: QWidget | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.check = check
        self.exclude = exclude
        self.field: TextField | None = None
        self._followed: list[TextField] = []  # every field typed in, checked on change
        self.bubble = PhraseBubble(window)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.destroyed.connect(self._disconnect_app)

    def _disconnect_app(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                app.focusChanged.disconnect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        field = editable_text_field(new)
        if field is not None and (not self.window.isAncestorOf(field) or (
                self.exclude is not None and self.exclude.isAncestorOf(field))):
            field = None
        if field is self.field:
            return
        self._unwatch()
        if field is not None:
            self.watch(field)

    def watch(self, field: TextField) -> None:
        """Check `field` now and, from now on, on every change of its text: also when it
        changes without the focus (the save or Esc clears the form), so a deleted
        phrase's warning goes wherever it was typed."""
        self.field = field
        if field not in self._followed:
            self._followed.append(field)
            field.textChanged.connect(partial(self._changed, field))
            field.destroyed.connect(partial(self._forget, field))
        self._changed(field)

    def _forget(self, field: TextField, *_args: object) -> None:
        with contextlib.suppress(ValueError):
            self._followed.remove(field)

    def _unwatch(self) -> None:
        self.field = None
        self.bubble.hide()

    @staticmethod
    def _text(field: TextField) -> str:
        if isinstance(field, QLineEdit):
            return field.text()
        return field.toPlainText()

    def _changed(self, field: TextField, *_args: object) -> None:
        warnings: list[PhraseWarning] = self.check(self._text(field), field)
        if field is not self.field:
            return  # checked for the panel; the note is shown only at the focused field
        if not warnings:
            self.bubble.hide()
            return
        lines = [self.tr("“%1” may sound curt or shift responsibility. You could say: %2")
                 .replace("%1", escape(w.phrase)).replace("%2", escape(w.suggestion))
                 for w in warnings]
        self.bubble.show_under(self.field, "<br>".join(lines))
