"""The first start asks for the centre's hotline; printed notices carry it, or none at all.

Issue 12 item 10: documents used to print the placeholder 0000-12345678 until a leader
found the letterhead dialog. Now the first-administrator dialog asks for the hotline
(checked like every phone number, full-width digits folded), and a centre that left it
empty prints no hotline line rather than a made-up number. The visit notice is rendered
to a real PDF and read back with pypdf, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.repositories.uow import UnitOfWork
from app.ui.first_admin_dialog import FirstAdminDialog
from app.workflows.desk import Desk
from app.workflows.letterhead import load_letterhead
from app.workflows.notices import VisitNoticeForm, visit_notice
from tests.print_support import pdf_pages
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


def _first_start(qtbot: QtBot, desk: Desk, hotline: str) -> FirstAdminDialog:
    dialog = FirstAdminDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit, text in ((dialog.job_number_edit, "A001"), (dialog.name_edit, "管理员张"),
                       (dialog.password_edit, "s3cret-admin-pw"),
                       (dialog.confirm_edit, "s3cret-admin-pw"), (dialog.hotline_edit, hotline)):
        type_text(edit, text)
    qtbot.keyClick(dialog.hotline_edit, Qt.Key.Key_Return)
    settle(qtbot)
    return dialog


def _visit_notice_text(db, clock, basics) -> str:
    start = clock() + timedelta(days=1)
    prepared = visit_notice(UnitOfWork(db, basics.agent, clock), VisitNoticeForm(
        customer_id=basics.zhang.id, reason="inspection", starts_at=start,
        ends_at=start + timedelta(hours=2)))
    [text] = pdf_pages(prepared.job.render_pdf())
    return text


def test_the_hotline_typed_at_the_first_start_is_on_the_printed_notice(
        qtbot: QtBot, desk: Desk, db, clock, basics) -> None:
    dialog = _first_start(qtbot, desk, "０３１１－９６１１１")  # as a Chinese IME types it
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_letterhead(desk.uow()).hotline == "0311-96111"
    text = _visit_notice_text(db, clock, basics)
    assert "服务热线 0311-96111" in text          # the letterhead and the footer
    assert "拨打服务热线 0311-96111 改约" in text    # the reschedule sentence
    assert "0000-12345678" not in text


def test_no_hotline_at_the_first_start_prints_no_hotline_line(
        qtbot: QtBot, desk: Desk, db, clock, basics) -> None:
    dialog = _first_start(qtbot, desk, "")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert load_letterhead(desk.uow()).hotline == ""
    text = _visit_notice_text(db, clock, basics)
    for absent in ("服务热线", "0000-12345678", "改约", "{hotline}"):
        assert absent not in text, absent
    assert "工作人员上门时出示工作证件" in text  # only the hotline's sentence is left out


def test_a_hotline_that_is_no_phone_number_is_refused_and_nothing_is_written(
        qtbot: QtBot, desk: Desk) -> None:
    dialog = _first_start(qtbot, desk, "call us")
    assert dialog.isVisible() and dialog.actor is None
    assert set(dialog.errors.visible_texts()) == {"hotline"}
    assert load_letterhead(desk.uow()).hotline == ""
    with desk.uow() as uow:
        assert not uow.staff.admin_exists()
