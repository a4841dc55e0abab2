"""Putting a phrase where the agent is typing, without moving the keyboard focus.

The panel's buttons never take focus (Qt.NoFocus), so `QApplication.focusWidget()` is still
the form's field when a phrase is clicked or its shortcut pressed. An editable text field
gets the phrase at its cursor; anything else (a combo box, no focus) gets it on the
clipboard, to paste wherever the agent wants.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TextField = QLineEdit | QPlainTextEdit | QTextEdit


def editable_text_field(widget: QWidget | None) -> TextField | None:
    """The widget itself when it is a text field that accepts typing, else None."""
    if isinstance(widget, QLineEdit):
        return widget if not widget.isReadOnly() and widget.isEnabled() else None
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget if not widget.isReadOnly() and widget.isEnabled() else None
    return None


def insert_into(widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit):
        widget.insert(text)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        widget.insertPlainText(text)


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def insert_or_copy(text: str, exclude: QWidget | None = None) -> TextField | None:
    """Insert into the focused field (not one inside `exclude`); else copy. Returns the field."""
    field = editable_text_field(QApplication.focusWidget())
    if field is not None and exclude is not None and exclude.isAncestorOf(field):
        field = None
    if field is None:
        copy_to_clipboard(text)
        return None
    insert_into(field, text)
    return field
