"""The desk's call with a PBX: the PBX's times win, the desk clock is the fallback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.clock import FixedClock
from app.workflows.call import CurrentCall
from app.workflows.settings import DEFAULTS, Settings

NOW = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)


def test_the_pbx_times_are_used_and_its_answer_wins_over_f2() -> None:
    clock = FixedClock(NOW)
    call = CurrentCall(clock)
    rang = NOW - timedelta(seconds=20)
    call.ring("13811112222", rang, "1796000000.7")
    assert (call.rang_at, call.pbx_call_id) == (rang, "1796000000.7")
    assert call.answer()  # F2 pressed before the PBX's answer came: the desk's time for now
    assert call.answered_at == NOW
    assert call.answer(rang + timedelta(seconds=12))  # the PBX's answer replaces it
    assert call.answered_at == rang + timedelta(seconds=12)
    assert call.delay(Settings(dict(DEFAULTS))).rings == 3  # rule 4.4 from the PBX's times
    assert not call.answer()  # F2 after the PBX's answer changes nothing
    call.hang_up(rang + timedelta(seconds=80))
    assert call.hung_up_at == rang + timedelta(seconds=80)
    assert call.snapshot() is None  # nothing typed, no draft


def test_without_a_pbx_the_desk_clock_and_the_draft_keeps_the_call_id() -> None:
    clock = FixedClock(NOW)
    call = CurrentCall(clock)
    call.ring("13811112222")
    assert call.rang_at == NOW and call.pbx_call_id is None
    call.ring("13811112222", NOW - timedelta(seconds=5), "1796000000.9")
    call.hang_up(NOW)
    call.set_draft({"description": "暖气不热"})
    saved = call.snapshot()
    assert saved is not None
    again = CurrentCall(clock)
    again.restore(saved)
    assert (again.pbx_call_id, again.hung_up_at) == ("1796000000.9", NOW)
