"""The answer box, the focus after answering and the dispatch choice (issue 12 item 5).

Rule 3.6.2(2): an agent always records what the caller was told, so the answer box (答复内容)
is usable whatever the handling, and required when the call was answered on the spot. F2
puts the cursor in the call text. Dispatch offers the order's own unit first. Real widgets
on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.models.contact import Contact
from app.repositories.uow import UnitOfWork
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.intake import IntakeForm, save_intake
from app.workflows.tickets.views import get_ticket
from tests.queue_data import make_orders, set_unit
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    counts,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_answer_is_required_when_answered_on_the_spot(
        qtbot: QtBot, open_window: WindowFactory, db) -> None:
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.form.description.hasFocus()          # picked up: write what they say
    type_text(window.form.description, "询问缴费时间")
    before = counts(db)
    qtbot.keyClick(window.form.description, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert counts(db) == before                         # nothing written
    assert window.form.errors.visible_texts() == {"answer": "Please fill this in."}
    type_text(window.form.answer, "11月30日前可在营业厅缴纳")
    qtbot.keyClick(window.form.answer, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert counts(db)[0] == before[0] + 1


def test_answered_before_the_card_came_the_focus_stays_on_the_call_text(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    """F2 pressed at once, before the screen pop has arrived: the pop, when it comes, leaves
    the cursor in the call text (it used to move it to the channel for an unanswered ring)."""
    window = open_window()
    window.ring("13912345678")
    qtbot.keyClick(window, Qt.Key.Key_F2)              # the lookup still running
    settle(qtbot)
    assert window.card.state == "card" and window.call.answered_at is not None
    assert window.form.description.hasFocus()


def test_answer_is_kept_with_a_work_order(qtbot: QtBot, open_window: WindowFactory,
                                          agent_desk: Desk, basics) -> None:
    window = open_window()
    window.ring("13811112222")
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_text(window.form.description, "暖气漏水")
    choose(qtbot, window.form.outcome, "work_order")
    assert window.form.answer.isEnabled()               # what the caller was told, too
    type_text(window.form.answer, "已派维修人员,两小时内到达")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    qtbot.keyClick(window.form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.last_result is not None and window.last_result.ticket_number
    with agent_desk.db.engine.connect() as conn:
        answer = conn.execute(select(Contact.answer).where(
            Contact.id == window.last_result.contact_id)).scalar_one()
    assert answer == "已派维修人员,两小时内到达"


def test_the_workflow_refuses_an_answered_call_without_answer(db, clock, basics) -> None:
    with pytest.raises(ValidationError) as err:
        save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
            channel="phone", category="enquiry", description="询问", phone="13912345678"))
    assert err.value.errors == {"answer": "required"}


def test_dispatch_offers_the_orders_own_unit(qtbot: QtBot, db, clock, basics) -> None:
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    desk = Desk(db=db, clock=clock, actor=basics.agent)
    window = QueueWindow(desk, live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    tid = orders["soon1"]                     # new, received for 管网维修队 (not first)
    row = window.model.row_of(tid)
    assert row is not None
    window.table.selectRow(row)
    settle(qtbot)
    offered: list[str] = []

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, pick)
            return
        offered.append(dialog.textValue())
        dialog.accept()

    QTimer.singleShot(20, pick)
    assert window.action_bar.run("dispatch")
    settle(qtbot)
    assert offered == ["管网维修队"]
    ticket = get_ticket(UnitOfWork(db, basics.agent, clock), tid)
    assert (ticket.status, ticket.unit_name) == ("dispatched", "管网维修队")
