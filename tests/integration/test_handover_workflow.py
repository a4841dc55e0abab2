"""The handover log and its two-party sign-off on SQLite and PostgreSQL (rules 3.4.2, 3.4.3)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import Event
from app.models.handover import Handover, HandoverItem
from app.repositories.uow import UnitOfWork
from app.workflows.errors import ValidationError
from app.workflows.shifts.duty import (
    REASON_AWAITING_SIGNATURE,
    REASON_DRAFT,
    REASON_MISSING,
    duty_state,
)
from app.workflows.shifts.handover import (
    CaseInput,
    EquipmentInput,
    HandoverForm,
    open_draft,
    reopen,
    save_handover,
)
from app.workflows.shifts.history import handover_detail, handover_sheet_pdf, search_handovers
from app.workflows.shifts.signoff import (
    Signature,
    add_correction,
    awaiting_my_signature,
    override_handover,
    sign_handover,
)
from tests.shift_support import (
    INCOMING_PASSWORD,
    LEADER_PASSWORD,
    seed_shifts,
    to_handover_time,
)


@pytest.fixture
def world(db, clock, basics):
    return seed_shifts(db, clock, basics)


def _form(world, **changes) -> HandoverForm:
    form = HandoverForm(
        incoming_id=world.incoming.id, notes="12345热线转来的投诉已回复",
        equipment=[EquipmentInput("坐席电话"), EquipmentInput("录音系统", "faulty", "下午断线两次")],
        cases=[CaseInput(f"GD{world.overdue_id:08d}", "整栋楼不热,维修队已在现场")],
        staffing=["陈静明天病假,由李明顶班"])
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def _count(db, model) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(model)).scalar_one()


def _hand_over(db, clock, world):
    to_handover_time(clock)
    return save_handover(UnitOfWork(db, world.outgoing, clock), _form(world), hand_over=True)


def test_draft_proposes_the_next_shift_and_carries_the_right_orders(db, clock, world):
    draft = open_draft(UnitOfWork(db, world.outgoing, clock))
    assert draft.saved is None and draft.duty is not None and draft.duty.slot_name == "白班"
    assert draft.form.incoming_id == world.incoming.id           # rostered on the night shift
    assert [e.subject for e in draft.form.equipment][:2] == ["坐席电话", "坐席电脑"]
    carried = [(c.ticket.ticket_id, c.reason) for c in draft.carryover]
    assert carried == [(world.overdue_id, "overdue"), (world.callback_id, "callback"),
                       (world.open_id, "open")]                   # no closed, no foreign order


def test_outgoing_stays_on_duty_until_the_incoming_agent_signs(db, clock, world):
    state = duty_state(UnitOfWork(db, world.outgoing, clock))
    assert state.on_duty and state.reason == REASON_MISSING and state.shift_name == "白班"
    to_handover_time(clock)
    save_handover(UnitOfWork(db, world.outgoing, clock), _form(world))
    assert duty_state(UnitOfWork(db, world.outgoing, clock)).reason == REASON_DRAFT
    view = save_handover(UnitOfWork(db, world.outgoing, clock), _form(world), hand_over=True)
    state = duty_state(UnitOfWork(db, world.outgoing, clock))
    assert not state.may_end and state.reason == REASON_AWAITING_SIGNATURE   # rule 3.4.2
    assert state.incoming_name == "李明" and state.handover_id == view.id
    assert [h.id for h in awaiting_my_signature(UnitOfWork(db, world.incoming, clock))] == [
        view.id]
    signed = sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                           Signature("1002", INCOMING_PASSWORD),
                           {world.overdue_id, world.callback_id, world.open_id})
    assert signed.status == "signed" and signed.signed_by_name == "李明"
    assert all(c.acknowledged_at == clock() for c in signed.carryovers)
    # the carried-over lines are frozen and acknowledged as sets: one event each, not three
    with db.engine.connect() as conn:
        events = conn.execute(select(Event.action, Event.actor_id, Event.changes).where(
            Event.entity == "handover_carryover").order_by(Event.id)).all()
    assert events == [
        ("replace", world.outgoing.id, {"handover_id": view.id, "removed": 0, "added": 3}),
        ("acknowledge", world.incoming.id, {"handover_id": view.id, "acknowledged": 3})]
    assert duty_state(UnitOfWork(db, world.outgoing, clock)).may_end


@pytest.mark.parametrize("job_number,password,acknowledged,field,code", [
    ("1002", "wrong-password", "all", "password", "signature.invalid"),
    ("1001", "agent-pass-1", "all", "job_number", "signer.is_outgoing"),
    ("1003", "other-pass-1", "all", "job_number", "signer.not_incoming"),
    ("1002", INCOMING_PASSWORD, "some", "carryover", "carryover.unacknowledged"),
    ("1002", "", "all", "password", "required"),
])
def test_refused_signatures_change_nothing(db, clock, world, job_number, password,
                                           acknowledged, field, code):
    view = _hand_over(db, clock, world)
    ids = {world.overdue_id, world.callback_id, world.open_id}
    if acknowledged == "some":
        ids.discard(world.callback_id)
    events = _count(db, Event)
    with pytest.raises(ValidationError) as err:
        sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                      Signature(job_number, password), ids)
    assert err.value.errors == {field: code}
    assert _count(db, Event) == events
    assert handover_detail(UnitOfWork(db, world.leader, clock), view.id).status == "handed_over"
    assert not duty_state(UnitOfWork(db, world.outgoing, clock)).may_end


def test_a_draft_cannot_be_signed_and_hand_over_needs_an_incoming_agent(db, clock, world):
    to_handover_time(clock)
    with pytest.raises(ValidationError) as err:
        save_handover(UnitOfWork(db, world.outgoing, clock), _form(world, incoming_id=None),
                      hand_over=True)
    assert err.value.errors == {"incoming": "required"}
    assert _count(db, Handover) == 0
    draft = save_handover(UnitOfWork(db, world.outgoing, clock), _form(world))
    with pytest.raises(ValidationError) as err:
        sign_handover(UnitOfWork(db, world.incoming, clock), draft.id,
                      Signature("1002", INCOMING_PASSWORD), set())
    assert err.value.errors == {"handover": "handover.not_handed_over"}


def test_bad_lines_are_named_and_nothing_is_written(db, clock, world):
    to_handover_time(clock)
    bad = [
        (_form(world, equipment=[EquipmentInput("录音系统", "faulty", "")]),
         {"equipment.0": "equipment.note_required"}),
        (_form(world, cases=[CaseInput("GD99999999", "不存在的工单")]),
         {"cases.0": "ticket.unknown"}),
        (_form(world, cases=[CaseInput("abc", "x")]), {"cases.0": "ticket.malformed"}),
        (_form(world, incoming_id=world.outgoing.id), {"incoming": "incoming.is_outgoing"}),
    ]
    for form, errors in bad:
        with pytest.raises(ValidationError) as err:
            save_handover(UnitOfWork(db, world.outgoing, clock), form, hand_over=True)
        assert err.value.errors == errors
    assert (_count(db, Handover), _count(db, HandoverItem)) == (0, 0)


def test_leader_override_needs_a_leader_a_password_and_a_reason(db, clock, world):
    view = _hand_over(db, clock, world)
    uow = lambda: UnitOfWork(db, world.outgoing, clock)  # noqa: E731
    for sig, reason, errors in [
        (Signature("2001", LEADER_PASSWORD), " ", {"reason": "required"}),
        (Signature("2001", "nope"), "接班人生病", {"password": "signature.invalid"}),
        (Signature("1003", "other-pass-1"), "接班人生病", {"job_number": "signer.not_leader"}),
    ]:
        with pytest.raises(ValidationError) as err:
            override_handover(uow(), view.id, sig, reason)
        assert err.value.errors == errors
    done = override_handover(uow(), view.id, Signature("2001", LEADER_PASSWORD), "接班人生病未到岗")
    assert done.status == "overridden" and done.override_by_name == "赵强"
    assert duty_state(uow()).may_end
    with UnitOfWork(db, world.leader, clock) as u:   # audited, with the reason
        changes = u.session.execute(select(Event.actor_id, Event.changes).where(
            Event.entity == "handover", Event.entity_id == view.id,
            Event.action == "update")).all()
    assert (world.outgoing.id, ["", "接班人生病未到岗"]) in [
        (actor, c.get("override_reason")) for actor, c in changes]


def test_a_completed_log_is_read_only_and_corrections_are_appended(db, clock, world):
    view = _hand_over(db, clock, world)
    sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                  Signature("1002", INCOMING_PASSWORD),
                  {world.overdue_id, world.callback_id, world.open_id})
    with pytest.raises(ValidationError):
        reopen(UnitOfWork(db, world.outgoing, clock), view.id)
    with pytest.raises(ValidationError) as err:
        sign_handover(UnitOfWork(db, world.incoming, clock), view.id,
                      Signature("1002", INCOMING_PASSWORD), set())
    assert err.value.errors == {"handover": "handover.completed"}
    clock.advance(minutes=30)
    fixed = add_correction(UnitOfWork(db, world.outgoing, clock), view.id,
                           "录音系统故障已于20:10报修")
    before = handover_detail(UnitOfWork(db, world.leader, clock), view.id)
    assert [i.text for i in fixed.lines("correction")] == ["录音系统故障已于20:10报修"]
    assert fixed.lines("equipment") == before.lines("equipment")
    # a new draft starts from the last completed handover's equipment states
    draft = open_draft(UnitOfWork(db, world.incoming, clock))
    assert ("录音系统", "faulty") in [(e.subject, e.state) for e in draft.form.equipment]


def test_reopen_then_edit_then_hand_over_again(db, clock, world):
    view = _hand_over(db, clock, world)
    reopen(UnitOfWork(db, world.outgoing, clock), view.id)
    again = save_handover(UnitOfWork(db, world.outgoing, clock),
                          _form(world, notes="补充:明早有停热通知"), hand_over=True)
    assert again.id == view.id and again.notes == "补充:明早有停热通知"
    assert len(again.carryovers) == 3


def test_history_search_by_date_agent_and_text(db, clock, world):
    view = _hand_over(db, clock, world)
    uow = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    day = date(2026, 11, 26)
    assert [h.id for h in search_handovers(uow(), day, day)] == [view.id]
    assert search_handovers(uow(), date(2026, 11, 27), date(2026, 11, 27)) == []
    assert [h.id for h in search_handovers(uow(), agent="李明")] == [view.id]
    assert [h.id for h in search_handovers(uow(), agent="1001")] == [view.id]
    assert search_handovers(uow(), agent="陈静") == []
    assert [h.id for h in search_handovers(uow(), text="断线")] == [view.id]   # equipment note
    assert [h.id for h in search_handovers(uow(), text="12345")] == [view.id]  # free notes
    assert search_handovers(uow(), text="没有这句话") == []
    with pytest.raises(ValidationError):
        search_handovers(uow(), date(2026, 11, 27), day)


def test_sheet_is_a_chinese_pdf(db, clock, world):
    from io import BytesIO

    from pypdf import PdfReader

    view = _hand_over(db, clock, world)
    pdf = handover_sheet_pdf(UnitOfWork(db, world.outgoing, clock), view.id)
    reader = PdfReader(BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "交接班记录" in text and "录音系统" in text and f"GD{world.overdue_id:08d}" in text
    assert "热电有限公司" in text and "诚信服务、温暖万家" in text  # the shared letterhead
    if os.environ.get("HEATDESK_WRITE_EXAMPLES"):  # refresh docs/examples/handover-sheet.pdf
        (Path(__file__).resolve().parents[2] / "docs/examples/handover-sheet.pdf").write_bytes(pdf)
    fonts = [f.get_object()["/BaseFont"] for f in
             reader.pages[0]["/Resources"]["/Font"].values()]
    assert any("WenQuanYi" in str(name) for name in fonts)   # the bundled font, embedded


def test_a_long_sheet_runs_over_pages_with_the_letterhead_on_each(db, clock, world):
    from io import BytesIO

    from pypdf import PdfReader

    staffing = [f"第{n}项:热力站巡检人员调整,由值班员顶岗至次日早八点。" for n in range(90)]
    to_handover_time(clock)
    view = save_handover(UnitOfWork(db, world.outgoing, clock),
                         _form(world, staffing=staffing), hand_over=True)
    reader = PdfReader(BytesIO(handover_sheet_pdf(UnitOfWork(db, world.outgoing, clock),
                                                  view.id)))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert "诚信服务、温暖万家" in page.extract_text()
        fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
        assert all("WenQuanYi" in name for name in fonts)  # no unembedded Helvetica


def test_new_draft_offers_the_rosters_swaps_and_leave_as_staffing_changes(db, clock, world):
    from datetime import timedelta

    from app.workflows.shifts.leave import decide_leave, request_leave
    from app.workflows.shifts.roster import assign
    from app.workflows.shifts.swap import swap_duties
    from tests.shift_support import DAY

    leader = lambda: UnitOfWork(db, world.leader, clock)  # noqa: E731
    tomorrow = assign(leader(), world.day_slot, DAY + timedelta(days=1), world.other.id)
    swap_duties(UnitOfWork(db, world.incoming, clock), world.night_duty, tomorrow.id,
                reason="家里有事")
    leave = request_leave(UnitOfWork(db, world.other, clock), DAY + timedelta(days=2),
                          DAY + timedelta(days=3), "病假")
    decide_leave(leader(), leave.id, approve=True, note="同意")
    far = request_leave(UnitOfWork(db, world.incoming, clock), DAY + timedelta(days=9),
                        DAY + timedelta(days=9), "年假")
    decide_leave(leader(), far.id, approve=True, note="同意")
    draft = open_draft(UnitOfWork(db, world.outgoing, clock))
    assert [(s.first_staff_name, s.second_staff_name, s.reason) for s in draft.swaps] == [
        ("李明", "陈静", "家里有事")]
    assert [(v.staff_name, v.first_day) for v in draft.leave] == [
        ("陈静", DAY + timedelta(days=2))]                       # not leave a week away
    assert draft.form.incoming_id == world.other.id               # the swap moved the duty
