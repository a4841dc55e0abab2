"""The reception window (rule 3.7.2) and the message list with its status-bar count and the
notice at login (rule 4.2(5)), on real widgets."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from app.repositories.uow import UnitOfWork
from app.ui import features
from app.ui.memos import install as memos_install
from app.ui.memos.indicator import MemoIndicator
from app.ui.memos.memo_window import MemoWindow
from app.ui.visitors import install as visitors_install
from app.ui.visitors.reception_window import ReceptionWindow
from app.workflows.memos.leave import MemoForm, leave_memo
from tests.ui.intake_support import settle
from tests.ui.typing import type_text


def test_reception_form_saves_a_visit_into_the_register(qtbot, desk, basics):
    window = ReceptionWindow(desk.signed_in(basics.agent))
    qtbot.addWidget(window)
    settle(qtbot)
    form = window.form
    form.save()
    settle(qtbot)
    assert {"name", "description", "answer"} <= form.errors.visible_texts().keys()
    type_text(form.name, "王先生")
    form.party.setValue(2)
    form.account.setText("R00000001")
    form.category.setCurrentIndex(form.category.findData("enquiry"))
    type_text(form.description, "咨询今年的供热收费标准")
    type_text(form.answer, "已解释收费政策")
    form.given[0].setChecked(True)
    form.save()
    settle(qtbot)
    assert form.errors.visible_texts() == {}
    assert window.table.rowCount() == 1
    assert window.table.item(0, 1).text() == "王先生"
    assert window.table.item(0, 6).text() == form.given[0].text()
    assert form.name.text() == ""  # ready for the next visitor


def test_message_list_count_and_login_notice(qtbot, db, clock, desk, basics):
    leave_memo(UnitOfWork(db, basics.agent, clock), MemoForm(
        about="张先生来电询问维修进度", recipient_id=basics.leader.id, caller="张先生",
        phone="13912345678", call_back="下午3点前"))
    leader = desk.signed_in(basics.leader)
    opened: list[int] = []
    indicator = MemoIndicator(leader, lambda: opened.append(1))
    qtbot.addWidget(indicator)
    indicator.at_login()
    settle(qtbot)
    assert indicator.unread == 1 and "1" in indicator.text()
    assert isinstance(indicator.notice, QMessageBox)
    assert "张先生来电" in indicator.notice.text()
    indicator.notice.close()

    window = MemoWindow(leader)
    qtbot.addWidget(window)
    settle(qtbot)
    assert window.mine.rowCount() == 1 and window.mine.item(0, 0).font().bold()
    window.mine.selectRow(0)  # opening it marks it read
    settle(qtbot)
    assert window.box is not None and window.box.unread == 0
    window.done_memo()
    settle(qtbot)
    assert window.box.memos[0].done_at is not None
    assert window.tabs.count() == 3  # a leader sees the unread-too-long tab

    window.current_phone = lambda: "13800001111"  # the caller on the desk now
    window.new_memo()
    settle(qtbot)
    dialog = window.dialog
    assert dialog.phone.text() == "13800001111"
    dialog.recipient.setCurrentIndex(next(
        i for i in range(dialog.recipient.count())
        if list(dialog.recipient.itemData(i) or ()) == ["staff", basics.agent.id]))
    type_text(dialog.about, "请回电")
    dialog.save()
    settle(qtbot)
    assert [m.about for m in window.box.left][0] == "请回电"


def test_feature_entries_for_roles(basics):
    assert visitors_install.RECEPTION_WINDOW and memos_install.MEMO_WINDOW
    agent = {a.key: a.shortcut for a in features.available_to(basics.agent.role)}
    assert agent["visitors.window"] == "Ctrl+Shift+I"
    assert agent["memos.window"] == "Ctrl+Shift+M"
    assert "visitors.window" not in {a.key for a in features.available_to("technician")}
