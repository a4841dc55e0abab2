"""Pattern, roster, leave and swaps on SQLite and PostgreSQL (rule 3.4.1)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.shifts.leave import decide_leave, my_leave, pending_leave, request_leave
from app.workflows.shifts.pattern import SlotSpec, current_pattern, set_pattern
from app.workflows.shifts.roster import assign, roster_week, unassign
from app.workflows.shifts.swap import recent_swaps, swap_duties
from tests.shift_support import DAY, seed_shifts

NEXT = DAY + timedelta(days=1)


@pytest.fixture
def world(db, clock, basics):
    return seed_shifts(db, clock, basics)


def test_three_shift_pattern_gives_utc_boundaries_from_local_time(db, clock, basics):
    leader = lambda: UnitOfWork(db, basics.leader, clock)  # noqa: E731
    slots = set_pattern(leader(), [SlotSpec("早班", "08:00", 8), SlotSpec("中班", "16:00", 8),
                                   SlotSpec("夜班", "00:00", 8)])
    assert [s.name for s in current_pattern(leader())] == ["早班", "中班", "夜班"]
    night = assign(leader(), slots[2].id, date(2026, 11, 27), basics.agent.id)
    assert night.starts_at == datetime(2026, 11, 26, 16, 0, tzinfo=UTC)   # 00:00 Beijing
    assert night.ends_at - night.starts_at == timedelta(hours=8)


def test_pattern_is_a_leaders_business_and_validated(db, clock, basics):
    with pytest.raises(PermissionDenied):
        set_pattern(UnitOfWork(db, basics.agent, clock), [SlotSpec("白班", "08:00", 12)])
    with pytest.raises(ValidationError) as err:
        set_pattern(UnitOfWork(db, basics.leader, clock),
                    [SlotSpec("白班", "8点", 12), SlotSpec("白班", "20:00", 30)])
    assert err.value.errors == {"slots.0.start": "time.invalid", "slots.1.name": "slot.duplicate",
                                "slots.1.hours": "hours.invalid"}
    assert current_pattern(UnitOfWork(db, basics.leader, clock)) == []


def test_changing_the_pattern_keeps_old_duties(db, clock, world):
    leader = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    set_pattern(leader(), [SlotSpec("早班", "08:00", 8)])
    week = roster_week(leader(), DAY)
    assert [s.name for s in week.slots] == ["早班"]
    assert {d.slot_name for d in week.duties} == {"白班", "夜班"}


def test_roster_refuses_duplicates_and_unknown_staff(db, clock, world):
    leader = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    with pytest.raises(ValidationError) as err:
        assign(leader(), world.day_slot, DAY, world.outgoing.id)
    assert err.value.errors == {"staff": "roster.duplicate"}
    with pytest.raises(ValidationError) as err:
        assign(leader(), world.day_slot, DAY, 99999)
    assert err.value.errors == {"staff": "staff.unknown"}
    week = roster_week(leader(), DAY, days=2)
    assert [d.staff_name for d in week.cell(DAY, world.day_slot)] == ["王芳"]
    unassign(leader(), world.night_duty)
    assert roster_week(leader(), DAY).cell(DAY, world.night_slot) == ()


def test_leave_needs_a_leaders_approval_and_frees_the_roster(db, clock, world):
    agent = lambda: UnitOfWork(db, world.incoming, clock)  # noqa: E731
    leader = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    with pytest.raises(ValidationError) as err:
        request_leave(agent(), DAY, DAY - timedelta(days=1), "")
    assert err.value.errors == {"last_day": "time.order", "reason": "required"}
    leave = request_leave(agent(), DAY, NEXT, "家中有事")
    assert leave.status == "pending"
    with pytest.raises(ValidationError):
        request_leave(agent(), NEXT, NEXT, "重复")            # overlaps a pending request
    with pytest.raises(PermissionDenied):
        decide_leave(agent(), leave.id, approve=True)        # rule 3.4.1: a superior decides
    with pytest.raises(ValidationError) as err:
        decide_leave(leader(), leave.id, approve=False)
    assert err.value.errors == {"note": "required"}           # a refusal says why
    assert [v.id for v in pending_leave(leader())] == [leave.id]
    decision = decide_leave(leader(), leave.id, approve=True, note="同意")
    assert decision.leave.status == "approved" and decision.leave.decided_by_name == "赵强"
    assert decision.uncovered == ("2026-11-26 夜班",)         # the leader must find cover
    assert roster_week(leader(), DAY).cell(DAY, world.night_slot) == ()
    with pytest.raises(ValidationError) as err:
        assign(leader(), world.night_slot, NEXT, world.incoming.id)
    assert err.value.errors == {"staff": "staff.on_leave"}
    assert [v.status for v in my_leave(agent())] == ["approved"]


def test_swap_exchanges_duties_and_is_recorded(db, clock, world):
    leader = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    other_duty = assign(leader(), world.day_slot, NEXT, world.other.id)
    with pytest.raises(PermissionDenied):   # a third colleague cannot swap two others
        swap_duties(UnitOfWork(db, world.outgoing, clock), world.night_duty, other_duty.id)
    swap_duties(UnitOfWork(db, world.incoming, clock), world.night_duty, other_duty.id,
                reason="孩子生病")
    week = roster_week(leader(), DAY, days=2)
    assert [d.staff_name for d in week.cell(DAY, world.night_slot)] == ["陈静"]
    assert [d.staff_name for d in week.cell(NEXT, world.day_slot)] == ["李明"]
    swaps = recent_swaps(leader(), clock() - timedelta(hours=1))
    assert [(s.first_staff_name, s.second_staff_name, s.reason) for s in swaps] == [
        ("李明", "陈静", "孩子生病")]
    with pytest.raises(ValidationError) as err:   # a swapped duty stays for the record
        unassign(leader(), world.night_duty)
    assert err.value.errors == {"entry": "roster.swapped"}


def test_give_away_refuses_a_started_shift_and_a_busy_colleague(db, clock, world):
    with pytest.raises(ValidationError) as err:
        swap_duties(UnitOfWork(db, world.outgoing, clock), world.day_duty, None,
                    world.other.id)
    assert err.value.errors == {"first": "swap.started"}
    with pytest.raises(ValidationError) as err:
        swap_duties(UnitOfWork(db, world.incoming, clock), world.night_duty, None,
                    world.incoming.id)
    assert err.value.errors == {"colleague": "swap.same_person"}
    swap_duties(UnitOfWork(db, world.incoming, clock), world.night_duty, None, world.other.id)
    week = roster_week(UnitOfWork(db, world.leader, clock), DAY, days=1)
    assert [d.staff_name for d in week.cell(DAY, world.night_slot)] == ["陈静"]
