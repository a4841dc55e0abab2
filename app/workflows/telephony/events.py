"""The three events every telephony adapter reports, and the state of its link.

Times are the phone system's own (aware UTC): an AMI event's `Timestamp` header when the
PBX sends it (`timestampevents = yes`), else the moment the adapter read the event. The ring
hook has no PBX clock and stamps events with the desk's clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class Direction(StrEnum):
    INBOUND = "inbound"    # a caller rang the hotline (a queue or the agent's extension)
    OUTBOUND = "outbound"  # click-to-dial: the agent called the customer


class EndCause(StrEnum):
    ANSWERED = "answered"    # talked, then hung up
    ABANDONED = "abandoned"  # the caller hung up while it still rang (rule 4.4 lost call)
    MISSED = "missed"        # rang here, answered elsewhere or rang out to the next agent
    FAILED = "failed"        # an outbound call that never connected
    CUT = "cut"              # the PBX restarted or the link broke mid-call


class LinkState(StrEnum):
    OFF = "off"                # no phone system configured: the desk clock times calls
    CONNECTING = "connecting"  # opening the connection or logging in
    UP = "up"                  # logged in, events arrive
    DOWN = "down"              # lost or refused; retrying with back-off
    REFUSED = "refused"        # the PBX refused the login: retrying will not help
    NO_SECRET = "no_secret"    # no AMI secret on this computer (keyring or ami.secret)


@dataclass(frozen=True)
class Ringing:
    """A call rings at this desk's extension (or its queue member)."""

    call_id: str          # the PBX's Linkedid: the same for every leg of one call
    number: str           # the other party, normalised (app/workflows/phone.py)
    called: str           # the queue or extension it rings on
    at: datetime
    direction: Direction = Direction.INBOUND
    raw_number: str = ""  # as the PBX sent it, for the record


@dataclass(frozen=True)
class Answered:
    call_id: str
    at: datetime


@dataclass(frozen=True)
class Ended:
    call_id: str
    at: datetime
    cause: EndCause


CallEvent = Ringing | Answered | Ended
