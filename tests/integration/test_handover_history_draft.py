"""The handover history window reads a DRAFT handover with the orders its dialog and its
printed sheet list (carryover_for of the author, now), not its empty snapshot (issue 12).
On the demo's data, SQLite and PostgreSQL."""

from __future__ import annotations

from app.clock import FixedClock
from app.workflows.auth import login
from app.workflows.desk import Desk
from app.workflows.shifts.handover import HandoverForm, carryover_for, save_handover
from app.workflows.shifts.history import handover_detail
from tests.demo_support import DEMO_NOW, DemoCopy


def test_a_drafts_detail_lists_the_orders_its_dialog_lists(demo_copy: DemoCopy) -> None:
    desk = Desk(db=demo_copy.db, clock=FixedClock(DEMO_NOW))  # a fresh demo, as made
    leader = login(desk.uow(), "2001", "demo2001")
    draft = save_handover(desk.signed_in(leader).uow(), HandoverForm(notes="草稿，未交班"))
    assert draft.status == "draft" and not draft.carryovers  # attached only at hand-over
    view = handover_detail(desk.signed_in(leader).uow(), draft.id)
    with desk.signed_in(leader).uow() as uow:
        listed = [c.ticket.number for c in carryover_for(uow, leader.id)]
    assert listed
    assert [c.number for c in view.carryovers] == listed
