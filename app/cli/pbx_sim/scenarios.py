"""The scripted calls the simulator plays, in the PBX's own seconds.

Each scenario is a list of steps `(offset_s, what)`: an event (its fields, in Asterisk's
order, stamped with the scenario's start plus the offset) or `RESTART` (the PBX goes away
and comes back). The server sleeps `offset × speed` between steps, so a test plays a
minute of PBX time in a fraction of a second while the timestamps say a minute passed.

- `answered`: a queue call that our member answers in the second ring (8 s, rings of 5 s).
- `abandoned`: a queue call the caller gives up after five rings (25 s).
- `transfer`: answered by the first extension, handed on to the second, who answers.
- `restart`: answered, then the PBX restarts mid-call.
- `outbound`: what an Originate to our extension and then the customer brings.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from app.cli.pbx_sim import traces
from app.cli.pbx_sim.traces import Channel, Fields

RESTART = "restart"
Step = tuple[float, Fields | str]

_serial = itertools.count(1)


@dataclass(frozen=True)
class Call:
    """Who takes part: the desk's extension (and a colleague's for a transfer)."""

    start: float               # the PBX's clock (epoch seconds) at offset 0
    number: str = "13812345678"  # the caller as the trunk sends it
    extension: str = "8001"
    colleague: str = "8002"
    queue: str = "hotline"
    did: str = "96111"
    restart_after: float = 20.0
    restart_down: float = 3.0  # PBX seconds the manager port stays closed


def _ids(start: float) -> tuple[str, Callable[[], str]]:
    stamp = f"{int(start)}"
    first = next(_serial)
    counter = itertools.count(first + 1)
    return f"{stamp}.{first}", lambda: f"{stamp}.{next(counter)}"


def _caller(call: Call, linkedid: str) -> Channel:
    return Channel(f"PJSIP/trunk-{next(_serial):08x}", call.number, "", call.did, "",
                   "from-trunk", call.did, linkedid, linkedid)


def _member(call: Call, extension: str, uniqueid: str, linkedid: str) -> Channel:
    return Channel(f"PJSIP/{extension}-{next(_serial):08x}", extension, f"坐席{extension}",
                   call.number, "", "from-queue", call.did, uniqueid, linkedid)


def _ring_queue(call: Call, t: float, caller: Channel, member: Channel,
                extension: str) -> list[Step]:
    iface = f"PJSIP/{extension}"
    at = call.start + t
    return [(t, traces.agent_called(at, caller, member, call.queue, iface, extension)),
            (t, traces.dial_begin(at, caller, member, extension))]


def _answer(call: Call, t: float, caller: Channel, member: Channel, bridge: str) -> list[Step]:
    at = call.start + t
    return [(t, traces.dial_end(at, caller, member, "ANSWER")),
            (t, traces.bridge_enter(at, bridge, 1, caller)),
            (t, traces.bridge_enter(at, bridge, 2, member))]


def answered(call: Call, ring_s: float = 8.0, talk_s: float = 60.0) -> list[Step]:
    linkedid, next_id = _ids(call.start)
    caller = _caller(call, linkedid)
    member = _member(call, call.extension, next_id(), linkedid)
    end = ring_s + talk_s
    return (_ring_queue(call, 0.0, caller, member, call.extension)
            + _answer(call, ring_s, caller, member, f"bridge-{linkedid}")
            + [(end, traces.hangup(call.start + end, member, 16, "Normal Clearing")),
               (end, traces.hangup(call.start + end, caller, 16, "Normal Clearing"))])


def abandoned(call: Call, ring_s: float = 25.0) -> list[Step]:
    linkedid, next_id = _ids(call.start)
    caller = _caller(call, linkedid)
    member = _member(call, call.extension, next_id(), linkedid)
    at = call.start + ring_s
    return (_ring_queue(call, 0.0, caller, member, call.extension)
            + [(ring_s, traces.hangup(at, member, 0, "Unknown", traces.DOWN)),
               (ring_s, traces.queue_caller_abandon(at, caller, call.queue, 1, int(ring_s))),
               (ring_s, traces.hangup(at, caller, 16, "Normal Clearing", traces.RING))])


def transfer(call: Call, ring_s: float = 4.0, talk_s: float = 30.0,
             second_ring_s: float = 6.0) -> list[Step]:
    linkedid, next_id = _ids(call.start)
    caller = _caller(call, linkedid)
    member = _member(call, call.extension, next_id(), linkedid)
    other = _member(call, call.colleague, next_id(), linkedid)
    handed = ring_s + talk_s
    taken = handed + second_ring_s
    end = taken + 90.0
    bridge = f"bridge-{linkedid}"
    return (_ring_queue(call, 0.0, caller, member, call.extension)
            + _answer(call, ring_s, caller, member, bridge)
            + [(handed, traces.hangup(call.start + handed, member, 16, "Normal Clearing")),
               (handed, traces.dial_begin(call.start + handed, caller, other, call.colleague)),
               (taken, traces.dial_end(call.start + taken, caller, other, "ANSWER")),
               (taken, traces.bridge_enter(call.start + taken, bridge, 2, other)),
               (end, traces.hangup(call.start + end, other, 16, "Normal Clearing")),
               (end, traces.hangup(call.start + end, caller, 16, "Normal Clearing"))])


def restart(call: Call, ring_s: float = 5.0) -> list[Step]:
    linkedid, next_id = _ids(call.start)
    caller = _caller(call, linkedid)
    member = _member(call, call.extension, next_id(), linkedid)
    return (_ring_queue(call, 0.0, caller, member, call.extension)
            + _answer(call, ring_s, caller, member, f"bridge-{linkedid}")
            + [(call.restart_after, traces.shutdown(call.start + call.restart_after, True)),
               (call.restart_after, RESTART)])


def outbound(call: Call, channel_id: str, action_id: str, context: str,
             ring_own_s: float = 2.0, ring_customer_s: float = 6.0,
             talk_s: float = 45.0) -> list[Step]:
    """Originate(Channel=PJSIP/<ext>, Exten=<number>, ChannelId=<id>): our phone rings and
    answers, then the dialplan dials the customer (`call.number`)."""
    own = Channel(f"PJSIP/{call.extension}-{next(_serial):08x}", call.extension,
                  f"坐席{call.extension}", "", "", context, call.number, channel_id, channel_id)
    customer = Channel(f"PJSIP/trunk-{next(_serial):08x}", call.number, "", call.extension,
                       "", context, call.number, f"{channel_id}.2", channel_id)
    up, talk = ring_own_s, ring_own_s + ring_customer_s
    end = talk + talk_s
    at = call.start
    return [
        (0.0, traces.dial_begin(at, None, own, call.extension)),
        (up, traces.dial_end(at + up, None, own, "ANSWER")),
        (up, traces.originate_response(at + up, action_id, own.name, context, call.number,
                                       channel_id, True)),
        (up, traces.dial_begin(at + up, own, customer, f"{call.number}@trunk")),
        (talk, traces.dial_end(at + talk, own, customer, "ANSWER")),
        (talk, traces.bridge_enter(at + talk, f"bridge-{channel_id}", 1, own)),
        (talk, traces.bridge_enter(at + talk, f"bridge-{channel_id}", 2, customer)),
        (end, traces.hangup(at + end, customer, 16, "Normal Clearing")),
        (end, traces.hangup(at + end, own, 16, "Normal Clearing")),
    ]


SCENARIOS: dict[str, Callable[[Call], list[Step]]] = {
    "answered": answered, "abandoned": abandoned, "transfer": transfer, "restart": restart,
}
