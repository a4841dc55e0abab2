"""The AMI follower reads the simulator's Asterisk-shaped traces as the port's events, with the
PBX's own times that the rule 4.4 figures use."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.cli.pbx_sim import scenarios
from app.cli.pbx_sim.scenarios import RESTART, Call
from app.cli.pbx_sim.traces import Fields
from app.workflows.telephony.events import Answered, Direction, EndCause, Ended, Ringing
from app.workflows.telephony.follower import CallFollower, event_time
from app.workflows.telephony.numbers import caller_number

START = datetime(2026, 11, 26, 1, 30, tzinfo=UTC).timestamp()


def _feed(follower: CallFollower, steps: list[tuple[float, Fields | str]]) -> list:
    events: list = []
    for _offset, what in steps:
        if what == RESTART or isinstance(what, str):
            continue
        events += follower.take(dict(what))
    return events


def _at(offset: float) -> datetime:
    return datetime.fromtimestamp(START + offset, UTC)


def test_queue_call_answered_in_the_second_ring_with_the_pbx_times() -> None:
    call = Call(start=START, number="+86 138-1234-5678")
    events = _feed(CallFollower("8001"), scenarios.answered(call, ring_s=8, talk_s=60))
    ringing, answered, ended = events
    assert isinstance(ringing, Ringing) and ringing.number == "13812345678"
    assert (ringing.called, ringing.at, ringing.direction) == ("hotline", _at(0),
                                                               Direction.INBOUND)
    assert answered == Answered(ringing.call_id, _at(8))
    assert ended == Ended(ringing.call_id, _at(68), EndCause.ANSWERED)


def test_abandoned_after_five_rings_and_other_extensions_ignored() -> None:
    steps = scenarios.abandoned(Call(start=START), ring_s=25)
    assert _feed(CallFollower("8002"), steps) == []  # rang at 8001 only
    ringing, ended = _feed(CallFollower("8001"), steps)
    assert ended == Ended(ringing.call_id, _at(25), EndCause.ABANDONED)


def test_transfer_ends_at_the_first_desk_and_rings_at_the_second() -> None:
    steps = scenarios.transfer(Call(start=START), ring_s=4, talk_s=30, second_ring_s=6)
    first = _feed(CallFollower("8001"), steps)
    second = _feed(CallFollower("8002"), steps)
    assert [type(e) for e in first] == [Ringing, Answered, Ended]
    assert first[2].cause is EndCause.ANSWERED and first[2].at == _at(34)
    assert [type(e) for e in second] == [Ringing, Answered, Ended]
    assert second[0].call_id == first[0].call_id  # one Linkedid ties the legs
    assert (second[0].at, second[1].at) == (_at(34), _at(40))


def test_restart_mid_call_cuts_it_and_a_lost_link_does_too() -> None:
    events = _feed(CallFollower("8001"), scenarios.restart(Call(start=START, restart_after=20)))
    assert [type(e) for e in events] == [Ringing, Answered, Ended]
    assert events[2].at == _at(20) and events[2].cause is EndCause.ANSWERED
    follower = CallFollower("8001")
    ringing = _feed(follower, scenarios.abandoned(Call(start=START))[:2])
    assert len(ringing) == 1 and follower.open_calls == [ringing[0].call_id]
    assert follower.cut_all(_at(3)) == [Ended(ringing[0].call_id, _at(3), EndCause.CUT)]


def test_outbound_rings_when_the_customer_is_dialled() -> None:
    follower = CallFollower("8001")
    follower.expect_outbound("heatdesk-1", "13912345678")
    steps = scenarios.outbound(Call(start=START, number="13912345678"), "heatdesk-1", "a1",
                               "from-internal", ring_own_s=2, ring_customer_s=6)
    ringing, answered, ended = _feed(follower, steps)
    assert ringing.direction is Direction.OUTBOUND and ringing.at == _at(2)
    assert ringing.number == "13912345678"
    assert answered.at == _at(8) and ended.cause is EndCause.ANSWERED


@pytest.mark.parametrize("channel, ours", [
    ("PJSIP/8001-0000002a", True), ("SIP/8001-00000001", True),
    ("Local/8001@from-queue-00000003;1", True), ("PJSIP/80011-00000001", False),
    ("PJSIP/trunk-00000001", False), ("", False)])
def test_our_channels(channel: str, ours: bool) -> None:
    assert CallFollower("8001").is_our_channel(channel) is ours


@pytest.mark.parametrize("raw, area, expected", [
    ("+8613912345678", "", "13912345678"), ("008613912345678", "", "13912345678"),
    ("8613912345678", "", "13912345678"), ("013912345678", "", "13912345678"),
    ("１３９１２３４５６７８", "", "13912345678"), ("0311-8765 4321", "", "031187654321"),
    ("87654321", "0311", "031187654321"), ("87654321", "311", "031187654321"),
    ("87654321", "", "87654321"), ("12345", "0311", "12345"), ("<unknown>", "", ""),
    ("anonymous", "", ""), ("+14155550100", "", "")])
def test_caller_numbers(raw: str, area: str, expected: str) -> None:
    assert caller_number(raw, area) == expected


def test_event_time_is_the_pbx_timestamp_else_now() -> None:
    now = _at(99)
    assert event_time({"Timestamp": f"{START + 1.5:.6f}"}, lambda: now) == _at(1.5)
    assert event_time({}, lambda: now) == now
