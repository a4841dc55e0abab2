"""The etiquette panel beside a live intake form: it follows the call, fills the words in,
inserts them where the agent types without taking the focus, and records the call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from app.repositories.etiquette import EtiquetteRepository
from app.ui.etiquette.install import ETIQUETTE_DOCK, ETIQUETTE_PANEL, install_etiquette
from app.workflows.desk import Desk
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _phrases(panel) -> list[str]:
    return [row.text for row in panel.rows]


def _record(desk: Desk, contact_id: int):
    with desk.uow() as uow:
        row = uow.repo(EtiquetteRepository).call_record(contact_id)
        return None if row is None else (list(row.stages), row.greeting_reached,
                                         row.closing_reached, row.phrase_warnings)


def test_panel_follows_a_call_from_ring_to_farewell(
        qtbot: QtBot, open_window: WindowFactory, agent_desk: Desk, basics, clock,
        zh_translators) -> None:
    window = open_window()
    panel = install_etiquette(window)
    assert panel.script.stages.current == "ringing"
    assert panel.ring_label.text() == "振铃 3 声内接听"  # rule 4.4

    window.ring("13912345678")  # the phone system: caller ID pops 张伟
    settle(qtbot)
    clock.advance(seconds=12)
    panel.refresh_ring()
    assert panel.script.stages.current == "greeting"  # greet first, even with the card up
    assert panel.ring_label.text() == "正在振铃：第 3 声（3 声内接听）"
    assert _phrases(panel)[0] == (
        "早上好！热电有限公司客户服务中心，1001号为您服务。请问您有什么事？")  # 09:30 Beijing
    assert [b.text() for b in panel.salutations.buttons][:3] == ["张小姐", "张女士", "张先生"]
    qtbot.keyClick(window, Qt.Key.Key_F2)  # answer
    panel.refresh_ring()
    assert panel.ring_label.text() == "第 3 声接听"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, ALT)
    assert panel.script.stages.current == "addressing"

    choose(qtbot, window.form.category, "complaint")
    assert panel.script.stages.current == "verifying"
    assert "致歉" in panel.stepper.text()  # the complaint flow has the apology stage
    qtbot.mouseClick(panel.salutations.buttons[2], Qt.MouseButton.LeftButton)  # 张先生
    assert window.form.category.hasFocus()  # a click on the panel leaves the focus alone

    type_text(window.form.description, "维修工态度差。")
    qtbot.keyClick(window.form.description, Qt.Key.Key_1, ALT)
    assert window.form.description.toPlainText() == (
        "维修工态度差。张先生，我跟您核对一下：您的地址是新华区阳光小区3号楼2单元501室，"
        "反映的是投诉问题，对吗？")
    assert window.form.description.hasFocus()

    qtbot.keyClick(window.form.description, Qt.Key.Key_PageDown, ALT)
    assert panel.script.stages.current == "apology"
    qtbot.mouseClick(panel.rows[1].copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "非常抱歉，这件事我们马上为您登记处理。"
    assert window.form.description.hasFocus()

    type_text(window.form.description, "客户说物业不知道")
    assert panel.watcher.bubble.isVisible()  # gentle warning at the field (rule 3.2.6)
    assert "这个问题我帮您查询一下" in panel.watcher.bubble.text()
    assert panel.warnings.isVisible()

    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    qtbot.keyClick(window.form.unit, Qt.Key.Key_S, CTRL)  # a warning never blocks saving
    settle(qtbot)  # the save, then the call's etiquette record
    result = window.last_result
    assert result is not None and result.ticket_number
    assert panel.script.stages.current == "case"
    assert _phrases(panel)[0] == (
        f"张先生，您反映的问题已经登记，工单号是{result.ticket_number}，"
        "我们会在明天09:30前处理并给您回复。")  # level 3: 24 h (rule 5.2.2)
    stages, greeting, closing, warnings = _record(agent_desk, result.contact_id)
    assert greeting and not closing and warnings == 1
    assert stages[:4] == ["ringing", "greeting", "addressing", "verifying"]

    panel.next_stage()
    qtbot.keyClick(window.form.unit, Qt.Key.Key_PageDown, ALT)
    assert panel.script.stages.current == "farewell"
    assert "请客户先挂机" in panel.hint.text()
    settle(qtbot)
    assert _record(agent_desk, result.contact_id)[2] is True  # closing reached, rule 5.4

    qtbot.keyClick(window, Qt.Key.Key_Escape)  # next call
    assert panel.script.stages.current == "ringing"
    assert not panel.warnings.isVisible() and panel.script.contact_id is None


def test_panel_never_takes_the_focus(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    panel = install_etiquette(window)
    window.caller.number.setFocus()
    qtbot.keyClicks(window.caller.number, "13811112222")
    qtbot.keyClick(window.caller.number, Qt.Key.Key_Return)
    settle(qtbot)
    # a typed number: the agent is already talking, so greeting and address count as reached
    assert panel.script.stages.reached == ["ringing", "greeting", "addressing"]
    window.form.answer.setFocus()
    buttons = panel.findChildren(QAbstractButton)
    assert buttons and all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)
    for button in buttons:
        if button.isVisible() and button.isEnabled():
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            assert QApplication.focusWidget() is window.form.answer, button.text()
    qtbot.mouseClick(panel.rows[0].words, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is window.form.answer


def test_shortcut_without_a_text_field_copies_instead(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    panel = install_etiquette(window)
    panel.go_to("anything_else")
    window.form.channel.setFocus()  # a combo box: nothing to type into
    qtbot.keyClick(window.form.channel, Qt.Key.Key_1, ALT)
    assert QGuiApplication.clipboard().text() == "请问您还有别的事吗？"
    qtbot.keyClick(window.form.channel, Qt.Key.Key_1, ALT | CTRL)
    assert "请问您还有别的事吗" in panel.status.text()


def test_salutation_cycles_by_shortcut_and_fills_the_phrases(
        qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    panel = install_etiquette(window)
    window.ring("13811112222")  # 李娜
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, ALT)
    assert _phrases(panel)[0] == "〔称呼〕，您好！"
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)
    qtbot.keyClick(window, Qt.Key.Key_S, ALT)
    assert _phrases(panel)[0] == "李女士，您好！"


def test_the_desk_window_docks_the_panel_and_lists_the_leader_entries(
        qtbot: QtBot, open_window: WindowFactory, desk: Desk, basics) -> None:
    window = open_window(desk.signed_in(basics.leader))  # the leader entries are theirs
    panel = window.slots.get(ETIQUETTE_PANEL)  # installed by the desk window itself
    assert panel is not None and install_etiquette(window) is panel
    dock = window.slots.get(ETIQUETTE_DOCK)
    assert dock is not None and dock.widget() is panel and panel.isVisible()
    keys = {a.shortcut().toString() for a in window.feature_menu.actions()}
    assert {"Ctrl+Shift+Y", "Ctrl+Shift+E", "Ctrl+Shift+G"} <= keys
