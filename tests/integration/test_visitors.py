"""Walk-in visitors (rule 3.7.2) on SQLite and PostgreSQL: the matter is a contact of the
channel VISIT written by the intake workflow with the visitor's record in the same
transaction; the summary report counts them by month and day."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.models.contact import Contact
from app.models.visitors import Visitor
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.reports.registry import get_report
from app.workflows.reports.season import Season
from app.workflows.visitors.reception import VisitorForm, receive_visitor, visitors_on
from tests.trip_support import staff_member


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def test_rule_3_7_2_visit_recorded_like_a_call_with_the_visitor(db, clock, basics):
    arrived = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
    saved = receive_visitor(UnitOfWork(db, basics.agent, clock), VisitorForm(
        name="张伟", party=2, category="complaint", description="家里暖气不热",
        account_number="R00000001", arrived_at=arrived, outcome="work_order", level=3,
        unit_id=basics.unit_ids[0], given=["供热收费政策"], follow_up="明天上门测温"))
    assert saved.intake.ticket_number is not None
    # rule 5.2.2: the deadline runs from the visitor's arrival
    assert saved.intake.due_at == arrived + timedelta(hours=24)  # level 3
    lines = visitors_on(UnitOfWork(db, basics.agent, clock), date(2026, 11, 26))
    assert [(v.name, v.party, v.account_number, v.category, v.given, v.ticket_number)
            for v in lines] == [("张伟", 2, "R00000001", "complaint", ("供热收费政策",),
                                 saved.intake.ticket_number)]
    with UnitOfWork(db, None, clock) as uow:
        contact = uow.session.get(Contact, saved.intake.contact_id)
        assert contact.channel == "visit" and contact.customer_id == basics.zhang.id


def test_bad_visit_writes_nothing(db, clock, basics):
    before = (_count(db, Contact), _count(db, Visitor))
    with pytest.raises(ValidationError) as err:
        receive_visitor(UnitOfWork(db, basics.agent, clock), VisitorForm(
            name="", category="enquiry", description="问收费", given=["不存在的材料"]))
    assert err.value.errors == {"name": "required", "answer": "required",
                                "given": "choice.invalid"}
    with pytest.raises(ValidationError):  # an unknown account: intake refuses, nothing kept
        receive_visitor(UnitOfWork(db, basics.agent, clock), VisitorForm(
            name="王", category="enquiry", description="问收费", answer="已解释",
            account_number="NOPE"))
    assert (_count(db, Contact), _count(db, Visitor)) == before


def test_technician_does_not_receive_visitors(db, clock, basics):
    tech = staff_member(db, clock, "3001", "孙技术", "technician")
    with pytest.raises(PermissionDenied):
        receive_visitor(UnitOfWork(db, tech, clock), VisitorForm(
            name="王", category="enquiry", description="问收费", answer="已解释"))


def test_visitor_summary_by_month_and_day(db, clock, basics):
    for hour in (0, 1):
        receive_visitor(UnitOfWork(db, basics.agent, clock), VisitorForm(
            name="访客", category="enquiry", description="问收费", answer="已解释",
            arrived_at=datetime(2026, 11, 26, hour, 0, tzinfo=UTC)))
    season = Season("2026-2027", date(2026, 11, 15), date(2027, 3, 15))
    months, days = get_report("visitors").build(UnitOfWork(db, basics.agent, clock), season)
    assert months.tables[0].rows[0] == ["2026-11", 2, 2, 2, 0, 0, 0]
    assert days.tables[0].rows == [["2026-11-26", 2, 2, 2, 0, 0, 0]]
