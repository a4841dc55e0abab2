"""The telephony port: what every phone-system adapter gives the desk.

An adapter reports `Ringing`, `Answered` and `Ended` (events.py) to one sink, and its link
state to another. Two adapters exist:

- the ring hook (`main.py ring`, the one-line protocol of app/ring_protocol.py): a ringing
  number only, with no PBX clock and no call id; `hook_ringing` makes its event with the
  desk's clock, so the desk times the call itself (F2 answers, saving ends);
- the Asterisk Manager Interface (`ami_link.AmiLink`): all three events with the PBX's
  times and its call id (Linkedid), plus click-to-dial (`dial`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from app.workflows.telephony.dial import PbxAnswer
from app.workflows.telephony.events import CallEvent, LinkState, Ringing

EventSink = Callable[[CallEvent], None]
StateSink = Callable[[LinkState, str], None]

HOOK_PREFIX = "hook-"


class TelephonyAdapter(Protocol):
    def start(self) -> None: ...

    def stop(self, timeout: float = 3.0) -> None: ...

    def dial(self, number: str, call_id: str = "", timeout: float = 10.0) -> PbxAnswer: ...


def hook_ringing(number: str, now: datetime) -> Ringing:
    """The ring hook's event: the desk's time, a call id of its own (never a PBX's)."""
    return Ringing(f"{HOOK_PREFIX}{uuid.uuid4().hex[:12]}", number, "", now, raw_number=number)


def from_pbx(event: CallEvent) -> bool:
    """True when the event carries a PBX's call id and times (not the ring hook's)."""
    return not event.call_id.startswith(HOOK_PREFIX)
