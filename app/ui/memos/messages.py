"""Sentences for the message codes; every other code reads as the desk's own sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.messages import message_for


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    return text


_MESSAGES: dict[str, str] = {
    "memo.has_order": QT_TRANSLATE_NOOP(
        "MemoMessages", "This message has its work order already."),
}


def memo_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return QCoreApplication.translate("MemoMessages", source) if source else message_for(code)


def memo_field_errors(general: FieldError | None = None) -> FieldErrors:
    return FieldErrors(general, translate=memo_message)
