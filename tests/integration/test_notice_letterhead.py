"""The letterhead and wording a leader edits, printed on every notice."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.printing.letterhead import default_logo
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied, ValidationError
from app.workflows.letterhead import (
    LetterheadForm,
    load_letterhead,
    load_wording,
    save_letterhead,
    save_wording,
)
from app.workflows.notices import VisitNoticeForm, visit_notice
from tests.print_support import pdf_pages

FORM = LetterheadForm(company="滨河热电有限公司", hotline="0311-96111", motto="诚信服务、温暖万家",
                      signature_lines="客户服务中心\n调度室")


def _notice_text(db, clock, basics) -> str:
    start = clock() + timedelta(days=1)
    prepared = visit_notice(UnitOfWork(db, basics.agent, clock), VisitNoticeForm(
        customer_id=basics.zhang.id, reason="inspection", starts_at=start,
        ends_at=start + timedelta(hours=1)))
    return pdf_pages(prepared.job.render_pdf())[0]


def test_a_leader_changes_the_letterhead_and_every_notice_shows_it(db, clock, basics):
    head = save_letterhead(UnitOfWork(db, basics.leader, clock), FORM)
    assert head.signature_lines == ("客户服务中心", "调度室")
    text = _notice_text(db, clock, basics)
    for expected in ("滨河热电有限公司", "0311-96111", "调度室", "诚信服务、温暖万家"):
        assert expected in text


def test_an_agent_may_not_change_the_letterhead(db, clock, basics):
    with pytest.raises(PermissionDenied):
        save_letterhead(UnitOfWork(db, basics.agent, clock), FORM)
    assert load_letterhead(UnitOfWork(db, basics.agent, clock)).company == "热电有限公司"


def test_bad_letterhead_fields_are_refused_and_nothing_changes(db, clock, basics):
    bad = LetterheadForm(company=" ", hotline="call us", motto="x" * 41, logo=b"GIF89a...")
    with pytest.raises(ValidationError) as err:
        save_letterhead(UnitOfWork(db, basics.leader, clock), bad)
    assert err.value.errors == {"company": "required", "hotline": "phone.malformed",
                                "motto": "text.too_long", "logo": "logo.format"}
    assert load_letterhead(UnitOfWork(db, basics.leader, clock)).hotline == ""


def test_the_hotline_is_folded_may_be_empty_and_the_notice_follows_it(db, clock, basics):
    save_letterhead(UnitOfWork(db, basics.leader, clock),
                    LetterheadForm(**{**FORM.__dict__, "hotline": "０３１１－９６１１１"}))
    assert load_letterhead(UnitOfWork(db, basics.leader, clock)).hotline == "0311-96111"
    text = _notice_text(db, clock, basics)
    assert "服务热线 0311-96111" in text and "改约" in text
    save_letterhead(UnitOfWork(db, basics.leader, clock),
                    LetterheadForm(**{**FORM.__dict__, "hotline": " "}))
    text = _notice_text(db, clock, basics)
    assert "服务热线" not in text and "改约" not in text and "0311-96111" not in text
    assert "工作人员上门时出示工作证件" in text  # the rest of the sentence group stays


def test_logo_is_stored_for_every_desk_and_can_be_reset(db, clock, basics):
    logo = default_logo()[:-1] + b"\x00"  # any PNG bytes; stored as given
    save_letterhead(UnitOfWork(db, basics.leader, clock),
                    LetterheadForm(**{**FORM.__dict__, "logo": logo}))
    assert load_letterhead(UnitOfWork(db, basics.agent, clock)).logo_png == logo
    save_letterhead(UnitOfWork(db, basics.leader, clock),
                    LetterheadForm(**{**FORM.__dict__, "reset_logo": True}))
    assert load_letterhead(UnitOfWork(db, basics.agent, clock)).logo == default_logo()


def test_wording_changes_print_and_unknown_fields_are_refused(db, clock, basics):
    save_wording(UnitOfWork(db, basics.leader, clock),
                 {"visit.closing": "谢谢您的配合，祝您生活愉快！"})
    assert "谢谢您的配合，祝您生活愉快！" in _notice_text(db, clock, basics)
    with pytest.raises(ValidationError) as err:
        save_wording(UnitOfWork(db, basics.leader, clock),
                     {"visit.greeting": "尊敬的{客户}：", "visit.body": " ", "nope": "x"})
    assert err.value.errors == {"visit.greeting": "wording.field", "visit.body": "required",
                                "nope": "wording.unknown"}
    wording = load_wording(UnitOfWork(db, basics.agent, clock))
    assert wording["visit.greeting"] == "尊敬的{name}用户："


def test_the_demo_centre_has_a_hotline_of_its_own(db, clock):
    from app.workflows.demo.data import DEMO_HOTLINE
    from app.workflows.demo.fill import generate_demo
    from app.workflows.desk import Desk

    generate_demo(Desk(db=db, clock=clock), 0)
    head = load_letterhead(UnitOfWork(db, None, clock))
    assert head.hotline == DEMO_HOTLINE and head.hotline != "0000-12345678"
