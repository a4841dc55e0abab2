"""Screens at 1366×768 keep their texts whole (issue 12 item 6): each test fails if the
screen it names clips again. They run in the house style (`house_style`: the bundled font
and resources/style.qss, as main.py runs the desk), whose padding is what clipped.
SQLite: screen tests (the queries run on both elsewhere)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect

from app.db.database import Database
from app.ui.screen_fit import FRAME, fit_to_screen
from app.ui.tickets.install import OVERDUE_WATCH
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.tickets.escalation import OverdueAlert
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)
from tests.ui.test_layout_and_dialogs import _clipped_buttons, queue_desk  # noqa: F401

SMALL = QRect(0, 0, 1366, 768)


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    """Screens only: the queries behind them run on both backends in their own tests."""
    return sqlite_db


def test_the_queue_detail_history_shows_time_by_and_step_whole(
        qtbot, queue_desk, house_style, zh_translators) -> None:  # noqa: ARG001, F811
    window = QueueWindow(queue_desk, live=False)
    qtbot.addWidget(window)
    fit_to_screen(window, 1400, 820, area=SMALL)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.table.selectRow(0)
    settle(qtbot)
    history = window.detail.history
    qtbot.waitUntil(lambda: history.rowCount() > 0)
    metrics, header = history.fontMetrics(), history.horizontalHeader()
    room = metrics.horizontalAdvance("M")           # some air around the text
    for column in range(3):                          # time, by, step
        heading = history.horizontalHeaderItem(column)
        texts = [heading.text()] + [history.item(r, column).text()
                                    for r in range(history.rowCount())]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        assert header.sectionSize(column) >= widest + room, heading.text()
    assert header.sectionSize(3) > 0                 # the details take the rest and wrap
    assert sum(header.sectionSize(c) for c in range(4)) <= history.viewport().width() + 1


def test_the_leaders_desk_at_1366x768_clips_no_button(
        qtbot, open_window, desk, basics, clock, house_style,
        zh_translators) -> None:  # noqa: ARG001
    """The etiquette panel shares its column with the overdue alerts, so it scrolls; its
    stage buttons (‹ 上一环节 / 下一环节 ›) were cut at both ends then."""
    window = open_window(desk.signed_in(basics.leader))
    window.resize(1366 - FRAME.width(), 768 - FRAME.height())  # maximised
    watch = window.slots.require(OVERDUE_WATCH)
    now = clock()
    watch._show([OverdueAlert(ticket_id=n, number=f"GD{n:08d}", level=2, description="暖气不热",
                              unit_name="管网维修队", due_at=now - timedelta(hours=n),
                              alerted_at=now, customer_name="杨桂香") for n in range(1, 9)])
    qtbot.waitUntil(lambda: watch.dock is not None and watch.dock.isVisible())
    settle(qtbot)
    assert not _clipped_buttons(window)
