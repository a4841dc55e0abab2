"""Deadline states at chosen moments, without a database (rule 5.2.2)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.workflows.tickets.deadlines import DeadlineState, deadline_state, remaining

DUE = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def test_states_around_the_deadline() -> None:
    at = lambda **kw: deadline_state("dispatched", DUE, None, DUE + timedelta(**kw))  # noqa: E731
    assert at(hours=-2) is DeadlineState.ON_TIME
    assert at(minutes=-61) is DeadlineState.ON_TIME
    assert at(minutes=-60) is DeadlineState.DUE_SOON
    assert at(seconds=0) is DeadlineState.DUE_SOON  # due now is not late yet
    assert at(seconds=1) is DeadlineState.OVERDUE


def test_paused_and_finished_orders_are_not_late() -> None:
    late = DUE + timedelta(days=3)
    assert deadline_state("in_progress", DUE, DUE - timedelta(hours=1), late) \
        is DeadlineState.PAUSED
    for status in ("resolved", "callback_done", "closed"):
        assert deadline_state(status, DUE, None, late) is DeadlineState.DONE


def test_the_due_soon_window_is_a_parameter() -> None:
    now = DUE - timedelta(minutes=90)
    assert deadline_state("new", DUE, None, now) is DeadlineState.ON_TIME
    assert deadline_state("new", DUE, None, now, timedelta(hours=2)) is DeadlineState.DUE_SOON


@given(paused_for=st.integers(min_value=0, max_value=10_000),
       left=st.integers(min_value=-10_000, max_value=10_000))
def test_remaining_time_is_frozen_while_paused(paused_for: int, left: int) -> None:
    paused_at = DUE - timedelta(minutes=left)
    now = paused_at + timedelta(minutes=paused_for)
    assert remaining(DUE, paused_at, now) == timedelta(minutes=left)
