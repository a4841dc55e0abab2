"""Work-order lifecycle on SQLite and PostgreSQL (rules 2.5, 2.6, 3.6.2, 5.2.2, 5.3.1)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.case import open_case
from app.workflows.tickets.claim import claim
from app.workflows.tickets.errors import IllegalTransition
from app.workflows.tickets.escalation import escalate
from app.workflows.tickets.history import ticket_history
from app.workflows.tickets.lifecycle import close, dispatch, follow_up, reopen, resolve, start
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count, new_ticket, technician


def test_whole_road_each_step_an_event_with_actor_and_time(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    tech = technician(db, clock)
    agent = lambda: UnitOfWork(db, basics.agent, clock)  # noqa: E731
    dispatch(agent(), tid, basics.unit_ids[1])
    clock.advance(minutes=5)
    claim(UnitOfWork(db, tech, clock), tid)
    start(UnitOfWork(db, tech, clock), tid)
    clock.advance(hours=2)
    done = resolve(UnitOfWork(db, tech, clock), tid, "更换阀门,室温恢复到20度", "company")
    assert done.status == "resolved" and done.resolved_at == clock()
    assert done.callback_due_at == clock() + timedelta(hours=24)  # rule 2.5: callback queued
    result = record_callback(agent(), tid, reached=True, satisfaction="satisfied",
                             words="师傅很负责")
    # rule 2.5: a satisfied callback ends the matter: callback → closed in one go
    assert not result.reopened and result.ticket.status == "closed"
    assert result.ticket.closed_at == clock() and result.ticket.callback_due_at is None

    history = ticket_history(agent(), tid)
    assert [h.action for h in history] == [
        "create", "dispatch", "claim", "start", "resolve", "callback", "close"]
    assert [h.actor_name for h in history[2:5]] == ["刘师傅"] * 3
    assert history[1].changes["unit_id"] == [basics.unit_ids[0], basics.unit_ids[1]]
    assert history[5].changes["satisfaction"] == "satisfied"
    assert history[5].note == "师傅很负责"
    assert history[2].at == history[1].at + timedelta(minutes=5)


@pytest.mark.parametrize("step", ["resolve", "close", "callback", "start", "reopen"])
def test_illegal_transitions_are_refused_and_write_nothing(db, clock, basics, step):
    tid = new_ticket(db, clock, basics)  # status new
    uow = UnitOfWork(db, basics.agent, clock)
    before = (get_ticket(UnitOfWork(db, basics.agent, clock), tid), event_count(db))
    calls = {
        "resolve": lambda: resolve(uow, tid, "done", "company"),
        "close": lambda: close(uow, tid),
        "callback": lambda: record_callback(uow, tid, reached=True, satisfaction="satisfied"),
        "start": lambda: start(uow, tid),
        "reopen": lambda: reopen(uow, tid, "again"),
    }
    with pytest.raises(IllegalTransition) as err:
        calls[step]()
    assert err.value.status == "new"
    assert (get_ticket(UnitOfWork(db, basics.agent, clock), tid), event_count(db)) == before


def test_resolution_needs_text_and_attribution(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    before = event_count(db)
    with pytest.raises(ValidationError) as err:
        resolve(UnitOfWork(db, basics.agent, clock), tid, "  ", "undetermined")
    assert err.value.errors == {"resolution": "required", "responsibility": "required"}
    with pytest.raises(ValidationError) as err:  # rule 5.2.2: the third party is named
        resolve(UnitOfWork(db, basics.agent, clock), tid, "燃气公司施工挖断管道", "third_party")
    assert err.value.errors == {"third_party": "required"}
    assert event_count(db) == before
    assert get_ticket(UnitOfWork(db, basics.agent, clock), tid).status == "dispatched"


def test_third_party_cause_is_recorded_and_followed(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    view = resolve(UnitOfWork(db, basics.agent, clock), tid, "协助抢修,已恢复供热",
                   "third_party", third_party="市政燃气公司")
    assert (view.responsibility, view.third_party) == ("third_party", "市政燃气公司")
    called = record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=True,
                             satisfaction="basically_satisfied", words="暖气热了")
    # rule 5.2.2: the third party's part is still followed, so the order is not closed yet
    assert called.ticket.status == "callback_done" and called.ticket.closed_at is None
    follow_up(UnitOfWork(db, basics.agent, clock), tid, "燃气公司已通过生产信息系统回报调度中心")
    last = ticket_history(UnitOfWork(db, basics.agent, clock), tid)[-1]
    assert last.action == "follow_up" and "调度中心" in last.note
    assert close(UnitOfWork(db, basics.agent, clock), tid).status == "closed"


@pytest.mark.parametrize("level", ["dissatisfied", "very_dissatisfied"])
def test_not_satisfied_at_callback_reopens_with_fresh_deadline(db, clock, basics, level):
    tid = new_ticket(db, clock, basics, level=2)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    resolve(UnitOfWork(db, basics.agent, clock), tid, "已处理", "company")
    clock.advance(hours=30)
    result = record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=True,
                             satisfaction=level, words="还是不热")
    assert result.reopened
    t = result.ticket
    assert t.status == "dispatched" and t.resolved_at is None and t.callback_due_at is None
    assert t.due_at == clock() + timedelta(hours=8)  # rule 5.2.2: level 2, from reopening
    actions = [h.action for h in ticket_history(UnitOfWork(db, basics.agent, clock), tid)]
    assert actions[-2:] == ["callback", "reopen"]


def test_callback_not_reached_stays_awaiting_and_refuses_a_satisfaction(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    dispatch(UnitOfWork(db, basics.agent, clock), tid, basics.unit_ids[0])
    resolve(UnitOfWork(db, basics.agent, clock), tid, "已处理", "customer")
    with pytest.raises(ValidationError) as err:
        record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=False,
                        satisfaction="satisfied")
    assert err.value.errors == {"satisfaction": "satisfaction.not_reached"}
    with pytest.raises(ValidationError) as err:
        record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=True)
    assert err.value.errors == {"satisfaction": "required"}
    result = record_callback(UnitOfWork(db, basics.agent, clock), tid, reached=False)
    assert result.ticket.status == "resolved" and not result.reopened


def test_case_has_holder_and_callback_called_at_once_when_solved(db, clock, basics):
    tid = new_ticket(db, clock, basics, level=3)
    due = clock() + timedelta(days=2)
    with pytest.raises(ValidationError) as err:
        open_case(UnitOfWork(db, basics.agent, clock), tid, 99999, clock() - timedelta(1))
    assert set(err.value.errors) == {"holder", "callback_due_at"}
    case = open_case(UnitOfWork(db, basics.agent, clock), tid, basics.leader.id, due)
    assert case.is_case and case.assignee_name == "赵强" and case.callback_due_at == due
    dispatch(UnitOfWork(db, basics.leader, clock), tid, basics.unit_ids[0])
    clock.advance(hours=5)
    solved = resolve(UnitOfWork(db, basics.leader, clock), tid, "政策已明确,答复客户",
                     "company")
    assert solved.callback_due_at == clock()  # rule 3.6.2(3): call the customer at once


def test_escalation_needs_a_reason(db, clock, basics):
    tid = new_ticket(db, clock, basics)
    with pytest.raises(ValidationError) as err:
        escalate(UnitOfWork(db, basics.agent, clock), tid, " ")
    assert err.value.errors == {"reason": "required"}
    view = escalate(UnitOfWork(db, basics.agent, clock), tid, "客户要求领导出面")  # rule 2.8
    assert view.escalated_at == clock() and view.escalation_reason == "客户要求领导出面"
    assert ticket_history(UnitOfWork(db, basics.agent, clock), tid)[-1].action == "escalate"
