"""Saving an intake from the desk: work orders, field errors, call times (rules 4.4, 5.2.2)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.workflows.desk import Desk
from app.workflows.screen_pop import pop_by_phone
from app.workflows.settings import DEFAULT_ZONE as BEIJING
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    counts,
    drafts_fixture,
    enter_number,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def test_save_work_order_shows_number_and_due_time_and_lists_it(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, basics, clock,
        zh_translators) -> None:
    window = open_window()
    saved: list[object] = []
    window.work_order_saved.connect(saved.append)
    window.ring("13811112222")
    rang = clock()
    settle(qtbot)
    clock.advance(seconds=6)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    choose(qtbot, window.form.category, "repair")
    type_text(window.form.description, "暖气漏水,地板已湿")
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[1])
    assert window.form.level.currentData() == 1  # important customer, rule 5.2.2
    clock.advance(seconds=50)
    qtbot.keyClick(window.form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)

    assert len(saved) == 1
    result = saved[0]
    assert result.ticket_number == f"GD{result.ticket_id:08d}"
    assert result.due_at == rang + timedelta(hours=2)  # rule 5.2.2: from the ring
    due_text = result.due_at.astimezone(BEIJING).strftime("%m-%d %H:%M")
    assert window.form.saved_note.text() == (
        f"已保存：工单 {result.ticket_number}，完成时限 {due_text}")
    assert window.history.order_numbers() == [result.ticket_number]
    # the form is ready for the next call; the caller's card stays for reference
    assert window.form.description.toPlainText() == ""
    assert window.form.outcome.currentData() == "answered"
    assert window.card.name.text() == "李娜"

    pop = pop_by_phone(agent_desk.uow(), "13811112222")
    ticket = pop.open_tickets[0]
    assert (ticket.number, ticket.level, ticket.category, ticket.unit_name) == (
        result.ticket_number, 1, "repair", "管网维修队")
    contact = pop.last_contacts[0]
    assert contact.ticket_number == result.ticket_number
    assert contact.description == "暖气漏水,地板已湿"


def test_answered_now_saves_a_contact_without_order(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, db) -> None:
    window = open_window()
    enter_number(qtbot, window, "13912345678")
    type_text(window.form.description, "询问缴费时间")
    type_text(window.form.answer, "11月30日前可在营业厅缴纳")
    before = counts(db)
    qtbot.keyClick(window.form.answer, Qt.Key.Key_Return, CTRL)
    settle(qtbot)
    after = counts(db)
    assert (after[0] - before[0], after[1] - before[1]) == (1, 0)
    assert window.last_result is not None and window.last_result.ticket_number is None
    contact = pop_by_phone(agent_desk.uow(), "13912345678").last_contacts[0]
    assert (contact.outcome, contact.description) == ("answered", "询问缴费时间")


@pytest.mark.parametrize("case", ["malformed_phone", "empty_description", "missing_unit"])
def test_bad_input_is_shown_at_the_field_and_writes_nothing(
        qtbot: QtBot, open_window: WindowFactory, db, case: str) -> None:
    window = open_window()
    if case == "malformed_phone":
        qtbot.keyClicks(window.caller.number, "139-12ab")
    else:
        enter_number(qtbot, window, "13912345678")
    if case != "empty_description":
        type_text(window.form.description, "室温偏低")
    type_text(window.form.answer, "已告知")  # rule 3.6.2(2): only the field under test is wrong
    if case == "missing_unit":
        choose(qtbot, window.form.outcome, "work_order")
    before = counts(db)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    field, widget = {
        "malformed_phone": ("phone", window.caller.number),
        "empty_description": ("description", window.form.description),
        "missing_unit": ("unit", window.form.unit),
    }[case]
    shown = window.form.errors.visible_texts()
    assert list(shown) == [field]
    assert window.form.errors.error(field).isVisible()
    assert widget.property("invalid") is True
    assert window.focusWidget() is widget
    assert counts(db) == before
    assert window.last_result is None
    if case != "empty_description":
        assert window.form.description.toPlainText() == "室温偏低"  # nothing lost


@pytest.mark.parametrize("wait, rings, state", [(12, 3, "ok"), (16, 4, "late")])
def test_answer_delay_counts_rings_from_the_desk_clock(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, clock, zh_translators,
        wait: int, rings: int, state: str) -> None:
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    rang = clock()
    assert window.timer.text() == "振铃中 0 秒 · 第 1 声"
    clock.advance(seconds=wait)
    window.timer.refresh()  # what the 1 s tick does
    assert window.timer.text() == f"振铃中 {wait} 秒 · 第 {rings} 声"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.timer.text() == f"应答用时 {wait} 秒 · {rings} 声"
    assert window.timer.property("state") == state  # rule 4.4: three rings
    clock.advance(seconds=30)
    window.timer.refresh()
    assert window.timer.text() == f"应答用时 {wait} 秒 · {rings} 声"  # frozen once answered
    type_text(window.form.description, "咨询")
    type_text(window.form.answer, "已答复")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.last_result is not None
    with agent_desk.uow() as uow:
        from app.models import Contact  # reading the stored times back
        contact = uow.session.get(Contact, window.last_result.contact_id)
        assert contact.rang_at == rang
        assert contact.answered_at == rang + timedelta(seconds=wait)
        assert contact.ended_at == clock()


def test_every_call_action_has_a_working_shortcut(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, basics, clock) -> None:
    window = open_window()
    window.form.channel.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.focusWidget() is window.caller.number
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    assert window.focusWidget() is window.caller.search
    window.ring("13912345678")
    settle(qtbot)
    clock.advance(seconds=3)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.call.answered_at == clock()
    # F5: another desk opened an order for this customer meanwhile
    from app.workflows.intake import IntakeForm, save_intake
    save_intake(agent_desk.uow(), IntakeForm(
        channel="visit", category="repair", description="另一位坐席受理", customer_id=basics.zhang.id,
        outcome="work_order", level=3, unit_id=basics.unit_ids[0]))
    assert window.history.order_numbers() == []
    qtbot.keyClick(window, Qt.Key.Key_F5)
    settle(qtbot)
    assert len(window.history.order_numbers()) == 1
    # Ctrl+N opens the new-customer dialog prefilled with the number; Esc closes it
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    dialog = window.new_customer_dialog
    qtbot.waitExposed(dialog)
    assert dialog.phones.text() == "13912345678"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Esc with unsaved text asks for a second Esc; then the desk is empty
    resets: list[bool] = []
    window.call_reset.connect(lambda: resets.append(True))
    type_text(window.form.description, "半句话")
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.form.description.toPlainText() == "半句话" and resets == []
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert resets == [True]
    assert window.form.description.toPlainText() == ""
    assert window.caller.number.text() == "" and window.card.state == "idle"
    assert window.focusWidget() is window.caller.number
    # tooltips and buttons name their keys
    assert "F2" in window.caller.answer_button.text()
    assert "Ctrl+S" in window.form.save_button.text()
    assert "Ctrl+N" in window.card.create_button.text()
    assert "Esc" in window.call_actions["next_call"].toolTip()


def test_tab_order_follows_the_call(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    form = window.form
    choose(qtbot, form.outcome, "work_order")
    form.channel.setFocus()
    seen = [form.channel]
    for _ in range(9):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        seen.append(window.focusWidget())
    # the answer box stays open for a work order: what the caller was told (rule 3.6.2(2))
    assert seen == [form.channel, form.category, form.description, form.caller_verified,
                    form.responsibility, form.outcome, form.answer, form.level, form.unit,
                    form.save_button]
