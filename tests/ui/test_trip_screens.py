"""The field-trip window (rule 3.8): households found in walking order, a trip made of the
ticked ones, the phone result and the feedback entered through the dialogs, the papers
previewed as one job; an agent is not offered the window."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime

from app.repositories.uow import UnitOfWork
from app.ui import features
from app.ui.trips import install as trips_install
from app.ui.trips.planner_window import TripWindow
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.views import load_view
from tests.trip_support import staff_member
from tests.ui.intake_support import settle


def _orders(db, clock, basics):
    ids = []
    for customer in (basics.li.id, basics.zhang.id):
        ids.append(save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel="phone", category="repair", description="暖气漏水", phone="13900000001",
            customer_id=customer, outcome="work_order", level=3,
            unit_id=basics.unit_ids[0])).ticket_id)
    return ids


def test_plan_phone_feedback_and_print_a_trip(qtbot, db, clock, desk, basics):
    tech = staff_member(db, clock, "3001", "孙技术", "technician")
    ids = _orders(db, clock, basics)
    window = TripWindow(desk.signed_in(tech))
    qtbot.addWidget(window)
    settle(qtbot)
    panel = window.candidates
    panel.day.setDate(QDate(2026, 11, 25))
    panel.search()
    settle(qtbot)
    # walking order: 和平里 before 阳光小区 (estate first), not order numbers
    assert panel.table.rowCount() == 2
    assert panel.table.item(0, 4).text() == f"GD{ids[0]:08d}"
    panel.make_trip()
    settle(qtbot)
    assert panel.general.text() == "Tick at least one household."
    panel.tick_all()
    panel.make_trip()
    settle(qtbot)
    trip = window.trip
    assert trip.view is not None and len(trip.view.stops) == 2
    assert trip.table.rowCount() == 2 and trip.estimate.text()

    trip.table.selectRow(1)
    trip.phone_result()
    dialog = trip.dialog
    dialog.reached.setText("张伟")
    dialog.at.setTime(QTime(14, 30))
    dialog.save()
    settle(qtbot)
    assert trip.view.stops[1].appointment == "agreed"

    trip.table.selectRow(1)
    trip.feedback()
    dialog = trip.dialog
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("resolved"))
    dialog.save()
    settle(qtbot)
    assert dialog.errors.visible_texts().keys() == {"done"}  # what was done is required
    dialog.done_edit.setPlainText("更换阀门")
    dialog.confirmed.setText("张伟")
    dialog.satisfied.setCurrentIndex(1)
    dialog.save()
    settle(qtbot)
    assert trip.view.stops[1].outcome == "resolved"
    with UnitOfWork(db, tech, clock) as uow:
        assert load_view(uow, ids[1]).status == "resolved"

    trip.table.selectRow(0)
    trip.remove()  # the stop not visited comes off; the other keeps its place
    settle(qtbot)
    assert [s.position for s in trip.view.stops] == [1]
    assert trip.view.stops[0].outcome == "resolved"

    trip.print_trip()
    settle(qtbot)
    preview = trip.dialog
    assert preview.job.page_count >= 2  # route sheet + a notice per stop
    preview.reject()


def test_the_trip_window_is_not_offered_to_an_agent(basics):
    assert trips_install.TRIP_WINDOW is not None
    keys = {a.key for a in features.available_to(basics.agent.role)}
    assert "trips.window" not in keys
    assert "trips.window" in {a.key for a in features.available_to("technician")}
