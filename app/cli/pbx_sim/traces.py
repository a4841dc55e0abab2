"""AMI events as Asterisk writes them: field names and their order.

- header: `Event`, `Privilege`, then `Timestamp` when manager.conf has timestampevents
  (main/manager.c, __manager_event_sessions).
- a channel: the 14 fields of ast_manager_build_channel_state_string_prefix
  (main/manager_channels.c), `Dest`-prefixed for the called party.
- a bridge: the 7 fields of ast_manager_build_bridge_state_string_prefix
  (main/manager_bridges.c).
- AgentCalled, AgentRingNoAnswer, QueueCallerAbandon: caller, Dest channel, then the JSON
  blob's keys (apps/app_queue.c); DialBegin/DialEnd, Hangup (main/manager_channels.c);
  OriginateResponse (main/manager.c); Shutdown (main/asterisk.c).
Checked against Asterisk 22/23 (tags certified-22.8-cert4, 23.5.0-rc1); docs/telephony.md.
"""

from __future__ import annotations

from dataclasses import dataclass

# ChannelState numbers and their words (include/asterisk/channelstate.h, ast_state2str)
DOWN, RING, RINGING, UP = (0, "Down"), (4, "Ring"), (5, "Ringing"), (6, "Up")


@dataclass(frozen=True)
class Channel:
    name: str
    caller_num: str
    caller_name: str
    connected_num: str
    connected_name: str
    context: str
    exten: str
    uniqueid: str
    linkedid: str
    priority: int = 1


def header(event: str, privilege: str, timestamp: float | None) -> list[tuple[str, str]]:
    fields = [("Event", event), ("Privilege", privilege)]
    if timestamp is not None:
        fields.append(("Timestamp", f"{timestamp:.6f}"))
    return fields


def channel(chan: Channel, state: tuple[int, str], prefix: str = "") -> list[tuple[str, str]]:
    return [
        (f"{prefix}Channel", chan.name),
        (f"{prefix}ChannelState", str(state[0])),
        (f"{prefix}ChannelStateDesc", state[1]),
        (f"{prefix}CallerIDNum", chan.caller_num or "<unknown>"),
        (f"{prefix}CallerIDName", chan.caller_name or "<unknown>"),
        (f"{prefix}ConnectedLineNum", chan.connected_num or "<unknown>"),
        (f"{prefix}ConnectedLineName", chan.connected_name or "<unknown>"),
        (f"{prefix}Language", "zh"),
        (f"{prefix}AccountCode", ""),
        (f"{prefix}Context", chan.context),
        (f"{prefix}Exten", chan.exten),
        (f"{prefix}Priority", str(chan.priority)),
        (f"{prefix}Uniqueid", chan.uniqueid),
        (f"{prefix}Linkedid", chan.linkedid),
    ]


def bridge(uniqueid: str, channels: int) -> list[tuple[str, str]]:
    return [
        ("BridgeUniqueid", uniqueid),
        ("BridgeType", "basic"),
        ("BridgeTechnology", "simple_bridge"),
        ("BridgeCreator", "<unknown>"),
        ("BridgeName", "<unknown>"),
        ("BridgeNumChannels", str(channels)),
        ("BridgeVideoSourceMode", "none"),
    ]


Fields = list[tuple[str, str]]


def agent_called(at: float | None, caller: Channel, member: Channel, queue: str,
                 interface: str, member_name: str) -> Fields:
    return (header("AgentCalled", "agent,all", at) + channel(caller, RING)
            + channel(member, DOWN, "Dest")
            + [("Queue", queue), ("Interface", interface), ("MemberName", member_name)])


def agent_ring_no_answer(at: float | None, caller: Channel, member: Channel, queue: str,
                         interface: str, member_name: str, ring_ms: int) -> Fields:
    return (header("AgentRingNoAnswer", "agent,all", at) + channel(caller, RING)
            + channel(member, DOWN, "Dest")
            + [("Queue", queue), ("Interface", interface), ("MemberName", member_name),
               ("RingTime", str(ring_ms))])


def queue_caller_abandon(at: float | None, caller: Channel, queue: str, position: int,
                         hold_s: int) -> Fields:
    return (header("QueueCallerAbandon", "agent,all", at) + channel(caller, RING)
            + [("Queue", queue), ("Position", str(position)),
               ("OriginalPosition", str(position)), ("HoldTime", str(hold_s))])


def dial_begin(at: float | None, caller: Channel | None, dest: Channel,
               dial_string: str) -> Fields:
    fields = header("DialBegin", "call,all", at)
    if caller is not None:  # an Originate's first leg has no calling channel
        fields += channel(caller, RING)
    return fields + channel(dest, DOWN, "Dest") + [("DialString", dial_string)]


def dial_end(at: float | None, caller: Channel | None, dest: Channel, status: str) -> Fields:
    fields = header("DialEnd", "call,all", at)
    if caller is not None:
        fields += channel(caller, RING)
    return fields + channel(dest, UP if status == "ANSWER" else DOWN, "Dest") + [
        ("DialStatus", status)]


def bridge_enter(at: float | None, bridge_id: str, count: int, chan: Channel,
                 swap: str = "") -> Fields:
    fields = header("BridgeEnter", "call,all", at) + bridge(bridge_id, count) + channel(chan, UP)
    return fields + ([("SwapUniqueid", swap)] if swap else [])


def hangup(at: float | None, chan: Channel, cause: int, cause_txt: str,
           state: tuple[int, str] = UP) -> Fields:
    return (header("Hangup", "call,all", at) + channel(chan, state)
            + [("Cause", str(cause)), ("Cause-txt", cause_txt)])


def originate_response(at: float | None, action_id: str, chan: str, context: str, exten: str,
                       uniqueid: str, ok: bool) -> Fields:
    fields = header("OriginateResponse", "call,all", at)
    if action_id:
        fields.append(("ActionID", action_id))
    return fields + [
        ("Response", "Success" if ok else "Failure"), ("Channel", chan), ("Context", context),
        ("Exten", exten), ("Reason", "4" if ok else "0"), ("Uniqueid", uniqueid),
        ("CallerIDNum", "<unknown>"), ("CallerIDName", "<unknown>")]


def shutdown(at: float | None, restart: bool) -> Fields:
    return header("Shutdown", "system,all", at) + [
        ("Shutdown", "Uncleanly"), ("Restart", "True" if restart else "False")]


def wire(fields: Fields) -> bytes:
    """One AMI message on the wire: `Key: value` lines, a blank line after."""
    return ("".join(f"{key}: {value}\r\n" for key, value in fields) + "\r\n").encode("utf-8")
