"""Printing inside the desk window: menu entries with shortcuts, the visit-notice dialog,
the letterhead dialog, and "notified on ..." on the customer card of a later call."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from app.repositories.uow import UnitOfWork
from app.ui.printing.install import VISIT_NOTICE_DIALOG, open_letterhead, open_visit_notice
from app.ui.printing.letterhead_dialog import LetterheadDialog
from app.workflows.letterhead import load_letterhead, load_wording
from app.workflows.notices import PostingNoticeForm, posting_notice, record_notice
from tests.print_support import open_ticket, pdf_pages, seed_building
from tests.ui.intake_support import (
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

__all__ = ["agent_desk_fixture", "drafts_fixture", "open_window_fixture"]


def test_printing_entries_are_in_the_features_menu(open_window, desk, basics):
    window = open_window(desk.signed_in(basics.leader))  # the letterhead is a leader's entry
    entries = {a.text(): a.shortcut().toString() for a in window.feature_menu.actions()}
    assert entries["Visit notice…"] == "Ctrl+Shift+V"
    assert entries["Work-order sheet…"] == "Ctrl+Shift+W"
    assert entries["Posting notices for a building…"] == "Ctrl+Shift+N"
    assert entries["Letterhead and wording (shift leader)…"] == "Ctrl+Shift+K"


def test_a_notified_customer_calls_and_the_card_says_so(qtbot, open_window, db, clock,
                                                        basics):
    seed_building(db, clock, basics)
    start = clock() + timedelta(days=2)
    record_notice(UnitOfWork(db, basics.leader, clock), posting_notice(
        UnitOfWork(db, basics.leader, clock), PostingNoticeForm(
            estate="阳光小区", building="3", reason="maintenance", starts_at=start,
            ends_at=start + timedelta(hours=8), exception_reason="阀门漏水")))
    window = open_window()
    window.ring("13912345678")
    qtbot.waitUntil(lambda: window.card.state == "card")
    assert window.card.notice.isVisibleTo(window)
    text = window.card.notice.text()
    assert text.startswith("Notified on ") and "Planned maintenance" in text
    window.ring("13811112222")  # 李娜 was not notified
    qtbot.waitUntil(lambda: window.card.name.text() == "李娜")
    assert not window.card.notice.isVisibleTo(window)


def test_visit_notice_from_the_desk_previews_the_customer(qtbot, open_window, db, clock,
                                                          basics):
    ticket = open_ticket(db, clock, basics, basics.zhang.id)
    window = open_window()
    window.ring("13912345678")
    qtbot.waitUntil(lambda: window.card.state == "card")
    dialog = open_visit_notice(window, window.desk)
    assert window.slots.get(VISIT_NOTICE_DIALOG) is dialog
    qtbot.keyClicks(dialog.ticket, f"GD{ticket:08d}")
    qtbot.mouseClick(dialog.agreed, Qt.MouseButton.LeftButton)
    dialog.end.setTime(dialog.start.time().addSecs(-3600))  # ends before it starts
    dialog.preview()
    settle(qtbot)
    assert dialog.preview_dialog is None
    assert "ends_at" in dialog.errors.visible_texts()
    dialog.end.setTime(dialog.start.time().addSecs(7200))
    type_text(dialog.note, "请提前电话联系")
    dialog.preview()
    settle(qtbot)
    preview = dialog.preview_dialog
    assert preview is not None and preview.page_label.text() == "Page 1 of 1"
    [text] = pdf_pages(preview.job.render_pdf())
    assert "张伟" in text and "请提前电话联系" in text and f"GD{ticket:08d}" in text


def test_leader_edits_letterhead_in_the_dialog(qtbot, desk, db, clock, basics):
    dialog = LetterheadDialog(desk.signed_in(basics.leader))
    qtbot.addWidget(dialog)
    settle(qtbot)  # the current letterhead is shown
    assert dialog.company.text() and dialog.hotline.text() == ""  # no hotline set yet
    dialog.hotline.clear()
    qtbot.keyClicks(dialog.hotline, "not a phone")
    assert dialog.save()
    settle(qtbot)
    assert "hotline" in dialog.errors.visible_texts()
    assert dialog.result() != LetterheadDialog.DialogCode.Accepted
    dialog.hotline.clear()
    qtbot.keyClicks(dialog.hotline, "0311-96111")
    dialog.company.clear()
    type_text(dialog.company, "滨河热电有限公司")
    row = dialog.table.findItems("visit.closing", Qt.MatchFlag.MatchExactly)[0].row()
    dialog.table.item(row, 1).setText("谢谢配合！")
    assert dialog.save()
    settle(qtbot)
    assert dialog.result() == LetterheadDialog.DialogCode.Accepted
    head = load_letterhead(UnitOfWork(db, basics.agent, clock))
    assert (head.company, head.hotline) == ("滨河热电有限公司", "0311-96111")
    assert load_wording(UnitOfWork(db, basics.agent, clock))["visit.closing"] == "谢谢配合！"


def test_a_refused_letterhead_save_says_who_may(qtbot, desk, basics):
    dialog = LetterheadDialog(desk.signed_in(basics.agent))
    qtbot.addWidget(dialog)
    settle(qtbot)
    dialog.motto.setText("x")
    dialog.save()
    settle(qtbot)
    assert dialog.general.text() == "Only a shift leader may change the letterhead."
    assert dialog.result() != LetterheadDialog.DialogCode.Accepted


def test_an_agent_cannot_open_the_letterhead_dialog(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text: shown.append(text))
    window = open_window()
    assert open_letterhead(window, window.desk) is None
    assert shown == ["Only a shift leader may change the letterhead."]
