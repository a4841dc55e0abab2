"""The call's stage follows the form forward, never back, and can be moved by hand."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.clock import FixedClock
from app.workflows.etiquette.call_script import CallScript
from app.workflows.etiquette.config import DEFAULTS, build_config
from app.workflows.etiquette.library import default_library
from app.workflows.etiquette.stages import CallStages
from app.workflows.settings import DEFAULTS as SHARED


@pytest.fixture
def stages() -> CallStages:
    return CallStages(default_library())


def test_form_events_move_the_call_forward(stages: CallStages) -> None:
    assert stages.current == "ringing"
    assert stages.on_event("number_known") and stages.current == "greeting"
    assert stages.on_event("customer_found") and stages.current == "addressing"
    assert stages.on_category("repair") and stages.current == "verifying"
    assert stages.on_saved(opened_order=True) and stages.current == "case"
    assert stages.reached == ["ringing", "greeting", "addressing", "verifying", "case"]
    assert stages.greeting_reached and not stages.closing_reached


def test_a_late_event_never_pulls_the_call_back(stages: CallStages) -> None:
    stages.on_category("enquiry")
    assert not stages.on_event("number_known")
    assert not stages.on_event("customer_found")
    assert stages.current == "verifying"


def test_answered_without_order_goes_to_anything_else(stages: CallStages) -> None:
    stages.on_saved(opened_order=False)
    assert stages.current == "anything_else"


def test_complaint_flow_adds_the_apology(stages: CallStages) -> None:
    stages.on_category("complaint")
    assert stages.flow.id == "complaint"
    stages.next()
    assert stages.current == "apology"


def test_leaving_the_complaint_flow_keeps_a_valid_stage(stages: CallStages) -> None:
    stages.on_category("complaint")
    stages.go("apology")
    stages.on_category("repair")  # the agent corrects the category
    assert stages.flow.id == "default" and stages.current == "verifying"


def test_moves_by_hand_both_ways_and_to_any_stage(stages: CallStages) -> None:
    assert not stages.previous()
    assert stages.next() and stages.current == "greeting"
    stages.go("farewell")
    assert not stages.next() and stages.closing_reached
    assert stages.previous() and stages.current == "anything_else"
    with pytest.raises(KeyError):
        stages.go("apology")  # not part of the default flow


def test_unknown_trigger_is_a_programming_error(stages: CallStages) -> None:
    with pytest.raises(ValueError):
        stages.on_event("coffee_break")


def test_ring_goes_on_through_a_screen_pop_until_the_agent_works_on_the_call() -> None:
    clock = FixedClock(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))
    script = CallScript(default_library(), build_config({**DEFAULTS, **SHARED}), clock, "1001")
    script.start_ringing()
    clock.advance(seconds=6)
    script.number_known()          # caller ID arrives with the ring
    script.customer_found("张伟", "阳光小区3号楼")
    clock.advance(seconds=6)
    ring = script.ring()
    assert ring is not None and (ring.rings, ring.answered) == (3, False)  # rule 4.4
    # greet first (rule 4.4 自报家门); nothing counts as said while it still rings
    assert script.stages.current == "greeting" and script.stages.reached == ["ringing"]
    clock.advance(seconds=4)
    script.category_chosen("repair")  # the agent is talking: answered now
    assert script.stages.reached == ["ringing", "greeting", "verifying"]
    clock.advance(seconds=60)
    ring = script.ring()
    assert ring is not None and (ring.rings, ring.answered, ring.within_limit) == (
        4, True, False)


def test_the_desk_timer_answer_marks_the_greeting_heard() -> None:
    clock = FixedClock(datetime(2026, 11, 26, 1, 30, tzinfo=UTC))
    script = CallScript(default_library(), build_config({**DEFAULTS, **SHARED}), clock)
    rang = clock()
    script.sync_ring(rang, None)
    script.number_known()
    assert script.ringing and "greeting" not in script.stages.reached
    script.sync_ring(rang, clock.advance(seconds=4))
    assert not script.ringing and script.stages.greeting_reached
    script.customer_found("李娜", "和平里")  # answered: now the caller is addressed
    assert script.stages.current == "addressing"
