"""Supervision figures per real shift (rule 5.4): once the centre has a shift pattern
(rule 3.4.1 roster), calls group by its slots in the centre's local time; the etiquette
settings' stand-in day/night applies only while no pattern is configured."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.etiquette.supervision import record_call, supervision_figures
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.shifts.pattern import SlotSpec, set_pattern

DAY = date(2026, 11, 26)
BEIJING = timezone(timedelta(hours=8))
THREE_SHIFTS = [SlotSpec("早班", "07:00", 8), SlotSpec("中班", "15:00", 8),
                SlotSpec("夜班", "23:00", 8)]


def _at(clock: FixedClock, day: date, hh: int, mm: int = 0) -> None:
    """Stand the clock at a Beijing wall-clock moment."""
    clock.now = datetime(day.year, day.month, day.day, hh, mm, tzinfo=BEIJING).astimezone(UTC)


def _call(db, clock, actor, *, ring_s: float = 5) -> int:
    result = save_intake(UnitOfWork(db, actor, clock), IntakeForm(
        channel="phone", category="repair", description="暖气不热", phone="13811112222",
        answer="已答复", rang_at=clock() - timedelta(seconds=ring_s), answered_at=clock()))
    return result.contact_id


def _local(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hh, mm, tzinfo=BEIJING)


def _groups(db, clock, leader, first: date = DAY, last: date = DAY, by_shift: bool = True):
    rows = supervision_figures(UnitOfWork(db, leader, clock), first, last, by_shift)
    return [(r.agent_job_number, r.shift_day, r.shift, r.calls) for r in rows]


def test_calls_group_by_the_slots_of_the_pattern(db, clock, basics) -> None:
    set_pattern(UnitOfWork(db, basics.leader, clock), THREE_SHIFTS)
    second = seed_user(UnitOfWork(db, None, clock), "1002", "刘洋", "agent", "agent-pass-2")
    nxt = DAY + timedelta(days=1)
    _at(clock, DAY, 6, 59)      # 夜班 of the 25th: before the asked days, left out
    _call(db, clock, basics.agent)
    _at(clock, DAY, 7, 0)       # 早班 begins (the stand-in would still say night)
    first = _call(db, clock, basics.agent, ring_s=7)
    record_call(UnitOfWork(db, basics.agent, clock), first, ["greeting", "farewell"], 0)
    _at(clock, DAY, 14, 59)
    _call(db, clock, basics.agent, ring_s=18)
    _at(clock, DAY, 15, 0)      # 中班
    _call(db, clock, basics.agent)
    _at(clock, DAY, 22, 30)
    _call(db, clock, second)
    _at(clock, DAY, 23, 0)      # 夜班 of the 26th ...
    _call(db, clock, second)
    _at(clock, nxt, 6, 30)      # ... still the 26th's night in the small hours
    _call(db, clock, second)
    _at(clock, nxt, 7, 0)       # 早班 of the 27th: left out
    _call(db, clock, basics.agent)

    assert _groups(db, clock, basics.leader) == [
        ("1001", DAY, "早班", 2), ("1001", DAY, "中班", 1),
        ("1002", DAY, "中班", 1), ("1002", DAY, "夜班", 2)]
    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    early = rows[0]
    assert (early.shift_start, early.shift_end) == (_local(DAY, 7), _local(DAY, 15))
    assert not early.stand_in
    assert (early.timed, early.within_limit, early.mean_rings) == (2, 1, 3.0)  # rule 4.4
    assert (early.recorded, early.greeting_share) == (1, 1.0)
    night = rows[3]
    assert (night.shift_start, night.shift_end) == (_local(DAY, 23), _local(nxt, 7))
    assert _groups(db, clock, basics.leader, by_shift=False) == [
        ("1001", None, None, 3), ("1002", None, None, 3)]
    assert _groups(db, clock, basics.leader, DAY - timedelta(days=1),
                   DAY - timedelta(days=1)) == [("1001", DAY - timedelta(days=1), "夜班", 1)]
    assert _groups(db, clock, basics.leader, nxt, nxt) == [("1001", nxt, "早班", 1)]


def test_overlap_goes_to_the_later_shift_and_gaps_are_kept(db, clock, basics) -> None:
    set_pattern(UnitOfWork(db, basics.leader, clock),
                [SlotSpec("白班", "08:00", 9), SlotSpec("晚班", "16:00", 6)])
    for hh, mm in ((7, 59), (8, 0), (15, 59), (16, 0), (16, 59), (21, 59), (22, 0)):
        _at(clock, DAY, hh, mm)
        _call(db, clock, basics.agent)
    _at(clock, DAY + timedelta(days=1), 1, 0)  # a gap on the 27th: not asked for
    _call(db, clock, basics.agent)

    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    assert [(r.shift, r.calls, r.shift_start, r.shift_end) for r in rows] == [
        ("白班", 2, _local(DAY, 8), _local(DAY, 17)),
        ("晚班", 3, _local(DAY, 16), _local(DAY, 22)),
        (None, 2, None, None)]                      # 07:59 and 22:00: outside the pattern
    assert rows[2].shift_day == DAY
    assert _groups(db, clock, basics.leader, by_shift=False) == [("1001", None, None, 7)]


def test_a_new_pattern_regroups_and_the_centre_zone_decides(db, clock, basics) -> None:
    _at(clock, DAY, 7, 30)
    _call(db, clock, basics.agent)
    # no pattern yet: the stand-in night of the 25th (20:00-08:00) holds 07:30 on the 26th
    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY - timedelta(1),
                               DAY - timedelta(1))
    assert [(r.shift, r.stand_in, r.shift_start) for r in rows] == [
        ("night", True, _local(DAY - timedelta(1), 20))]
    set_pattern(UnitOfWork(db, basics.leader, clock), THREE_SHIFTS)
    assert _groups(db, clock, basics.leader) == [("1001", DAY, "早班", 1)]
    with UnitOfWork(db, basics.leader, clock) as uow:  # a centre on UTC+7: 06:30 local
        uow.settings.put("shift.utc_offset_hours", 7)
        uow.commit()
    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY - timedelta(1),
                               DAY - timedelta(1))
    plus7 = timezone(timedelta(hours=7))
    assert [(r.shift, r.shift_start) for r in rows] == [
        ("夜班", datetime(2026, 11, 25, 23, 0, tzinfo=plus7))]
