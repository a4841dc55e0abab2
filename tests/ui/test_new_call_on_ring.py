"""A ring is a new call everywhere, Esc pressed or not (issue 12, seen on the demo).

After a saved call the next ring used to leave the etiquette panel on the last call
(立案·承诺回复 with the old GD number, the old phrase warning) and the form's
"已保存：工单 GD…" note. Text typed and not saved stays for the agent to finish.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.etiquette.install import install_etiquette
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    choose,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.typing import type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def _panel_text(panel) -> str:
    return " ".join([panel.title.text(), panel.hint.text(), panel.warnings.text(),
                     *(row.text for row in panel.rows)])


def test_a_ring_after_a_saved_call_starts_a_new_call_everywhere(
        qtbot: QtBot, open_window: WindowFactory, basics, clock, zh_translators) -> None:
    window = open_window()
    panel = install_etiquette(window)
    window.ring("13912345678")
    settle(qtbot)
    first_stage = panel.script.stages.current  # where a freshly rung call stands
    clock.advance(seconds=5)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_text(window.form.description, "暖气不热，物业不知道")
    assert panel.warnings.isVisible()
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[0])
    qtbot.keyClick(window.form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    number = window.last_result.ticket_number
    assert number and number in window.form.saved_note.text()
    assert panel.script.stages.current == "case"
    assert number in _panel_text(panel)

    clock.advance(minutes=2)
    window.ring("13811112222")  # no Esc in between
    settle(qtbot)
    assert panel.script.stages.current == first_stage
    assert panel.script.contact_id is None
    assert panel.script.ringing  # the new call's ring is counted, not the old answer
    assert number not in _panel_text(panel)
    assert not panel.warnings.isVisible() and not panel.script.warnings
    assert window.form.saved_note.text() == ""
    assert number not in window.statusBar().currentMessage()  # nor the status bar's note
    assert window.call.rang_at == clock() and window.call.answered_at is None
    assert window.call.ended_at is None


def test_a_ring_during_a_typed_call_keeps_the_text(
        qtbot: QtBot, open_window: WindowFactory, clock) -> None:
    window = open_window()
    install_etiquette(window)
    window.ring("13912345678")
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_text(window.form.description, "室温偏低，还没保存")
    window.ring("13811112222")
    settle(qtbot)
    assert window.form.description.toPlainText() == "室温偏低，还没保存"
    assert window.call.draft is not None
    assert window.call.draft["description"] == "室温偏低，还没保存"


def test_a_deleted_phrase_takes_its_warning_away(
        qtbot: QtBot, open_window: WindowFactory, zh_translators) -> None:
    window = open_window()
    panel = install_etiquette(window)
    window.ring("13912345678")
    settle(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    type_text(window.form.description, "这个不归我们管")
    assert panel.warnings.isVisible() and panel.watcher.bubble.isVisible()
    for _ in "不归我们管":
        qtbot.keyClick(window.form.description, Qt.Key.Key_Backspace)
    assert window.form.description.toPlainText() == "这个"
    assert not panel.warnings.isVisible()
    assert not panel.watcher.bubble.isVisible()
    assert len(panel.script.warnings) == 1  # the call's record still counts it (rule 5.4)

    # typed in the answer box, then the save clears the form away from the focus
    type_text(window.form.answer, "不知道")
    window.form.description.setFocus()
    assert panel.warnings.isVisible()
    type_text(window.form.description, "暖气不热")
    qtbot.keyClick(window.form.description, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert window.last_result is not None
    assert not panel.warnings.isVisible()
