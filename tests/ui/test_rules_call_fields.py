"""The fields of rules 3.6.2 and 5.2.1 in the real forms, on SQLite and PostgreSQL.

3.6.2(1): the intake form's 核实用户信息 box is saved on the contact; 3.6.2(4): the
escalation dialog asks whether the customer accepted the answer and the order's history
shows it; 5.2.1: the bulk notice dialog shows the exception reason only for planned
maintenance in the season or at short notice, and refuses without one.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.contact import Contact
from app.ui.printing.bulk_dialog import BulkNoticeDialog
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets import ESCALATE
from tests.queue_data import make_orders, set_unit
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_rule_3_6_2_the_intake_form_records_the_verified_caller(
        qtbot: QtBot, open_window: WindowFactory, db) -> None:
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_text(window.form.description, "询问缴费时间")
    type_text(window.form.answer, "11月30日前可在营业厅缴纳")
    assert window.form.caller_verified.isVisibleTo(window)
    assert not window.form.caller_verified.isChecked()  # each call starts unverified
    window.form.caller_verified.setChecked(True)
    qtbot.keyClick(window.form.answer, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    with db.engine.connect() as conn:
        verified = conn.execute(select(Contact.caller_verified)
                                .order_by(Contact.id.desc()).limit(1)).scalar_one()
    assert verified is True
    assert not window.form.caller_verified.isChecked()  # ready for the next call


def test_rule_3_6_2_the_escalation_dialog_asks_whether_the_customer_accepted(
        qtbot: QtBot, db, clock, basics) -> None:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    window = QueueWindow(Desk(db=db, clock=clock, actor=basics.agent), live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    tid = orders["soon1"]
    window.table.selectRow(window.model.row_of(tid))
    settle(qtbot)
    assert window.action_bar.run(ESCALATE)
    dialog = window.action_bar.escalation_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.reason, "客户不接受答复，要求领导出面")
    dialog.save()  # nothing chosen: said beside the field, nothing written
    assert dialog.errors.visible_texts() == {"customer_accepted": "Please fill this in."}
    dialog.choose_answer("not_accepted")
    dialog.save()
    settle(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: window.detail.history_steps()[-1] == "Escalated")
    last = window.detail.history.item(window.detail.history.rowCount() - 1, 3).text()
    assert "Customer accepted: No: a leader's support is needed" in last


def _bulk(qtbot: QtBot, desk: Desk) -> BulkNoticeDialog:
    dialog = BulkNoticeDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    dialog.estate.setCurrentText("阳光小区")
    settle(qtbot)
    return dialog


def _set(edit, moment) -> None:
    edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))


def test_rule_5_2_1_the_notice_dialog_asks_for_the_exception_reason(
        qtbot: QtBot, db, clock, basics, tmp_path) -> None:
    dialog = _bulk(qtbot, Desk(db=db, clock=clock, actor=basics.leader))
    # 26 November is in the season: planned maintenance needs a stated reason
    qtbot.waitUntil(lambda: dialog.exception_reason.isVisibleTo(dialog))
    assert "heating season" in dialog.exception_why.text()
    dialog.reason.setCurrentIndex(dialog.reason.findData("interruption"))
    qtbot.waitUntil(lambda: not dialog.exception_reason.isVisibleTo(dialog))
    dialog.reason.setCurrentIndex(dialog.reason.findData("maintenance"))
    qtbot.waitUntil(lambda: dialog.exception_reason.isVisibleTo(dialog))
    dialog.save_to(tmp_path / "refused.pdf")
    settle(qtbot)
    assert dialog.errors.visible_texts() == {"exception_reason": (
        "Planned maintenance inside the heating season or at short notice needs a stated "
        "reason.")}
    assert not (tmp_path / "refused.pdf").exists()
    type_text(dialog.exception_reason, "主管道漏水须立即检修")
    with qtbot.waitSignal(dialog.job_done, timeout=20_000):
        dialog.save_to(tmp_path / "ok.pdf")
    assert (tmp_path / "ok.pdf").exists()


def test_rule_5_2_1_no_reason_field_off_season_with_notice(
        qtbot: QtBot, db, basics) -> None:
    from datetime import UTC, datetime

    from app.clock import FixedClock

    summer = FixedClock(datetime(2026, 6, 10, 1, 30, tzinfo=UTC))
    dialog = _bulk(qtbot, Desk(db=db, clock=summer, actor=basics.leader))
    # the dialog offers tomorrow 08:00, 22.5 h ahead: short notice
    qtbot.waitUntil(lambda: dialog.exception_reason.isVisibleTo(dialog))
    _set(dialog.starts, summer() + timedelta(days=3))
    _set(dialog.ends, summer() + timedelta(days=3, hours=6))
    qtbot.waitUntil(lambda: not dialog.exception_reason.isVisibleTo(dialog))
    _set(dialog.starts, summer() + timedelta(hours=3))
    _set(dialog.ends, summer() + timedelta(hours=6))
    qtbot.waitUntil(lambda: dialog.exception_reason.isVisibleTo(dialog))
    assert "Less than 24 h notice" in dialog.exception_why.text()
