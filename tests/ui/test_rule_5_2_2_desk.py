"""Rule 5.2.2 at the desk: the deadline runs from the ring, also after a restored draft;
the form shows that deadline live (pytest-qt, SQLite and
PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui import timefmt
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


def _fill_order(qtbot: QtBot, window, basics) -> None:
    choose(qtbot, window.form.category, "repair")
    type_text(window.form.description, "暖气漏水,地板已湿")
    choose(qtbot, window.form.outcome, "work_order")
    choose(qtbot, window.form.unit, basics.unit_ids[1])


def test_rule_5_2_2_desk_deadline_from_the_ring_not_the_save(
        qtbot: QtBot, open_window: WindowFactory, basics, clock) -> None:
    window = open_window()
    saved: list[object] = []
    window.work_order_saved.connect(saved.append)
    window.ring("13811112222")  # the important customer: level 1
    ring = clock()
    settle(qtbot)
    clock.advance(seconds=10)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    _fill_order(qtbot, window, basics)
    assert window.form.level.currentData() == 1
    clock.advance(minutes=5)  # the agent types for five minutes
    window.form.update_due()
    shown = timefmt.fmt(ring + timedelta(hours=2), timefmt.SHORT)
    assert window.form.due.text().startswith(shown)  # the live due time, too
    qtbot.keyClick(window.form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert len(saved) == 1
    assert saved[0].due_at == ring + timedelta(hours=2)  # T + 2 h, not T + 5 min + 2 h


def test_rule_5_2_2_restored_draft_keeps_the_ring_time(
        qtbot: QtBot, open_window: WindowFactory, basics, clock) -> None:
    window = open_window()
    window.ring("13811112222")
    ring = clock()
    settle(qtbot)
    clock.advance(seconds=8)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    _fill_order(qtbot, window, basics)
    window.drafts.flush()  # what a crash leaves behind
    window.close()
    clock.advance(minutes=30)  # the desk comes back half an hour later
    again = open_window()
    settle(qtbot)
    assert again.call.rang_at == ring
    saved: list[object] = []
    again.work_order_saved.connect(saved.append)
    choose(qtbot, again.form.unit, basics.unit_ids[1])
    qtbot.keyClick(again.form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert len(saved) == 1
    assert saved[0].due_at == ring + timedelta(hours=2)


def test_rule_5_2_2_a_letter_is_due_from_when_it_was_received(
        qtbot: QtBot, open_window: WindowFactory, basics, clock) -> None:
    window = open_window()
    form = window.form
    assert not form.received.isVisibleTo(form)  # a call is received when it rings
    choose(qtbot, form.channel, "letter")
    assert form.received.isVisibleTo(form)
    assert form.stated_received() == clock().replace(second=0, microsecond=0)
    arrived = clock() - timedelta(hours=20)  # the letter came in yesterday afternoon
    form.received.set_moment(arrived)
    choose(qtbot, form.category, "complaint")
    type_text(form.description, "来信反映暖气不热")
    choose(qtbot, form.outcome, "work_order")
    choose(qtbot, form.unit, basics.unit_ids[0])
    expected = arrived.replace(second=0, microsecond=0) + timedelta(hours=24)  # level 3
    assert form.due.text().startswith(timefmt.fmt(expected, timefmt.SHORT))
    saved: list[object] = []
    window.work_order_saved.connect(saved.append)
    qtbot.keyClick(form.unit, Qt.Key.Key_S, CTRL)
    settle(qtbot)
    assert len(saved) == 1
    assert saved[0].due_at == expected
