"""Rules 5.2.1 and 3.6.2(1)-(4) on real SQLite and PostgreSQL.

5.2.1: planned maintenance belongs outside the heating season and is announced at least
`notice.min_advance_hours` (24 h) ahead; a notice inside the season or at shorter notice
needs a stated reason, which is marked on the notice's record, printed on the notice and
shown with "notified on ...". 3.6.2: the intake records that the caller was verified, an
answer on the spot needs its text, a case needs a way to reach the customer, and an
escalation records whether the customer accepted the answer offered.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.clock import FixedClock
from app.models.contact import Contact
from app.models.notice import Notice
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.notices import (
    PostingNoticeForm,
    latest_notice,
    posting_notice,
    record_notice,
)
from app.workflows.settings import save_setting
from app.workflows.tickets.case import open_case
from app.workflows.tickets.escalation import escalate
from app.workflows.tickets.history import ticket_history
from tests.print_support import pdf_pages

SUMMER = datetime(2026, 6, 10, 1, 30, tzinfo=UTC)  # 09:30 in Beijing, outside the season


def _form(start: datetime, hours: int = 8, **changes) -> PostingNoticeForm:
    values = dict(estate="阳光小区", building="3", reason="maintenance", starts_at=start,
                  ends_at=start + timedelta(hours=hours))
    values.update(changes)
    return PostingNoticeForm(**values)


def _notice(db, notice_id: int):
    with db.engine.connect() as conn:
        return conn.execute(select(Notice.in_season, Notice.short_notice,
                                   Notice.exception_reason)
                            .where(Notice.id == notice_id)).one()


def test_rule_5_2_1_maintenance_in_the_season_needs_a_stated_reason(db, clock, basics):
    start = clock() + timedelta(days=3)  # 29 November: inside the 15 Nov - 15 Mar season
    with pytest.raises(ValidationError) as refused:
        posting_notice(UnitOfWork(db, basics.leader, clock), _form(start))
    assert refused.value.errors == {"exception_reason": "notice.exception_reason"}
    prepared = posting_notice(UnitOfWork(db, basics.leader, clock),
                              _form(start, exception_reason=" 主管道爆裂须立即更换 "))
    assert (prepared.in_season, prepared.short_notice) == (True, False)
    assert any("说明：主管道爆裂须立即更换" in page for page in
               pdf_pages(prepared.job.render_pdf()))
    record = record_notice(UnitOfWork(db, basics.leader, clock), prepared)
    assert tuple(_notice(db, record.notice_id)) == (True, False, "主管道爆裂须立即更换")
    last = latest_notice(UnitOfWork(db, basics.agent, clock), basics.zhang.id)
    assert last is not None and last.exception_reason == "主管道爆裂须立即更换"


def test_rule_5_2_1_a_window_touching_the_season_counts_as_in_season(db, basics):
    clock = FixedClock(datetime(2026, 11, 1, 1, 30, tzinfo=UTC))
    late = datetime(2026, 11, 14, 8, 0, tzinfo=UTC)  # 16:00 on 14 Nov, ends on the 15th
    with pytest.raises(ValidationError):
        posting_notice(UnitOfWork(db, basics.leader, clock), _form(late, hours=10))
    ok = posting_notice(UnitOfWork(db, basics.leader, clock), _form(late, hours=2))
    assert not ok.in_season
    spring = FixedClock(datetime(2026, 3, 1, 1, 30, tzinfo=UTC))
    after = datetime(2026, 3, 15, 16, 0, tzinfo=UTC)  # 16 March 00:00 local: after it
    assert not posting_notice(UnitOfWork(db, basics.leader, spring), _form(after)).in_season
    with pytest.raises(ValidationError):  # 15 March 23:00 local is the season's last day
        posting_notice(UnitOfWork(db, basics.leader, spring),
                       _form(after - timedelta(hours=1)))


def test_rule_5_2_1_off_season_with_24_h_notice_needs_no_reason(db, basics):
    clock = FixedClock(SUMMER)
    prepared = posting_notice(UnitOfWork(db, basics.leader, clock), _form(
        clock() + timedelta(hours=24), exception_reason="不需要"))
    assert (prepared.in_season, prepared.short_notice, prepared.exception_reason) == (
        False, False, "")  # the norm: nothing is marked and no reason is kept or printed
    notice = _notice(db, record_notice(UnitOfWork(db, basics.leader, clock),
                                       prepared).notice_id)
    assert tuple(notice) == (False, False, "")


def test_rule_5_2_1_less_than_24_h_notice_needs_a_reason(db, basics):
    clock = FixedClock(SUMMER)
    soon = clock() + timedelta(hours=24) - timedelta(minutes=1)
    with pytest.raises(ValidationError) as refused:
        posting_notice(UnitOfWork(db, basics.leader, clock), _form(soon))
    assert set(refused.value.errors) == {"exception_reason"}
    prepared = posting_notice(UnitOfWork(db, basics.leader, clock),
                              _form(soon, exception_reason="阀门损坏"))
    assert (prepared.in_season, prepared.short_notice) == (False, True)


def test_rule_5_2_1_the_advance_notice_is_a_setting(db, basics):
    clock = FixedClock(SUMMER)
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "notice.min_advance_hours", 48)
        uow.commit()
    with pytest.raises(ValidationError):
        posting_notice(UnitOfWork(db, basics.leader, clock),
                       _form(clock() + timedelta(hours=47)))
    posting_notice(UnitOfWork(db, basics.leader, clock), _form(clock() + timedelta(hours=48)))


def test_rule_5_2_1_an_interruption_or_sampling_needs_no_reason(db, clock, basics):
    for reason in ("interruption", "sampling"):
        prepared = posting_notice(UnitOfWork(db, basics.leader, clock), _form(
            clock() + timedelta(hours=2), reason=reason))
        assert not (prepared.in_season or prepared.short_notice)


def _verified(db, contact_id: int) -> bool:
    with db.engine.connect() as conn:
        return conn.execute(select(Contact.caller_verified)
                            .where(Contact.id == contact_id)).scalar_one()


def test_rule_3_6_2_intake_records_that_the_caller_was_verified(db, clock, basics):
    form = dict(channel="phone", category="enquiry", description="询问供热开始时间",
                phone="13811112222", answer="11月15日开始供热")
    checked = save_intake(UnitOfWork(db, basics.agent, clock),
                          IntakeForm(**form, caller_verified=True))
    unchecked = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(**form))
    assert _verified(db, checked.contact_id) is True
    assert _verified(db, unchecked.contact_id) is False


def test_rule_3_6_2_answered_on_the_spot_needs_the_answer(db, clock, basics):
    with pytest.raises(ValidationError) as refused:
        save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel="phone", category="enquiry", description="询问供热开始时间",
            phone="13811112222", outcome="answered", answer="  "))
    assert refused.value.errors == {"answer": "required"}


def _order(db, clock, basics, **changes) -> int:
    values = dict(channel="letter", category="repair", description="来信：暖气漏水",
                  outcome="work_order", level=2, unit_id=basics.unit_ids[0])
    values.update(changes)
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(**values))
    assert result.ticket_id is not None
    return result.ticket_id


def test_rule_3_6_2_a_case_needs_a_way_to_reach_the_customer(db, clock, basics):
    due = clock() + timedelta(hours=4)
    unreachable = _order(db, clock, basics)  # a letter: no phone, no known customer
    with pytest.raises(ValidationError) as refused:
        open_case(UnitOfWork(db, basics.agent, clock), unreachable, basics.leader.id, due)
    assert refused.value.errors == {"contact_phone": "case.no_contact"}
    with pytest.raises(ValidationError) as refused:
        open_case(UnitOfWork(db, basics.agent, clock), unreachable, basics.leader.id, due,
                  contact_phone="12")
    assert set(refused.value.errors) == {"contact_phone"}
    view = open_case(UnitOfWork(db, basics.agent, clock), unreachable, basics.leader.id, due,
                     contact_phone="0311-87654321")
    assert view.is_case and view.phone == "031187654321"
    # a known customer has a phone and an address on file: that is enough
    known = _order(db, clock, basics, customer_id=basics.zhang.id)
    assert open_case(UnitOfWork(db, basics.agent, clock), known, basics.leader.id, due).is_case


def test_rule_3_6_2_escalation_records_whether_the_customer_accepted(db, clock, basics):
    tid = _order(db, clock, basics, channel="phone", phone="13811112222")
    with pytest.raises(ValidationError) as refused:
        escalate(UnitOfWork(db, basics.agent, clock), tid, "客户不接受答复",
                 customer_accepted="maybe")
    assert refused.value.errors == {"customer_accepted": "choice.invalid"}
    escalate(UnitOfWork(db, basics.agent, clock), tid, "客户不接受答复",
             customer_accepted="not_accepted")
    [step] = [e for e in ticket_history(UnitOfWork(db, basics.agent, clock), tid)
              if e.action == "escalate"]
    assert step.changes["customer_accepted"] == "not_accepted"
