"""Asterisk Manager Interface events of one extension, read as the port's three events.

The AMI sends every call event of the PBX to every logged-in manager; this follows the legs
that ring this desk's extension (or its queue member interface) and ties them together by
`Linkedid`, the id Asterisk gives every channel of one call (the first channel's Uniqueid):

- ringing: `AgentCalled` whose `Interface` is ours (a queue member is called), or
  `DialBegin` whose `DestChannel` is ours (the extension is dialled directly, a transfer);
  for click-to-dial, `DialBegin` from our channel to the customer's.
- answered: `BridgeEnter` of our channel (inbound) or of the customer's channel (outbound).
- ended: `Hangup` of our answered channel or of the caller's; the caller's `Hangup` or
  `QueueCallerAbandon` while it still rang is abandoned (rule 4.4); `AgentRingNoAnswer`,
  `DialEnd` NOANSWER/BUSY or `Hangup` cause 26 (answered elsewhere) on our ringing leg is
  missed here.
- `Shutdown` (the PBX restarts): every open call ends, cut.

Field names are those of Asterisk 12+ (see docs/telephony.md for the source files). Plain
Python: the adapter feeds it dicts, the simulator's traces are the same dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from app.workflows.telephony.events import (
    Answered,
    CallEvent,
    Direction,
    EndCause,
    Ended,
    Ringing,
)
from app.workflows.telephony.numbers import caller_number

ANSWERED_ELSEWHERE = "26"  # Q.850 cause of a ringing leg another member picked up
RANG_OUT = frozenset({"NOANSWER", "BUSY", "CHANUNAVAIL", "CONGESTION"})  # DialEnd here


def event_time(fields: Mapping[str, str], now: Callable[[], datetime]) -> datetime:
    """The PBX's `Timestamp` (manager.conf timestampevents = yes), else the reading time."""
    raw = fields.get("Timestamp", "")
    try:
        return datetime.fromtimestamp(float(raw), UTC)
    except (TypeError, ValueError, OverflowError):
        return now()


@dataclass
class _Leg:
    call_id: str
    direction: Direction
    ours: str = ""         # our channel's name (PJSIP/8001-00000003)
    caller: str = ""       # the caller's channel (inbound) / the customer's (outbound)
    rang: bool = False
    answered: bool = False
    ours_gone: bool = False  # our ringing leg hung up; the caller's fate not yet known
    number: str = ""
    seen: set[str] = field(default_factory=set)


class CallFollower:
    """Feed `take(fields)` every AMI event; it returns the port events they mean here."""

    def __init__(self, extension: str, interfaces: tuple[str, ...] = (),
                 area_code: str = "", now: Callable[[], datetime] | None = None) -> None:
        self.extension = extension.strip()
        self.interfaces = tuple(i.strip().lower() for i in interfaces if i.strip())
        self.area_code = area_code
        self._now = now or (lambda: datetime.now(UTC))
        self._calls: dict[str, _Leg] = {}
        self._outbound: dict[str, str] = {}  # call id -> the number dialled

    # ---- which channels are ours --------------------------------------------------------
    def is_our_channel(self, channel: str) -> bool:
        """PJSIP/8001-0000002a, SIP/8001-…, Local/8001@from-queue-…;n are this extension."""
        if not self.extension or not channel:
            return False
        tech, _, rest = channel.partition("/")
        name = rest.split("@", 1)[0] if tech.lower() == "local" else rest.rsplit("-", 1)[0]
        return bool(tech) and name == self.extension

    def is_our_interface(self, interface: str) -> bool:
        wanted = interface.strip().lower()
        if wanted in self.interfaces:
            return True
        tech, _, rest = wanted.partition("/")
        return bool(tech) and rest.split("@", 1)[0] == self.extension.lower()

    def expect_outbound(self, call_id: str, number: str = "") -> None:
        """Click-to-dial asked the PBX for a call whose first channel has this id."""
        self._outbound[call_id] = number

    @property
    def open_calls(self) -> list[str]:
        return [c for c, leg in self._calls.items() if leg.rang]

    # ---- the events -----------------------------------------------------------------------
    def take(self, fields: Mapping[str, str]) -> list[CallEvent]:
        name = fields.get("Event", "")
        handler = {
            "AgentCalled": self._agent_called, "DialBegin": self._dial_begin,
            "BridgeEnter": self._bridge_enter, "Hangup": self._hangup,
            "AgentRingNoAnswer": self._ring_no_answer, "DialEnd": self._dial_end,
            "QueueCallerAbandon": self._caller_abandon, "Shutdown": self._shutdown,
        }.get(name)
        return handler(fields) if handler is not None else []

    def cut_all(self, at: datetime) -> list[CallEvent]:
        """The link to the PBX is gone: the calls it was carrying are over (cut)."""
        events: list[CallEvent] = [Ended(c, at, EndCause.ANSWERED if leg.answered
                                         else EndCause.CUT)
                                   for c, leg in self._calls.items() if leg.rang]
        self._calls.clear()
        return events

    def _ringing(self, leg: _Leg, fields: Mapping[str, str], raw: str,
                 called: str) -> list[CallEvent]:
        leg.rang = True
        leg.number = caller_number(raw, self.area_code)
        return [Ringing(leg.call_id, leg.number, called, event_time(fields, self._now),
                        leg.direction, raw_number=raw)]

    def _agent_called(self, fields: Mapping[str, str]) -> list[CallEvent]:
        if not self.is_our_interface(fields.get("Interface", "")):
            return []
        call_id = fields.get("Linkedid", "")
        leg = self._calls.setdefault(call_id, _Leg(call_id, Direction.INBOUND))
        leg.ours = fields.get("DestChannel", "")
        leg.caller = fields.get("Channel", "")
        if leg.rang:
            return []
        return self._ringing(leg, fields, fields.get("CallerIDNum", ""),
                             fields.get("Queue", ""))

    def _dial_begin(self, fields: Mapping[str, str]) -> list[CallEvent]:
        call_id = fields.get("Linkedid") or fields.get("DestLinkedid", "")
        caller, dest = fields.get("Channel", ""), fields.get("DestChannel", "")
        if call_id in self._outbound and self.is_our_channel(caller):
            # click-to-dial: our phone answered, the PBX now rings the customer
            leg = self._calls.setdefault(call_id, _Leg(call_id, Direction.OUTBOUND))
            leg.ours, leg.caller = caller, dest
            if leg.rang:
                return []
            raw = self._outbound[call_id] or fields.get("DestCallerIDNum", "")
            return self._ringing(leg, fields, raw, fields.get("DestExten", ""))
        if not self.is_our_channel(dest) or not caller or call_id in self._outbound:
            return []
        known = self._calls.get(call_id)
        if known is not None and known.rang and not known.answered:
            known.ours = dest  # the queue's own dial of the member it already announced
            return []
        leg = _Leg(call_id, Direction.INBOUND, ours=dest, caller=caller)
        self._calls[call_id] = leg  # a new call, or a transfer to us of an answered one
        return self._ringing(leg, fields, fields.get("CallerIDNum", ""),
                             fields.get("Exten", "") or fields.get("DialString", ""))

    def _bridge_enter(self, fields: Mapping[str, str]) -> list[CallEvent]:
        leg = self._calls.get(fields.get("Linkedid", ""))
        if leg is None or not leg.rang or leg.answered:
            return []
        channel = fields.get("Channel", "")
        if leg.ours_gone and channel == leg.caller:  # another member took the caller
            return self._close(leg, event_time(fields, self._now), EndCause.MISSED)
        answering = leg.caller if leg.direction is Direction.OUTBOUND else leg.ours
        if channel != answering:
            return []
        leg.answered = True
        return [Answered(leg.call_id, event_time(fields, self._now))]

    def _ring_no_answer(self, fields: Mapping[str, str]) -> list[CallEvent]:
        leg = self._calls.get(fields.get("Linkedid", ""))
        if (leg is None or not leg.rang or leg.answered
                or not self.is_our_interface(fields.get("Interface", ""))):
            return []
        # the queue rings the next member
        return self._close(leg, event_time(fields, self._now), EndCause.MISSED)

    def _dial_end(self, fields: Mapping[str, str]) -> list[CallEvent]:
        leg = self._calls.get(fields.get("Linkedid", ""))
        if (leg is None or not leg.rang or leg.answered or leg.direction is Direction.OUTBOUND
                or fields.get("DestChannel") != leg.ours
                or fields.get("DialStatus") not in RANG_OUT):
            return []
        return self._close(leg, event_time(fields, self._now), EndCause.MISSED)

    def _caller_abandon(self, fields: Mapping[str, str]) -> list[CallEvent]:
        leg = self._calls.get(fields.get("Linkedid", ""))
        if leg is None or not leg.rang or leg.answered:
            return []
        return self._close(leg, event_time(fields, self._now), EndCause.ABANDONED)

    def _hangup(self, fields: Mapping[str, str]) -> list[CallEvent]:
        leg = self._calls.get(fields.get("Linkedid", ""))
        if leg is None or not leg.rang:
            return []
        channel = fields.get("Channel", "")
        at = event_time(fields, self._now)
        if channel == leg.ours:
            if leg.answered:
                return self._close(leg, at, EndCause.ANSWERED)
            if leg.direction is Direction.OUTBOUND:
                return self._close(leg, at, EndCause.FAILED)
            if fields.get("Cause") == ANSWERED_ELSEWHERE:
                return self._close(leg, at, EndCause.MISSED)
            # our phone stopped ringing: the caller hung up (their Hangup follows), or the
            # queue rang out (AgentRingNoAnswer follows); wait for the one that says which
            leg.ours_gone = True
            return []
        if channel == leg.caller:
            if leg.answered:
                return self._close(leg, at, EndCause.ANSWERED)
            if leg.direction is Direction.OUTBOUND:
                return self._close(leg, at, EndCause.FAILED)  # the customer did not answer
            return self._close(leg, at, EndCause.ABANDONED)  # rule 4.4: gave up ringing
        return []

    def _close(self, leg: _Leg, at: datetime, cause: EndCause) -> list[CallEvent]:
        self._calls.pop(leg.call_id, None)
        self._outbound.pop(leg.call_id, None)
        return [Ended(leg.call_id, at, cause)]

    def _shutdown(self, fields: Mapping[str, str]) -> list[CallEvent]:
        return self.cut_all(event_time(fields, self._now))
