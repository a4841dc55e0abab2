"""Screens at 1366×768 keep their texts whole (issue 12 item 6): each test fails if the
screen it names clips again. SQLite: screen tests (the queries run on both elsewhere)."""

from __future__ import annotations

from PySide6.QtCore import QRect

from app.ui.screen_fit import fit_to_screen
from app.ui.tickets.queue_window import QueueWindow
from tests.ui.intake_support import settle
from tests.ui.test_layout_and_dialogs import queue_desk  # noqa: F401 (fixture)

SMALL = QRect(0, 0, 1366, 768)


def test_the_queue_detail_history_shows_time_by_and_step_whole(
        qtbot, queue_desk, zh_translators) -> None:  # noqa: ARG001, F811
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
