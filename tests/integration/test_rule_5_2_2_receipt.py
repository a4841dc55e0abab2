"""Rule 5.2.2 to the letter: deadlines from when the centre had the call, who may pause and
grade, and an important customer below level 1 only as a visible override (SQLite and
PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.settings import save_setting
from app.workflows.tickets.detail import ticket_detail
from app.workflows.tickets.edits import edit_details
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.pause import pause, resume
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import new_ticket, technician


def _order(db, clock, basics, **kw):
    values = dict(channel="phone", category="repair", description="暖气不热",
                  phone="13912345678", customer_id=basics.zhang.id, outcome="work_order",
                  level=1, unit_id=basics.unit_ids[0])
    values.update(kw)
    return save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(**values))


def test_rule_5_2_2_deadline_runs_from_the_ring_not_the_save(db, clock, basics):
    rang = clock() - timedelta(minutes=5)  # rang at T, answered 20 s later, saved at T + 5 min
    result = _order(db, clock, basics, rang_at=rang, answered_at=rang + timedelta(seconds=20))
    assert result.due_at == rang + timedelta(hours=2)
    view = get_ticket(UnitOfWork(db, basics.agent, clock), result.ticket_id)
    assert view.received_at == rang


def test_rule_5_2_2_answer_without_ring_and_letter_received_time(db, clock, basics):
    answered = clock() - timedelta(minutes=3)
    by_answer = _order(db, clock, basics, level=2, answered_at=answered)
    assert by_answer.due_at == answered + timedelta(hours=8)
    arrived = clock() - timedelta(hours=20)  # a letter opened this morning, saved now
    letter = _order(db, clock, basics, channel="letter", phone="", level=3, received_at=arrived)
    assert letter.due_at == arrived + timedelta(hours=24)
    nothing_known = _order(db, clock, basics, channel="visit", phone="", level=3)
    assert nothing_known.due_at == clock() + timedelta(hours=24)
    with pytest.raises(ValidationError) as refused:
        _order(db, clock, basics, channel="letter", received_at=clock() + timedelta(hours=1))
    assert refused.value.errors == {"received_at": "time.order"}


def test_rule_5_2_2_pause_roles_are_a_setting(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=2)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    assert ticket_detail(agent(), tid).may_pause  # default: the desk may pause
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "ticket.pause_roles", ["technician", "shift_leader"])
        uow.commit()
    assert not ticket_detail(agent(), tid).may_pause
    with pytest.raises(PermissionDenied):
        pause(agent(), tid, "客户不在家")
    tech = technician(db, clock)
    pause(UnitOfWork(db, tech, clock), tid, "客户不在家")
    with pytest.raises(PermissionDenied):
        resume(agent(), tid)
    assert resume(UnitOfWork(db, basics.leader, clock), tid).paused_at is None


def test_rule_5_2_2_the_executing_units_grade(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=2)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    detail = ticket_detail(agent(), tid)
    assert not detail.may_grade
    with pytest.raises(PermissionDenied):  # an agent may not make an order less urgent
        edit_details(agent(), tid, detail.version, level=3)
    raised = edit_details(agent(), tid, detail.version, level=1)  # but may raise it
    assert raised.level == 1
    tech = technician(db, clock)
    assert ticket_detail(UnitOfWork(db, tech, clock), tid).may_grade
    graded = edit_details(UnitOfWork(db, tech, clock), tid, raised.version, level=3)
    assert graded.due_at == graded.received_at + timedelta(hours=24)
    with UnitOfWork(db, basics.leader, clock) as uow:
        save_setting(uow, "ticket.level_raise_roles", ["shift_leader"])
        uow.commit()
    with pytest.raises(PermissionDenied):
        edit_details(agent(), tid, graded.version, level=2)


def test_rule_5_2_2_important_customer_below_level_one_is_a_visible_override(
        db, clock, basics):
    with UnitOfWork(db, basics.agent, clock) as uow:  # the contract says level 3
        uow.session.execute(__import__("sqlalchemy").text(
            "UPDATE customer SET contract_level = 3 WHERE id = :id"), {"id": basics.li.id})
        uow.commit()
    result = _order(db, clock, basics, customer_id=basics.li.id, phone="13811112222", level=3)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    override = [h for h in ticket_history(agent(), result.ticket_id)
                if h.action == "level_override"]
    assert len(override) == 1
    assert override[0].actor_name == "王芳"
    assert override[0].changes["level"] == [1, 3]
    assert override[0].note == "contract level 3"
    detail = ticket_detail(agent(), result.ticket_id)
    assert detail.level_override == "contract level 3"
    level_one = _order(db, clock, basics, customer_id=basics.li.id, phone="13811112222")
    assert ticket_detail(agent(), level_one.ticket_id).level_override == ""
    tech = technician(db, clock)
    with pytest.raises(ValidationError) as refused:  # later grading needs a reason
        edit_details(UnitOfWork(db, tech, clock), level_one.ticket_id,
                     detail.version, level=2)
    assert refused.value.errors == {"level_reason": "required"}
    regraded = edit_details(UnitOfWork(db, tech, clock), level_one.ticket_id, 1, level=2,
                            level_reason="现场查看:单户阀门,不影响医院供暖")
    assert regraded.level == 2
    shown = ticket_detail(agent(), level_one.ticket_id)
    assert shown.level_override == "现场查看:单户阀门,不影响医院供暖"
    entry = shown.level_override_entry
    assert entry is not None and entry.actor_name == "刘师傅"
