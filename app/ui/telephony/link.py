"""The AMI adapter's events as Qt signals on the GUI thread.

`AmiLink` (app/workflows/telephony/ami_link.py) runs the protocol on a thread of its own
and calls back on that thread; emitting a signal of this object (which lives on the GUI
thread) from there queues the call to the GUI thread, so receivers never run elsewhere.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.workflows.telephony.ami_link import AmiLink
from app.workflows.telephony.config import PbxConfig
from app.workflows.telephony.dial import PbxAnswer
from app.workflows.telephony.events import CallEvent, LinkState


class PbxLink(QObject):
    """`call_event(object)`: a Ringing, Answered or Ended; `link_changed(str, str)`: the
    LinkState value and a detail (address or reason)."""

    call_event = Signal(object)
    link_changed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.adapter: AmiLink | None = None
        self.state = LinkState.OFF

    def start(self, config: PbxConfig, secret: str) -> None:
        self.stop()
        self.adapter = AmiLink(config, secret, self._event, self._state)
        self.adapter.start()

    def stop(self) -> None:
        self.shutdown()
        self._state(LinkState.OFF, "")

    def shutdown(self) -> None:
        """End the adapter's thread without a word (the window is being destroyed)."""
        adapter, self.adapter = self.adapter, None
        if adapter is not None:
            adapter.stop()

    def dial(self, number: str, call_id: str = "") -> PbxAnswer:
        """Blocking: call from a worker thread (the operation runner)."""
        adapter = self.adapter
        if adapter is None:
            return PbxAnswer(False, call_id, "not connected")
        return adapter.dial(number, call_id)

    @property
    def connected(self) -> bool:
        return self.state is LinkState.UP

    # called on the link's thread
    def _event(self, event: CallEvent) -> None:
        self.call_event.emit(event)

    def _state(self, state: LinkState, detail: str) -> None:
        self.state = state
        self.link_changed.emit(state.value, detail)
