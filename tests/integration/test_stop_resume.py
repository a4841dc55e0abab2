"""Stop and resume heating (报停/复热): window, eligibility, the field-check order, the
state in the screen pop and on the card, and the list per estate for the field units."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from app.clock import FixedClock
from app.repositories.uow import UnitOfWork
from app.workflows.customers.contracts import ContractForm, save_contract
from app.workflows.customers.lists_export import export_stop_list
from app.workflows.customers.record import load_record, save_record
from app.workflows.customers.stop_list import stop_list
from app.workflows.customers.stop_resume import (
    StopForm,
    apply_stop_resume,
    cancel_application,
    stop_status,
)
from app.workflows.desk import Desk
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.screen_pop import pop_by_phone
from app.workflows.tickets.lifecycle import dispatch, resolve, start
from app.workflows.tickets.views import load_view
from tests.support import seed_basics

IN_WINDOW = FixedClock(datetime(2026, 10, 10, 2, 0, tzinfo=UTC))  # window 09-01..11-10


@pytest.fixture
def desk_data(db):
    return seed_basics(db, IN_WINDOW)


def _field_check_done(db, basics, ticket_id: int) -> None:
    """The field unit seals (or opens) the valve and resolves the order."""
    uow = UnitOfWork(db, basics.leader, IN_WINDOW)
    dispatch(uow, ticket_id, basics.unit_ids[0])
    start(UnitOfWork(db, basics.leader, IN_WINDOW), ticket_id)
    resolve(UnitOfWork(db, basics.leader, IN_WINDOW), ticket_id, "已关阀加封", "customer")


def test_stop_then_resume_lifecycle(db, desk_data):
    basics = desk_data
    status = stop_status(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id)
    assert status.state == "heating" and status.window is not None
    assert status.window.season == 2026 and status.problems == {"resume": "stop.not_stopped"}
    stop = apply_stop_resume(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id,
                             StopForm("stop", basics.unit_ids[0], "外出过冬", "13912345678"))
    assert (stop.kind, stop.status, stop.season) == ("stop", "pending", 2026)
    assert stop.ticket_id is not None and stop.ticket_number
    with UnitOfWork(db, basics.agent, IN_WINDOW) as uow:
        order = load_view(uow, stop.ticket_id)
    assert order.category == "contract" and "报停" in order.description
    assert order.level == 3  # a planned visit (setting archive.valve_order_level)
    pop = pop_by_phone(UnitOfWork(db, basics.agent, IN_WINDOW), "13912345678")
    assert pop.card is not None and pop.card.heating_state == "stop_pending"
    with pytest.raises(ValidationError) as err:  # one application at a time
        apply_stop_resume(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id,
                          StopForm("stop", basics.unit_ids[0], "", "13912345678"))
    assert err.value.errors == {"kind": "stop.pending"}

    _field_check_done(db, basics, stop.ticket_id)
    pop = pop_by_phone(UnitOfWork(db, basics.agent, IN_WINDOW), "13912345678")
    assert pop.card is not None and pop.card.heating_state == "stopped"
    listed = stop_list(UnitOfWork(db, basics.leader, IN_WINDOW), 2026, "阳光小区")
    assert [(line.account_number, line.kind, line.status) for line in listed.lines] == [
        ("R00000001", "stop", "done")]
    assert listed.estates == ("阳光小区",)

    resume = apply_stop_resume(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id,
                               StopForm("resume", basics.unit_ids[0], "提前回家",
                                        "13912345678"))
    assert resume.ticket_id is not None
    _field_check_done(db, basics, resume.ticket_id)
    after = stop_status(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id)
    assert after.state == "heating" and [a.kind for a in after.applications] == [
        "resume", "stop"]


def test_refusals_name_the_reason_and_write_nothing(db, desk_data):
    basics = desk_data
    record = load_record(UnitOfWork(db, basics.leader, IN_WINDOW), basics.li.id)
    save_record(UnitOfWork(db, basics.leader, IN_WINDOW), basics.li.id,
                replace(record.form(), own_shutoff=False), record.version)
    status = stop_status(UnitOfWork(db, basics.agent, IN_WINDOW), basics.li.id)
    assert status.problems["stop"] == "stop.no_own_shutoff"
    save_contract(UnitOfWork(db, basics.leader, IN_WINDOW), basics.zhang.id,
                  ContractForm(season="2026-2027", status="arrears"))
    with pytest.raises(ValidationError) as err:
        apply_stop_resume(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id,
                          StopForm("stop", basics.unit_ids[0], "", "13912345678"))
    assert err.value.errors == {"kind": "stop.arrears"}
    late = FixedClock(datetime(2026, 11, 26, 2, 0, tzinfo=UTC))  # the window has closed
    status = stop_status(UnitOfWork(db, basics.agent, late), basics.li.id)
    assert status.window is None and status.problems["stop"] == "stop.outside_window"
    assert status.next_window.first.isoformat() == "2027-09-01"
    with pytest.raises(PermissionDenied, match="archive.stop_resume"):
        apply_stop_resume(UnitOfWork(db, _technician(db), IN_WINDOW), basics.li.id,
                          StopForm("stop", basics.unit_ids[0], "", "13811112222"))
    assert stop_list(UnitOfWork(db, basics.leader, IN_WINDOW), 2026).lines == ()


def _technician(db):
    from tests.quality_data import technician
    return technician(db, IN_WINDOW)


def test_a_season_window_setting_and_withdrawing_an_application(db, desk_data):
    basics = desk_data
    from app.workflows.settings import save_setting
    with UnitOfWork(db, basics.leader, IN_WINDOW) as uow:  # this season: until 2026-10-01
        save_setting(uow, "archive.stop_windows", {"2026-2027": ["2026-09-15", "2026-10-01"]})
        uow.commit()
    status = stop_status(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id)
    assert status.window is None
    with UnitOfWork(db, basics.leader, IN_WINDOW) as uow:
        save_setting(uow, "archive.stop_windows", {"2026-2027": ["2026-09-15", "2026-10-31"]})
        uow.commit()
    stop = apply_stop_resume(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id,
                             StopForm("stop", basics.unit_ids[0], "", "13912345678"))
    cancel_application(UnitOfWork(db, basics.agent, IN_WINDOW), stop.id, stop.version)
    status = stop_status(UnitOfWork(db, basics.agent, IN_WINDOW), basics.zhang.id)
    assert status.state == "heating" and status.applications[0].status == "cancelled"
    desk = Desk(db=db, clock=IN_WINDOW, actor=basics.leader)
    data = export_stop_list(desk, 2026, "", "xlsx")
    assert data[:2] == b"PK"
