"""The PBX's calls kept per desk, the figures of rule 4.4 per agent and shift, dialling."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.settings import save_setting
from app.workflows.telephony.dial import PbxAnswer, check_dial, dial_customer
from app.workflows.telephony.events import Answered, Direction, EndCause, Ended, Ringing
from app.workflows.telephony.figures import pbx_figures
from app.workflows.telephony.records import calls_of_order, link_contact, record_event

SQLITE_ONLY = pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # refusals only
DAY = date(2026, 11, 26)  # the clock fixture stands at 09:30 Beijing time on this day


def _call(uow, call_id: str, rang, ring_s: float | None, end_s: float,
          cause: EndCause, direction: Direction = Direction.INBOUND, ticket_id=None) -> None:
    record_event(uow(), Ringing(call_id, "13811112222", "hotline", rang, direction),
                 ticket_id=ticket_id)
    if ring_s is not None:
        record_event(uow(), Answered(call_id, rang + timedelta(seconds=ring_s)))
    record_event(uow(), Ended(call_id, rang + timedelta(seconds=end_s), cause))


def test_rule_4_4_pbx_figures_per_agent_and_shift(db, clock, basics) -> None:
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    base = clock() - timedelta(hours=1)
    _call(uow, "c1", base, 8, 60, EndCause.ANSWERED)    # 2 rings: in time
    _call(uow, "c2", base, 14, 70, EndCause.ANSWERED)   # 3 rings: in time
    _call(uow, "c3", base, 16, 80, EndCause.ANSWERED)   # 4 rings: late (rule 4.4)
    _call(uow, "c4", base, None, 25, EndCause.ABANDONED)
    _call(uow, "c5", base, None, 20, EndCause.MISSED)
    _call(uow, "c6", base, 6, 40, EndCause.ANSWERED, Direction.OUTBOUND)
    rows = pbx_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)
    assert len(rows) == 1
    row = rows[0]
    assert (row.agent_job_number, row.shift_day) == ("1001", DAY)
    assert (row.offered, row.answered, row.within_limit) == (5, 3, 2)
    assert (row.abandoned, row.missed, row.outbound) == (1, 1, 1)
    assert row.mean_answer_seconds == pytest.approx((8 + 14 + 16) / 3)
    assert row.within_limit_share == pytest.approx(2 / 5)
    save_setting_uow = UnitOfWork(db, basics.leader, clock)
    with save_setting_uow as u:
        save_setting(u, "ring.max_rings", 4)
        u.commit()
    assert pbx_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY)[0].within_limit == 3
    per_agent = pbx_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY, by_shift=False)
    assert per_agent[0].shift_day is None and per_agent[0].offered == 5


@SQLITE_ONLY
def test_figures_are_for_leaders_and_check_the_days(db, clock, basics) -> None:
    with pytest.raises(PermissionDenied):
        pbx_figures(UnitOfWork(db, basics.agent, clock), DAY, DAY)
    with pytest.raises(ValidationError) as refused:
        pbx_figures(UnitOfWork(db, basics.leader, clock), DAY, DAY - timedelta(days=1))
    assert refused.value.errors == {"last": "date.order"}


def test_events_twice_or_out_of_order_keep_the_first_times(db, clock, basics) -> None:
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    rang = clock() - timedelta(minutes=5)
    record_event(uow(), Ended("x", rang + timedelta(seconds=30), EndCause.CUT))  # ring lost
    first = record_event(uow(), Ringing("x", "13811112222", "hotline", rang))
    assert first.rang_at == rang and first.end_cause == "cut"
    record_event(uow(), Answered("y", rang))
    again = record_event(uow(), Answered("y", rang + timedelta(seconds=9)))
    assert again.answered_at == rang  # the first answer stands
    cut = record_event(uow(), Ended("y", rang + timedelta(seconds=50), EndCause.CUT))
    assert cut.end_cause == "answered"  # talked, then the PBX restarted


def test_contact_and_order_are_linked_to_the_call(db, clock, basics) -> None:
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    rang = clock() - timedelta(seconds=40)
    record_event(uow(), Ringing("z", "13811112222", "hotline", rang))
    result = save_intake(uow(), IntakeForm(
        channel="phone", category="repair", description="暖气不热", phone="13811112222",
        customer_id=basics.li.id, outcome="work_order", level=1, unit_id=basics.unit_ids[0],
        rang_at=rang, answered_at=rang + timedelta(seconds=5)))
    assert result.ticket_id is not None
    link_contact(uow(), "z", result.contact_id, result.ticket_id)
    _call(uow, "back", clock(), 4, 30, EndCause.ANSWERED, Direction.OUTBOUND,
          ticket_id=result.ticket_id)  # the callback (rule 2.5) dialled from the order
    calls = calls_of_order(uow(), result.ticket_id)
    assert [(c.call_id, c.direction) for c in calls] == [("z", "inbound"), ("back", "outbound")]
    assert calls[0].contact_id == result.contact_id
    assert calls[1].answered_at == clock() + timedelta(seconds=4)


def test_dialling_checks_the_pattern_and_the_extension(db, clock, basics) -> None:
    uow = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    with pytest.raises(ValidationError) as no_ext:
        check_dial(uow(), "13811112222")
    assert no_ext.value.errors == {"number": "telephony.no_extension"}
    with UnitOfWork(db, basics.leader, clock) as u:
        save_setting(u, "telephony.extensions", {"1001": "8001"})
        u.commit()
    asked: list[str] = []

    def pbx(number: str) -> PbxAnswer:
        asked.append(number)
        return PbxAnswer(True, "heatdesk-1", "Originate successfully queued")

    dialled = dial_customer(uow(), "１３８ １１１１ ２２２２", pbx, ticket_id=7)
    assert (dialled.number, dialled.call_id, dialled.ticket_id) == ("13811112222",
                                                                      "heatdesk-1", 7)
    for number, code in (("12345", "telephony.not_allowed"),
                         ("96111", "telephony.not_allowed"), ("abc", "phone.malformed")):
        with pytest.raises(ValidationError) as refused:
            dial_customer(uow(), number, pbx)
        assert refused.value.errors == {"number": code}
    assert asked == ["13811112222"]  # nothing outside the pattern reached the PBX
    with pytest.raises(ValidationError) as offline:
        dial_customer(uow(), "13811112222", None)
    assert offline.value.errors == {"number": "telephony.not_connected"}
    with pytest.raises(ValidationError) as refused:
        dial_customer(uow(), "13811112222", lambda n: PbxAnswer(False, "", "Permission denied"))
    assert refused.value.errors == {"number": "telephony.pbx_refused"}


@SQLITE_ONLY
def test_technicians_may_not_dial(db, clock, basics) -> None:
    from app.workflows.auth import seed_user

    tech = seed_user(UnitOfWork(db, None, clock), "3001", "孙涛", "technician", "tech-pass-1")
    with pytest.raises(PermissionDenied):
        check_dial(UnitOfWork(db, tech, clock), "13811112222")
