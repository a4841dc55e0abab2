"""Showing a problem right under the field where the user typed it.

Reusable by every form: create one `FieldErrors` per dialog, `add()` each field with the
workflow's field name, and hand it to the operation runner as the op's `errors`; the runner
shows a `ValidationError` here. The wrong fields get a red border (the `invalid` property
styled in resources/style.qss), a red sentence beneath them, and the first one gets the
focus. Problems without a field (offline, refused) go to the `general` line.

    errors = FieldErrors(general=self.form_error)
    layout.addRow(self.tr("&Name"), errors.add("name", self.name_edit))
    ...
    self.ops.run(Op(lambda: save(desk.uow(), values), done=self._saved, errors=errors))
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.messages import message_for


def set_invalid(widget: QWidget, invalid: bool, text: str = "") -> None:
    """Mark a field wrong (red border via the style sheet) with the reason as its tooltip."""
    widget.setProperty("invalid", invalid)
    widget.setToolTip(text if invalid else "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldError(QLabel):
    """A red sentence beneath one field; hidden while there is nothing to say."""

    def __init__(self, field: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_text(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
        if self.field is not None:
            set_invalid(self.field, bool(text), text)

    def clear(self) -> None:
        self.show_text("")


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """The field with its error line beneath, as one widget for a form row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    return box


class FieldErrors:
    """The error lines of one form, addressed by the workflow's field names.

    `translate` turns a workflow's code into a sentence; a feature with codes of its own
    passes its message function (which falls back to `message_for`).
    """

    def __init__(self, general: FieldError | None = None,
                 translate: Callable[[str], str] = message_for) -> None:
        self.general = general
        self.translate = translate
        self._errors: dict[str, FieldError] = {}

    def add(self, name: str, field: QWidget) -> QWidget:
        """Register a field; returns the field-with-error widget to put into the layout."""
        error = FieldError(field)
        self._errors[name] = error
        return with_error(field, error)

    def error(self, name: str) -> FieldError:
        return self._errors[name]

    def show(self, errors: dict[str, str]) -> None:
        """Show these codes (clearing the rest) and focus the first wrong field."""
        self.clear()
        first: QWidget | None = None
        stray: list[str] = []
        for name, code in errors.items():
            target = self._errors.get(name)
            if target is None:
                stray.append(self.translate(code))
                continue
            target.show_text(self.translate(code))
            if first is None and target.field is not None:
                first = target.field
        if stray and self.general is not None:
            self.general.show_text("\n".join(stray))
        if first is not None:
            first.setFocus()

    def clear(self) -> None:
        for error in self._errors.values():
            error.clear()
        if self.general is not None:
            self.general.clear()

    def visible_texts(self) -> dict[str, str]:
        """What each field currently says (for tests and accessibility checks)."""
        return {name: e.text() for name, e in self._errors.items() if e.text()}
