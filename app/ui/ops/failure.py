"""Every domain error a workflow may raise, shown the one way the whole desk shows it.

- DatabaseUnavailable: the offline banner (or the form's general line); nothing typed is
  lost, the op's `offline` step flushes the draft.
- ValidationError: the codes beside their fields.
- a version conflict: another desk changed the record; the user is offered a reload.
- PermissionDenied, NotFound, a step that no longer applies: a plain sentence.
Anything else is a programming error and is raised again on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.messages import message_for
from app.ui.ops.op import Op
from app.workflows.errors import (
    Conflict,
    DatabaseUnavailable,
    NotFound,
    PermissionDenied,
    StepRefused,
    ValidationError,
)

CONTEXT = "Operations"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def default_message(exc: BaseException) -> str | None:
    """The sentence for a failure the runner knows; None for a programming error."""
    if isinstance(exc, DatabaseUnavailable):
        return _t("The database cannot be reached — what you typed is kept; "
                  "try again once the connection is back.")
    if isinstance(exc, Conflict):
        holder = getattr(exc, "holder", None)
        if holder:
            return _t("%1 already holds this; nothing was saved.").replace("%1", holder)
        return _t("Another desk changed this in the meantime; nothing was saved. "
                  "Reload to see the current state.")
    if isinstance(exc, StepRefused):
        return _t("This step no longer applies to the record as it is now; nothing was "
                  "saved. Reload to see the current state.")
    if isinstance(exc, PermissionDenied):
        reason = str(exc)
        text = _t("Your role may not do this; nothing was saved.")
        return f"{text}\n{reason}" if reason else text
    if isinstance(exc, NotFound):
        return _t("The record no longer exists; it may have been removed at another desk.")
    if isinstance(exc, ValidationError):
        return "\n".join(message_for(code) for code in exc.errors.values())
    return None


class FailurePresenter:
    """Shows failures for one host window; `offline_sink` is the desk's banner, if any."""

    def __init__(self, host: QWidget, offline_sink: Callable[[], Any] | None = None) -> None:
        self.host = host
        self.offline_sink = offline_sink
        self.prompt: QMessageBox | None = None  # the last message shown (tests read it)
        self.explain: Callable[[BaseException], str | None] | None = None

    def show(self, op: Op[Any], exc: BaseException) -> bool:
        """Present `exc`; False when it is not a domain error (the caller re-raises)."""
        text = ((op.explain(exc) if op.explain else None)
                or (self.explain(exc) if self.explain else None) or default_message(exc))
        if text is None:
            return False
        if isinstance(exc, DatabaseUnavailable):
            if op.offline is not None:
                op.offline()
            if self.offline_sink is not None:
                self.offline_sink()
            else:
                self._say(op, text, QMessageBox.Icon.Warning)
        elif isinstance(exc, ValidationError) and op.errors is not None:
            op.errors.show(exc.errors)
        elif isinstance(exc, Conflict | StepRefused) and op.conflict is not None:
            self._offer_reload(op, text)
        else:
            self._say(op, text, QMessageBox.Icon.Information)
        if op.failed is not None:
            op.failed(exc)
        return True

    def _say(self, op: Op[Any], text: str, icon: QMessageBox.Icon) -> None:
        general = op.errors.general if op.errors is not None else None
        if general is not None:
            general.show_text(text)
            return
        box = QMessageBox(icon, self.host.windowTitle() or "HeatDesk", text,
                          QMessageBox.StandardButton.Ok, self.host)
        self._open(box)

    def _offer_reload(self, op: Op[Any], text: str) -> None:
        reload = op.conflict
        box = QMessageBox(QMessageBox.Icon.Warning, self.host.windowTitle() or "HeatDesk",
                          text, QMessageBox.StandardButton.NoButton, self.host)
        box.addButton(_t("Reload"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: reload() if reload is not None else None)
        self._open(box)

    def _open(self, box: QMessageBox) -> None:
        """Window-modal and non-blocking: the desk keeps painting behind the message."""
        if self.prompt is not None:
            self.prompt.close()
        self.prompt = box
        box.open()
