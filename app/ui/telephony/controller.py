"""The desk's telephony: the PBX link, the call it drives, the calls it keeps, dialling.

On a ring from the PBX the desk pops the caller as for the ring hook, but with the PBX's
time of the ring; the PBX's answer and hang-up set the call's answer and end times (F2 is
then not needed). Every event is kept (records.py) for the rule 4.4 figures, and the
contact the agent saves is linked to the call. While no PBX is configured or reachable,
the desk clock times calls as before (the ring hook, F2, saving).
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.ui.ops import Op, OpRunner
from app.ui.telephony.dial_dialog import DialDialog
from app.ui.telephony.link import PbxLink
from app.ui.telephony.status import LinkLabel
from app.workflows.desk import Desk
from app.workflows.intake import IntakeResult
from app.workflows.telephony.ami_link import new_call_id
from app.workflows.telephony.config import PbxConfig, load_pbx_config
from app.workflows.telephony.dial import Dialled, dial_customer
from app.workflows.telephony.events import (
    Answered,
    CallEvent,
    Direction,
    EndCause,
    Ended,
    LinkState,
    Ringing,
)
from app.workflows.telephony.records import link_contact, record_event
from app.workflows.telephony.secret import SecretProblem, read_secret

if TYPE_CHECKING:
    from app.ui.desk_window import DeskWindow

MESSAGE_MS = 8000
SECRET_RETRY_MS = 30_000


def _load(desk: Desk) -> tuple[PbxConfig, str | None, str]:
    config = load_pbx_config(desk.uow())
    if not config.enabled:
        return config, None, ""
    try:
        return config, read_secret(config.username), ""
    except (SecretProblem, OSError) as exc:
        return config, None, str(exc)


class TelephonyDesk(QObject):
    """One per desk window (slot TELEPHONY); `recorded(object)` after each kept event."""

    recorded = Signal(object)
    dialled = Signal(object)

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.desk = window.desk
        self.ops = OpRunner(window, window.desk)
        self.link = PbxLink(self)
        self.label = LinkLabel()
        window.statusBar().addPermanentWidget(self.label)
        self.config: PbxConfig | None = None
        self.dial_dialog: DialDialog | None = None
        self._tickets: dict[str, int] = {}  # call id -> the order it was dialled for
        self._serial = itertools.count(1)
        self._pending: deque[tuple[Callable[[], Any], Callable[[Any], None] | None]] = deque()
        self._writing = False
        self.link.link_changed.connect(self.label.show_state)
        self.link.call_event.connect(self.take)
        window.contact_saved.connect(self._contact_saved)

    # ---- the link -------------------------------------------------------------------------
    def connect_pbx(self) -> None:
        """Read the settings and the secret (off the GUI thread), then link if configured."""
        self.ops.run(Op(lambda: _load(self.desk), done=self._configured,
                        key="telephony.config", quiet=True))

    def _configured(self, loaded: tuple[PbxConfig, str | None, str]) -> None:
        config, secret, problem = loaded
        self.config = config
        self.label.extension = config.extension
        if not config.enabled:
            self.link.stop()
            return
        if secret is None:  # looked for again a while later (the file may come)
            self.link.stop()
            self.label.show_state(LinkState.NO_SECRET.value, problem)
            QTimer.singleShot(SECRET_RETRY_MS, self, self._retry_secret)
            return
        self.link.start(config, secret)

    def _retry_secret(self) -> None:
        if self.label.state is LinkState.NO_SECRET:
            self.connect_pbx()

    def close(self) -> None:
        self.link.stop()

    # ---- the PBX's calls ------------------------------------------------------------------
    def take(self, event: CallEvent) -> None:
        """One event of this desk's extension, on the GUI thread."""
        self._record(event)
        call = self.window.call
        if isinstance(event, Ringing):
            if event.direction is Direction.INBOUND:
                self._ring(event)
            return
        if call.pbx_call_id != event.call_id:
            return  # a call the desk is not showing (dialled out, or the last one)
        if isinstance(event, Answered):
            if call.answer(event.at):
                self.window.form.focus_text()  # picked up: the agent writes what is said
        elif isinstance(event, Ended):
            call.hang_up(event.at)
            if event.cause is EndCause.ABANDONED:
                self.window.statusBar().showMessage(
                    self.tr("The caller hung up before the call was answered"), MESSAGE_MS)
            elif event.cause is EndCause.CUT:
                self.window.statusBar().showMessage(
                    self.tr("The call was cut off: the PBX went away"), MESSAGE_MS)

    def _ring(self, event: Ringing) -> None:
        if event.number:
            self.window.ring(event.number, event.at, event.call_id)
            return
        self.window.call.ring("", event.at, event.call_id)  # timed all the same (rule 4.4)
        self.window.call_started.emit()
        self.window.statusBar().showMessage(self.tr("A call without a caller number"),
                                            MESSAGE_MS)

    def _record(self, event: CallEvent) -> None:
        """Kept one after the other, in the order the PBX sent them (a call's ringing and
        its end written at once on two worker threads would both make its row)."""
        ticket = self._tickets.get(event.call_id) if isinstance(event, Ringing) else None
        self._write(lambda: record_event(self.desk.uow(), event, ticket_id=ticket),
                    self.recorded.emit)

    def _write(self, call: Callable[[], Any], done: Callable[[Any], None] | None) -> None:
        self._pending.append((call, done))
        if not self._writing:
            self._write_next()

    def _write_next(self, _failure: object = None) -> None:
        if not self._pending:
            self._writing = False
            return
        self._writing = True
        call, then = self._pending.popleft()

        def written(result: Any) -> None:
            if then is not None:
                then(result)
            self._write_next()

        self.ops.run(Op(call, done=written, failed=self._write_next, quiet=True,
                        key=f"telephony.write.{next(self._serial)}"))

    def _contact_saved(self, result: IntakeResult) -> None:
        call_id = self.window.call.pbx_call_id
        if not call_id:
            return
        self._write(lambda: link_contact(self.desk.uow(), call_id, result.contact_id,
                                         result.ticket_id), None)  # after the call's events

    # ---- click-to-dial --------------------------------------------------------------------
    def open_dial(self, number: str, about: str = "", ticket_id: int | None = None,
                  parent: object = None) -> DialDialog:
        dialog = DialDialog(number, about, parent if parent is not None else self.window)  # type: ignore[arg-type]
        dialog.dial_requested.connect(lambda raw: self.dial(raw, ticket_id, dialog))
        self.dial_dialog = dialog
        dialog.open()
        return dialog

    def dial(self, raw: str, ticket_id: int | None = None,
             dialog: DialDialog | None = None) -> None:
        call_id = new_call_id()
        if ticket_id is not None:  # known before the PBX's first event of the call comes
            self._tickets[call_id] = ticket_id
        link = self.link
        dialler = (lambda number: link.dial(number, call_id)) if link.connected else None
        self.ops.run(Op(lambda: dial_customer(self.desk.uow(), raw, dialler, ticket_id),
                        done=lambda d: self._dialled(d, dialog),
                        errors=dialog.errors if dialog is not None else None,
                        disable=(dialog.dial_button,) if dialog is not None else (),
                        key="telephony.dial", label=self.tr("Dialling…")))

    def _dialled(self, dialled: Dialled, dialog: DialDialog | None) -> None:
        self.window.statusBar().showMessage(
            self.tr("Your phone rings: pick it up to call %1").replace("%1", dialled.number),
            MESSAGE_MS)
        if dialog is not None:
            dialog.accept()
        self.dialled.emit(dialled)
