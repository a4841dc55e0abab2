"""The current call as plain data: what the widgets observe and what a draft keeps."""

from __future__ import annotations

from datetime import UTC, datetime

from app.clock import FixedClock
from app.workflows.call import CurrentCall
from app.workflows.settings import DEFAULTS, Settings

START = datetime(2026, 11, 26, 1, 30, tzinfo=UTC)


def test_a_rung_call_counts_rings_until_the_answer() -> None:
    clock = FixedClock(START)
    call = CurrentCall(clock)
    seen: list[datetime | None] = []
    call.subscribe(lambda c: seen.append(c.answered_at))
    call.ring("13912345678")
    clock.advance(seconds=16)
    assert call.answer()
    assert not call.answer()  # a second F2 answers nothing
    delay = call.delay(Settings(dict(DEFAULTS)))
    assert delay is not None and delay.rings == 4 and not delay.within_limit  # rule 4.4
    assert call.answer_times() == (START, clock())
    assert seen == [None, clock()]


def test_a_typed_call_was_answered_when_it_started() -> None:
    clock = FixedClock(START)
    call = CurrentCall(clock)
    call.start_typed()
    clock.advance(seconds=30)
    call.start_typed()  # typing more digits does not restart the call
    assert call.answer_times() == (START, START)


def test_nothing_typed_keeps_no_draft_and_a_draft_brings_the_times_back() -> None:
    clock = FixedClock(START)
    call = CurrentCall(clock)
    call.ring("13811112222")
    call.set_customer(7)
    assert call.snapshot() is None  # nothing typed: nothing to keep
    clock.advance(seconds=5)
    call.answer()
    call.set_draft({"description": "卧室只有15度"})
    saved = call.snapshot()
    assert saved is not None

    restored = CurrentCall(FixedClock(datetime(2026, 11, 26, 2, 0, tzinfo=UTC)))
    restored.restore(saved)
    assert (restored.number, restored.customer_id) == ("13811112222", 7)
    assert (restored.rang_at, restored.answered_at) == (START, call.answered_at)
    assert restored.draft == {"description": "卧室只有15度"}
    assert restored.in_call


def test_a_damaged_draft_restores_what_it_can() -> None:
    call = CurrentCall(FixedClock(START))
    call.restore({"form": {"description": "x"}, "number": "139", "customer_id": "seven",
                  "call": {"rang_at": "not a time", "answered_at": "2026-11-26T01:31:00"}})
    assert (call.number, call.customer_id, call.rang_at, call.answered_at) == (
        "139", None, None, None)
    call.clear()
    assert (call.number, call.draft, call.in_call) == ("", None, False)
