"""Field trips (rule 3.8): stops in walking order with the time they take, the phoned
appointment, and the feedback that moves each order on and puts the reading into the
sampling figures (rule 5.1.2); the trip report counts it all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest

from app.models.customer import Customer
from app.models.quality import SamplingPlan
from app.repositories.quality import QualityRepository
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.notices import VisitNoticeForm, record_notice, visit_notice
from app.workflows.quality.sampled_area import day_area
from app.workflows.tickets.views import load_view
from app.workflows.trips.appointment import AppointmentForm, record_appointment
from app.workflows.trips.feedback import FeedbackForm, record_feedback
from app.workflows.trips.papers import trip_papers
from app.workflows.trips.planning import Pick, TripForm, candidates, create_trip
from app.workflows.trips.report import finish_trip, trip_report, trip_report_pdf
from app.workflows.trips.walking import floor_of, natural
from tests.support import seed_basics
from tests.trip_support import staff_member

DAY = date(2026, 11, 25)  # a sampling day (rule 5.1.2), the day before the test clock


def _customer(db, clock, account, building, entrance, room):
    with UnitOfWork(db, None, clock) as uow:
        c = uow.customers.add(Customer(account_number=account, name=f"用户{account[-2:]}",
                                       estate="阳光小区", building=building,
                                       entrance=entrance, room=room,
                                       address=f"阳光小区{building}号楼{room}"))
        uow.commit()
        return c.id


def _order(db, clock, agent, customer_id, unit_id, text="暖气不热"):
    return save_intake(UnitOfWork(db, agent, clock), IntakeForm(
        channel="phone", category="repair", description=text, phone="13900000001",
        customer_id=customer_id, outcome="work_order", level=3, unit_id=unit_id)).ticket_id


@pytest.fixture
def trip_setup(db, clock):
    basics = seed_basics(db, clock)
    tech = staff_member(db, clock, "3001", "孙技术", "technician")
    unit = basics.unit_ids[0]
    far = _customer(db, clock, "T0000010", "10", "1", "1203")
    low = _customer(db, clock, "T0000011", "3", "1", "201")
    orders = {
        "zhang": _order(db, clock, basics.agent, basics.zhang.id, unit),  # 3-2-501
        "far": _order(db, clock, basics.agent, far, unit),
        "low": _order(db, clock, basics.agent, low, unit),
    }
    _order(db, clock, basics.agent, basics.li.id, unit)  # 和平里: another estate
    return basics, tech, unit, orders


def test_walking_order_reads_numbers_and_floors():
    assert floor_of("1203") == 12 and floor_of("301") == 3 and floor_of("2-502") == 5
    assert floor_of("12") == 0 and floor_of("") == 0
    assert sorted(["10", "2", "3A", "3"], key=natural) == ["2", "3", "3A", "10"]


def test_rule_3_8_stops_in_walking_order_with_time(db, clock, trip_setup):
    basics, tech, unit, orders = trip_setup
    found = candidates(UnitOfWork(db, tech, clock), DAY, unit, "阳光小区")
    assert [c.ticket_id for c in found.rows] == [orders["low"], orders["zhang"], orders["far"]]
    view = create_trip(UnitOfWork(db, tech, clock), TripForm(
        day=DAY, unit_id=unit, estate="阳光小区", technician_id=tech.id,
        picks=[Pick(c.kind, c.customer_id, c.ticket_id) for c in reversed(found.rows)]))
    assert [(s.position, s.building, s.entrance, s.floor) for s in view.stops] == [
        (1, "3", "1", 2), (2, "3", "2", 5), (3, "10", "1", 12)]
    # 3 stops x 20 min + one walk to building 10 (5 min), settings trip.*
    assert (view.estimate.stops, view.estimate.buildings, view.estimate.minutes) == (3, 2, 65)
    # an order on a planned trip is not offered again
    again = candidates(UnitOfWork(db, tech, clock), DAY, unit, "阳光小区")
    assert not {c.ticket_id for c in again.rows} & set(orders.values())


def test_agent_may_not_plan_a_trip(db, clock, trip_setup):
    basics, _tech, unit, orders = trip_setup
    with pytest.raises(PermissionDenied):
        create_trip(UnitOfWork(db, basics.agent, clock), TripForm(
            day=DAY, unit_id=unit, picks=[Pick("order", basics.zhang.id, orders["zhang"])]))


def test_rule_3_8_appointment_feedback_moves_orders_and_reading_counts(db, clock, trip_setup):
    basics, tech, unit, orders = trip_setup
    found = candidates(UnitOfWork(db, tech, clock), DAY, unit, "阳光小区")
    view = create_trip(UnitOfWork(db, tech, clock), TripForm(
        day=DAY, unit_id=unit, technician_id=tech.id,
        picks=[Pick(c.kind, c.customer_id, c.ticket_id) for c in found.rows]))
    low, zhang, far = view.stops
    with pytest.raises(ValidationError) as err:
        record_appointment(UnitOfWork(db, tech, clock), low.id, AppointmentForm("agreed"))
    assert err.value.errors == {"reached_name": "required", "agreed_at": "required"}
    agreed = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
    view = record_appointment(UnitOfWork(db, tech, clock), low.id, AppointmentForm(
        "agreed", reached_name="用户本人", agreed_at=agreed))
    view = record_appointment(UnitOfWork(db, tech, clock), far.id,
                              AppointmentForm("not_reached", note="无人接听"))
    assert [s.appointment for s in view.stops] == ["agreed", "not_called", "not_reached"]
    assert view.stops[0].reached_name == "用户本人" and view.stops[0].agreed_at == agreed

    before = day_area(UnitOfWork(db, tech, clock), DAY).measured_homes
    record_feedback(UnitOfWork(db, tech, clock), low.id, FeedbackForm(
        "resolved", found="阀门关闭", done="打开阀门，排气", temperature="18.5",
        measured_room="客厅", measured_time="10:20", confirmed_by="用户本人", satisfied=True,
        photos="IMG_0001.jpg\nIMG_0002.jpg"))
    record_feedback(UnitOfWork(db, tech, clock), zhang.id, FeedbackForm(
        "needs_part", found="散热器阀门损坏", reason="等待配件到货",
        follow_up="更换单元阀门", follow_up_category="repair"))
    view = record_feedback(UnitOfWork(db, tech, clock), far.id, FeedbackForm(
        "nobody_home", reason="上门无人在家"))
    with UnitOfWork(db, tech, clock) as uow:
        assert load_view(uow, orders["low"]).status == "resolved"
        assert load_view(uow, orders["low"]).resolution == "打开阀门，排气"
        assert load_view(uow, orders["zhang"]).paused_at is not None
        assert load_view(uow, orders["far"]).paused_at is not None
    # rule 5.1.2: the reading is a room sample of that day
    assert day_area(UnitOfWork(db, tech, clock), DAY).measured_homes == before + 1
    assert view.stops[0].indoor_temperature is not None
    assert view.stops[1].follow_up_number.startswith("GD")
    with pytest.raises(ValidationError) as err:  # entered once
        record_feedback(UnitOfWork(db, tech, clock), far.id, FeedbackForm(
            "nobody_home", reason="again"))
    assert err.value.errors == {"outcome": "stop.feedback_done"}

    report = trip_report(UnitOfWork(db, tech, clock), view.head.id)
    f = report.figures
    assert (f.stops, f.done, f.not_reached, f.problems, f.resolved, f.follow_ups,
            f.readings, f.satisfied) == (3, 2, 1, 2, 1, 1, 1, 1)
    finish_trip(UnitOfWork(db, tech, clock), view.head.id)
    assert trip_report_pdf(UnitOfWork(db, tech, clock), view.head.id).startswith(b"%PDF")


def test_a_reading_on_another_day_is_refused_and_the_order_stays(db, clock, trip_setup):
    basics, tech, unit, orders = trip_setup
    view = create_trip(UnitOfWork(db, tech, clock), TripForm(
        day=date(2026, 11, 24), unit_id=unit,
        picks=[Pick("order", basics.zhang.id, orders["zhang"])]))
    with pytest.raises(ValidationError) as err:
        record_feedback(UnitOfWork(db, tech, clock), view.stops[0].id, FeedbackForm(
            "resolved", done="修好", temperature="19", measured_room="客厅",
            measured_time="10:00"))
    assert err.value.errors == {"temperature": "date.not_sampling_day"}
    with UnitOfWork(db, tech, clock) as uow:
        assert load_view(uow, orders["zhang"]).status == "new"


def test_announced_visits_and_sampling_homes_are_candidates(db, clock, trip_setup):
    basics, tech, unit, orders = trip_setup
    with UnitOfWork(db, tech, clock) as uow:
        plan = SamplingPlan(sampling_date=DAY, season="2026-2027", seed=1,
                            total_area=Decimal("1000"), sampled_area=Decimal("89.5"),
                            created_at=clock())
        uow.repo(QualityRepository).add_plan(plan, [basics.li.id])
        uow.commit()
    start = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)
    for ticket in (orders["zhang"], None):  # a notice for a listed order, one for a household
        prepared = visit_notice(UnitOfWork(db, tech, clock), VisitNoticeForm(
            ticket_id=ticket, customer_id=None if ticket else _customer_of(db, clock, orders["far"]),
            starts_at=start, ends_at=start + timedelta(hours=1)))
        record_notice(UnitOfWork(db, tech, clock), prepared)
    found = candidates(UnitOfWork(db, tech, clock), DAY, None, "")
    assert [c.kind for c in found.rows if c.customer_id == basics.li.id] == [
        "order", "sampling"]
    later = candidates(UnitOfWork(db, tech, clock), date(2026, 11, 27), unit, "")
    assert [c.kind for c in later.rows].count("visit") == 1  # the order's notice is its stop
    assert sum(c.ticket_id == orders["zhang"] for c in later.rows) == 1


def _customer_of(db, clock, ticket_id):
    with UnitOfWork(db, None, clock) as uow:
        return uow.tickets.get(ticket_id).customer_id


def test_trip_prints_route_sheet_and_every_visit_notice(db, clock, trip_setup):
    basics, tech, unit, orders = trip_setup
    view = create_trip(UnitOfWork(db, tech, clock), TripForm(
        day=date(2026, 11, 27), unit_id=unit, technician_id=tech.id,
        picks=[Pick("order", basics.zhang.id, orders["zhang"]),
               Pick("sampling", basics.li.id)]))
    papers = trip_papers(UnitOfWork(db, tech, clock), view.head.id)
    assert papers.page_count == papers.route_pages + 2
    assert len(papers.notices) == 2
    assert papers.job.render_pdf().startswith(b"%PDF")
