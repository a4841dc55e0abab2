"""The etiquette record of each saved call and the figures per agent and shift (rule 5.4)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.repositories.etiquette import EtiquetteRepository
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.errors import NotFound, PermissionDenied, ValidationError
from app.workflows.etiquette.supervision import record_call, supervision_figures
from app.workflows.intake import IntakeForm, answer_delay, save_intake
from app.workflows.settings import load_settings

DAY = date(2026, 11, 26)  # the clock fixture stands at 09:30 Beijing time on this day


def _call(db, clock, actor, *, ring_s: float | None, description: str = "暖气不热",
          answer: str = "已答复", channel: str = "phone") -> int:
    rang = clock() - timedelta(seconds=ring_s) if ring_s is not None else None
    result = save_intake(UnitOfWork(db, actor, clock), IntakeForm(
        channel=channel, category="repair", description=description, answer=answer,
        phone="13811112222", rang_at=rang, answered_at=clock() if rang else None))
    return result.contact_id


def test_record_is_kept_with_the_contact_and_updated_as_the_call_goes_on(
        db, clock, basics) -> None:
    contact_id = _call(db, clock, basics.agent, ring_s=8, description="客户说物业不知道",
                       answer="没办法，只能等")
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    record_call(uow(), contact_id, ["ringing", "greeting", "verifying"], 1)
    record_call(uow(), contact_id, ["ringing", "greeting", "verifying", "anything_else",
                                    "farewell"], 2, library_version=0)
    with uow() as u:
        row = u.repo(EtiquetteRepository).call_record(contact_id)
        assert row is not None
        assert row.stages == ["ringing", "greeting", "verifying", "anything_else", "farewell"]
        assert (row.greeting_reached, row.closing_reached) == (True, True)
        assert (row.phrase_warnings, row.curt_in_notes) == (2, 2)  # 不知道, 没办法
        assert row.recorded_at == clock()


def test_recording_needs_a_known_contact_and_an_agent(db, clock, basics) -> None:
    with pytest.raises(NotFound):
        record_call(UnitOfWork(db, basics.agent, clock), 424242, ["greeting"], 0)
    with pytest.raises(PermissionDenied):
        record_call(UnitOfWork(db, None, clock), 1, ["greeting"], 0)


def test_figures_per_agent_and_shift(db, clock, basics) -> None:
    second = seed_user(UnitOfWork(db, None, clock), "1002", "刘洋", "agent", "agent-pass-2")
    # day shift of the 26th, agent 1001: rings 2 and 4 (late), one call never recorded
    a = _call(db, clock, basics.agent, ring_s=7)
    b = _call(db, clock, basics.agent, ring_s=18)
    _call(db, clock, basics.agent, ring_s=None)
    record_call(UnitOfWork(db, basics.agent, clock), a,
                ["ringing", "greeting", "verifying", "farewell"], 0)
    record_call(UnitOfWork(db, basics.agent, clock), b, ["ringing", "verifying"], 3)
    # the night of the 26th (02:00 Beijing on the 27th), agent 1002
    clock.advance(hours=16, minutes=30)
    c = _call(db, clock, second, ring_s=3, answer="不知道")
    record_call(UnitOfWork(db, second, clock), c, ["greeting", "case", "farewell"], 1)
    # a visit is not a call: left out
    _call(db, clock, second, ring_s=None, channel="visit")

    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    assert [(r.agent_job_number, r.shift_day, r.shift) for r in rows] == [
        ("1001", DAY, "day"), ("1002", DAY, "night")]
    first, night = rows
    assert (first.calls, first.recorded, first.timed) == (3, 2, 2)
    assert first.mean_rings == 3.0 and first.within_limit_share == 0.5   # rule 4.4
    assert (first.greeting_share, first.closing_share) == (0.5, 0.5)
    assert (first.phrase_warnings, first.curt_in_notes) == (3, 0)
    assert (night.calls, night.greeting_share, night.closing_share) == (1, 1.0, 1.0)
    assert (night.phrase_warnings, night.curt_in_notes) == (1, 1)

    per_agent = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY,
                                    by_shift=False)
    assert [(r.agent_name, r.shift, r.calls) for r in per_agent] == [
        ("王芳", None, 3), ("刘洋", None, 1)]
    assert supervision_figures(UnitOfWork(db, basics.leader, clock),
                               DAY + timedelta(days=1), DAY + timedelta(days=1)) == []


def test_figures_are_for_leaders_and_check_the_dates(db, clock, basics) -> None:
    with pytest.raises(PermissionDenied):
        supervision_figures(UnitOfWork(db, basics.agent, clock), DAY, DAY)
    with pytest.raises(ValidationError) as err:
        supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY - timedelta(1))
    assert err.value.errors == {"last": "date.order"}


def test_leader_moves_the_stand_in_night_shift(db, clock, basics) -> None:
    from app.workflows.etiquette.config import current_values, save_config

    with pytest.raises(PermissionDenied):
        save_config(UnitOfWork(db, basics.agent, clock), {"etiquette.night_shift_from": "21:00"})
    with pytest.raises(ValidationError) as err:
        save_config(UnitOfWork(db, basics.leader, clock),
                    {"etiquette.morning_from": "13:00", "etiquette.night_shift_from": "21:00"})
    assert err.value.errors == {"etiquette.afternoon_from": "etiquette.greeting_order"}
    assert current_values(UnitOfWork(db, basics.leader, clock))["etiquette.night_shift_from"] \
        == "20:00"  # all or nothing
    save_config(UnitOfWork(db, basics.leader, clock), {"etiquette.night_shift_from": "21:00"})
    clock.advance(hours=11, minutes=45)  # 21:15 Beijing
    _call(db, clock, basics.agent, ring_s=2)
    rows = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    assert [(r.shift, r.calls) for r in rows] == [("night", 1)]


def test_call_rows_can_be_cut_to_the_newest(db, clock, basics) -> None:
    """The demo records the newest calls of a large data set without reading every call of
    the window into Python: `newest` keeps the last so many, still in time order."""
    calls = []
    for n in range(4):
        clock.advance(minutes=1)
        calls.append(_call(db, clock, basics.agent, ring_s=5, description=f"暖气不热{n}"))
    window = (clock() - timedelta(hours=1), clock() + timedelta(seconds=1))
    with UnitOfWork(db, basics.agent, clock) as uow:
        repo = uow.repo(EtiquetteRepository)
        assert [r.contact_id for r in repo.call_rows(*window)] == calls
        assert [r.contact_id for r in repo.call_rows(*window, newest=2)] == calls[-2:]


def test_rings_at_the_limit_as_answer_delay_counts_them(db, clock, basics) -> None:
    """The figures count rings in the database (per agent and minute) exactly as
    `answer_delay` does (rule 4.4, 5 s a ring, three allowed): 15 s is three rings, within
    the limit; a microsecond more is a fourth; an answer before the ring is one ring."""
    delays = (15.0, 15.000001, 0.0, 5.0)
    for ring_s in delays:
        clock.advance(seconds=1)
        _call(db, clock, basics.agent, ring_s=ring_s)
    with UnitOfWork(db, basics.leader, clock) as uow:
        settings = load_settings(uow)
    rings = [answer_delay(clock() - timedelta(seconds=s), clock(), settings).rings
             for s in delays]
    assert rings == [3, 4, 1, 1]
    [row] = supervision_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    assert (row.timed, row.within_limit) == (4, 3)
    assert row.mean_rings == sum(rings) / 4
