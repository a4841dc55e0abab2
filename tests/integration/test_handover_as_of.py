"""A handover shows what was carried over when it was written (rules 3.4.2, 3.4.3).

The carried-over orders are frozen with the handover when it is handed over; an order that
the outgoing agent received after that moment is not in it: not in the dialog's view, not
in the history's detail, not on the printed sheet. That holds for an order received after
the signature (the ordinary case) and for one whose row was written before the handover
but is dated after it (a desk whose clock runs ahead; the demo writes its year of orders
before its past handovers). On SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from pypdf import PdfReader

from app.models.ticket import format_ticket_number
from app.repositories.uow import UnitOfWork
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.shifts.handover import HandoverForm, open_draft, save_handover
from app.workflows.shifts.history import handover_detail, handover_sheet_pdf, search_handovers
from app.workflows.shifts.signoff import Signature, sign_handover
from tests.shift_support import INCOMING_PASSWORD, seed_shifts, to_handover_time


def _order(db, actor, clock, unit_id: int, text: str) -> int:
    result = save_intake(UnitOfWork(db, actor, clock), IntakeForm(
        channel="phone", category="repair", description=text, phone="13811112222",
        outcome="work_order", level=3, unit_id=unit_id))
    assert result.ticket_id is not None
    return result.ticket_id


def _sheet_text(db, actor, clock, handover_id: int) -> str:
    pdf = handover_sheet_pdf(UnitOfWork(db, actor, clock), handover_id)
    return "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def test_orders_received_after_the_handover_are_not_in_it(db, clock, basics):
    world = seed_shifts(db, clock, basics)
    unit = basics.unit_ids[0]
    to_handover_time(clock)
    handed_at = clock()
    # written before the handover, received two hours after it (a clock running ahead)
    clock.now = handed_at + timedelta(hours=2)
    ahead = _order(db, world.outgoing, clock, unit, "时钟超前的坐席录入的工单")
    clock.now = handed_at

    draft = open_draft(UnitOfWork(db, world.outgoing, clock))
    assert ahead not in {c.ticket.ticket_id for c in draft.carryover}
    view = save_handover(UnitOfWork(db, world.outgoing, clock),
                         HandoverForm(incoming_id=world.incoming.id, notes="交班"),
                         hand_over=True)
    carried = {c.ticket_id for c in view.carryovers}
    assert carried == {world.overdue_id, world.callback_id, world.open_id}
    clock.advance(minutes=5)
    sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                  Signature("1002", INCOMING_PASSWORD), carried)

    # after the signature the outgoing agent receives another order
    clock.advance(minutes=30)
    later = _order(db, world.outgoing, clock, unit, "交班后收到的工单")
    clock.advance(hours=3)

    detail = handover_detail(UnitOfWork(db, world.incoming, clock), view.id)
    assert {c.ticket_id for c in detail.carryovers} == carried
    assert all(c.acknowledged_at is not None for c in detail.carryovers)
    assert [h.id for h in search_handovers(UnitOfWork(db, world.incoming, clock))] == [view.id]
    text = _sheet_text(db, world.incoming, clock, view.id)
    assert format_ticket_number(world.open_id) in text
    for ticket_id in (ahead, later):
        assert format_ticket_number(ticket_id) not in text
    # the outgoing agent's next handover does carry both
    draft = open_draft(UnitOfWork(db, world.outgoing, clock))
    assert {ahead, later} <= {c.ticket.ticket_id for c in draft.carryover}
