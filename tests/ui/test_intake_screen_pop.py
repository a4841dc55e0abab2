"""Screen pop on the intake desk: typed number, ring(), unknown callers, choosers, search.

Real widgets on real SQLite and PostgreSQL (the `db` fixture), data from seed_basics.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.workflows.customers import CustomerForm, create_customer
from app.workflows.desk import Desk
from app.workflows.settings import DEFAULT_ZONE as BEIJING
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    enter_number,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text


def test_typing_a_number_pops_the_customer(qtbot: QtBot, open_window: WindowFactory,
                                           basics) -> None:
    window = open_window()
    found: list[object] = []
    window.customer_found.connect(found.append)
    qtbot.keyClick(window, Qt.Key.Key_F3)
    qtbot.keyClicks(window.caller.number, "0311-87654321")
    # no Enter: a short pause after a valid number is enough
    qtbot.waitUntil(lambda: window.card.state == "card")
    assert window.card.name.text() == "张伟"
    assert window.card.address.text() == "新华区阳光小区3号楼2单元501室"
    assert not window.card.important.isVisibleTo(window.card)
    assert found and found[0].account_number == "R00000001"
    assert window.call.rang_at is not None  # typing a number starts the call


def test_ring_pops_important_customer_with_level_one_and_due_time(
        qtbot: QtBot, open_window: WindowFactory, basics, clock, zh_translators) -> None:
    window = open_window()
    known: list[str] = []
    window.number_known.connect(known.append)
    window.ring("13811112222")
    settle(qtbot)
    assert known == ["13811112222"]
    assert window.caller.number.text() == "13811112222"
    assert window.card.state == "card" and window.card.name.text() == "李娜"
    assert window.card.important.isVisibleTo(window.card)
    assert window.card.important.text() == "重要客户"
    assert "医院" in window.card.contract.text()
    assert window.card.services.text() == "供暖"
    # rule 5.2.2: an important customer defaults to level 1, due 2 h after now (09:30 UTC+0)
    assert window.form.level.currentData() == 1
    qtbot.keyClick(window.form.outcome, Qt.Key.Key_Down)  # 派发工单
    assert window.form.outcome.currentData() == "work_order"
    expected = (clock() + timedelta(hours=2)).astimezone(BEIJING).strftime("%m-%d %H:%M")
    assert window.form.due.text() == f"{expected}（2 小时内）"
    qtbot.keyClick(window.form.level, Qt.Key.Key_Down)  # level 2: due in 8 h
    expected = (clock() + timedelta(hours=8)).astimezone(BEIJING).strftime("%m-%d %H:%M")
    assert window.form.due.text() == f"{expected}（8 小时内）"


def test_unknown_caller_can_be_registered_without_losing_the_form(
        qtbot: QtBot, open_window: WindowFactory, zh_translators) -> None:
    window = open_window()
    enter_number(qtbot, window, "13700000000")
    assert window.card.state == "unknown"
    assert window.card.unknown_title.text() == "未登记来电"
    type_text(window.form.description, "新装用户咨询开栓时间")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = window.new_customer_dialog
    qtbot.waitExposed(dialog)
    assert dialog.phones.text() == "13700000000"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # empty name and estate: stays open
    settle(qtbot)
    assert dialog.isVisible()
    assert set(dialog.errors.visible_texts()) == {"name", "estate"}
    type_text(dialog.name, "周敏")
    type_text(dialog.estate, "幸福家园")
    qtbot.keyClick(dialog.estate, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.card.state == "card")
    assert window.card.name.text() == "周敏"
    assert window.call.customer_id == window.card.card.id
    assert window.form.description.toPlainText() == "新装用户咨询开栓时间"


def test_several_customers_on_one_number_get_a_chooser(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk) -> None:
    create_customer(agent_desk.uow(), CustomerForm(
        name="张小伟", phones=["13912345678"], estate="阳光小区", account_number="R00000009"))
    window = open_window()
    window.ring("13912345678")
    settle(qtbot)
    assert window.choices.isVisible() and window.choices.list.count() == 2
    assert window.card.name.text() == "张伟"
    window.choices.list.setFocus()
    qtbot.keyClick(window.choices.list, Qt.Key.Key_Down)
    qtbot.keyClick(window.choices.list, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.card.name.text() == "张小伟"
    assert window.choices.isVisible()  # the agent may still switch back


def test_search_by_chinese_address_fragment_and_enter_picks(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.caller.search
    type_text(window.caller.search, "和平里")
    qtbot.keyClick(window.caller.search, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.choices.list.count() == 1
    assert "李娜" in window.choices.list.item(0).text()
    assert window.focusWidget() is window.choices.list
    qtbot.keyClick(window.choices.list, Qt.Key.Key_Return)
    settle(qtbot)
    assert window.card.name.text() == "李娜"
    assert not window.choices.isVisible()
    assert window.form.level.currentData() == 1  # rule 5.2.2 for the important customer


def test_search_by_name_prefix(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    type_text(window.caller.search, "张")
    qtbot.keyClick(window.caller.search, Qt.Key.Key_Return)
    settle(qtbot)
    assert [window.choices.list.item(i).text().split()[1]
            for i in range(window.choices.list.count())] == ["张伟"]
