"""F6 queues: the search filters as the agent types, and an empty list says why
(issue 12, seen on the demo: the list stayed until Enter; 我的工单 was blank)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.db.database import Database
from app.ui.tickets import queue_window
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics
from tests.ui.typing import type_text


@pytest.fixture
def setup(sqlite_db: Database, clock):
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(sqlite_db, clock, basics)
    return sqlite_db, clock, basics, orders


def _open(qtbot, desk: Desk, queue: str = "open") -> QueueWindow:
    window = QueueWindow(desk, live=False, queue=queue)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.ops.busy)
    return window


def _numbers(window: QueueWindow) -> list[str]:
    return [window.model.row_at(r).number for r in range(window.model.rowCount())]


def test_the_search_filters_as_the_agent_types(qtbot, setup) -> None:
    db, clock, basics, orders = setup
    window = _open(qtbot, Desk(db=db, clock=clock, actor=basics.agent))
    assert len(_numbers(window)) > 1
    wanted = f"GD{orders['later2']:08d}"
    bar = window.filter_bar
    bar.search.setFocus()
    qtbot.keyClicks(bar.search, wanted.lower())  # no Enter
    assert len(_numbers(window)) > 1  # not on every key: after a short pause
    qtbot.waitUntil(lambda: _numbers(window) == [wanted],
                    timeout=queue_window.SEARCH_PAUSE_MS + 3000)
    for _ in wanted:
        qtbot.keyClick(bar.search, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: len(_numbers(window)) > 1, timeout=3000)  # deleted: all again

    type_text(bar.search, "阳光小区")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # Enter: at once
    assert not window._typing.isActive()
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert _numbers(window) == [f"GD{orders[k]:08d}" for k in ("overdue1", "soon3")]


def test_an_empty_queue_says_why_and_what_to_do(qtbot, setup, zh_translators) -> None:
    db, clock, basics, _orders = setup
    window = _open(qtbot, Desk(db=db, clock=clock, actor=basics.leader), queue="mine")
    assert window.model.rowCount() == 0
    assert window.empty_note.isVisible()
    assert window.empty_note.text() == (
        "没有分配给您的工单。坐席受理的工单在“全部未结工单”（Ctrl+3）中查看。")
    window.show_queue("open")
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.model.rowCount() and not window.empty_note.isVisible()

    type_text(window.filter_bar.search, "没有这个地址")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.model.rowCount() == 0
    assert "清除搜索" in window.empty_note.text() and window.empty_note.isVisible()
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.ops.busy)
    assert window.model.rowCount() and not window.empty_note.isVisible()
