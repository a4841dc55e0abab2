"""Messages for absent colleagues (rule 4.2(5)) on SQLite and PostgreSQL: seen at login with
the unread count, done, answered, turned into a work order, passed on at the handover, and
a leader's list of those unread too long."""

from __future__ import annotations

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.memos.inbox import inbox, mark_done, mark_read, reply, unread_at_login
from app.workflows.memos.leave import MemoForm, leave_memo
from app.workflows.memos.to_order import MemoOrderForm, memo_to_work_order
from app.workflows.memos.watch import unread_too_long
from app.workflows.shifts.handover import HandoverForm, reopen, save_handover
from app.workflows.shifts.history import handover_sheet
from tests.shift_support import seed_shifts, to_handover_time
from tests.trip_support import staff_member


def _leave(db, clock, author, **values):
    return leave_memo(UnitOfWork(db, author, clock), MemoForm(**{
        "about": "询问3号楼维修进度", "caller": "张先生", "phone": "13912345678",
        "call_back": "下午3点前", **values}))


def test_rule_4_2_message_seen_at_login_and_answered(db, clock, basics):
    memo = _leave(db, clock, basics.agent, recipient_id=basics.leader.id)
    waiting = unread_at_login(UnitOfWork(db, basics.leader, clock))
    assert [m.id for m in waiting] == [memo.id]
    assert inbox(UnitOfWork(db, basics.leader, clock)).unread == 1
    assert mark_read(UnitOfWork(db, basics.leader, clock), [memo.id]) == 1
    assert inbox(UnitOfWork(db, basics.leader, clock)).unread == 0
    assert unread_at_login(UnitOfWork(db, basics.leader, clock)) == ()
    with pytest.raises(PermissionDenied):  # only the recipient handles it
        mark_done(UnitOfWork(db, basics.agent, clock), memo.id)
    answered = reply(UnitOfWork(db, basics.leader, clock), memo.id, "已回电，明早派人")
    assert answered.done_at is not None and answered.reply == "已回电，明早派人"
    back = unread_at_login(UnitOfWork(db, basics.agent, clock))  # the reply reaches the author
    assert len(back) == 1 and back[0].about.startswith("已回电")
    mark_done(UnitOfWork(db, basics.agent, clock), back[0].id)
    assert inbox(UnitOfWork(db, basics.agent, clock), open_only=True).memos == ()


def test_message_for_a_unit_reaches_its_staff_and_becomes_an_order(db, clock, basics):
    unit = basics.unit_ids[0]
    tech = staff_member(db, clock, "3001", "孙技术", "technician", unit_id=unit)
    with pytest.raises(ValidationError) as err:
        _leave(db, clock, basics.agent, about=" ")
    assert err.value.errors == {"recipient": "required", "about": "required"}
    memo = _leave(db, clock, basics.agent, unit_id=unit)
    assert inbox(UnitOfWork(db, tech, clock)).unread == 1
    result, view = memo_to_work_order(UnitOfWork(db, tech, clock), memo.id, MemoOrderForm(
        category="repair", level=3, unit_id=unit))
    assert result.ticket_number and view.ticket_number == result.ticket_number
    assert view.done_at is not None
    with pytest.raises(ValidationError):  # one order per message
        memo_to_work_order(UnitOfWork(db, tech, clock), memo.id, MemoOrderForm(
            category="repair", level=3, unit_id=unit))


def test_leader_sees_messages_unread_too_long(db, clock, basics):
    memo = _leave(db, clock, basics.agent, recipient_id=basics.leader.id)
    assert unread_too_long(UnitOfWork(db, basics.leader, clock)) == ()
    clock.advance(minutes=61)  # setting memo.unread_alert_minutes = 60
    assert [m.id for m in unread_too_long(UnitOfWork(db, basics.leader, clock))] == [memo.id]
    with pytest.raises(PermissionDenied):
        unread_too_long(UnitOfWork(db, basics.agent, clock))


def test_rule_4_2_open_messages_are_carried_in_the_handover(db, clock, basics):
    world = seed_shifts(db, clock, basics)
    memo = _leave(db, clock, world.leader, recipient_id=world.outgoing.id)
    done = _leave(db, clock, world.leader, recipient_id=world.outgoing.id, about="已处理")
    mark_done(UnitOfWork(db, world.outgoing, clock), done.id)
    to_handover_time(clock)
    form = HandoverForm(incoming_id=world.incoming.id)
    view = save_handover(UnitOfWork(db, world.outgoing, clock), form, hand_over=True)
    mine = inbox(UnitOfWork(db, world.incoming, clock))
    assert [(m.id, m.handed_from_name) for m in mine.memos] == [(memo.id,
                                                                world.outgoing.name)]
    assert handover_sheet(UnitOfWork(db, world.outgoing, clock), view.id).page_count >= 1
    reopen(UnitOfWork(db, world.outgoing, clock), view.id)  # taken back: the message too
    assert inbox(UnitOfWork(db, world.incoming, clock)).memos == ()
    assert [m.id for m in inbox(UnitOfWork(db, world.outgoing, clock), open_only=True).memos
            ] == [memo.id]
