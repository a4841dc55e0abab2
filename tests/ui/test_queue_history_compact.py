"""The F6 history (处理记录) gives its details column the room (issue 12, demo defect).

The time column was sized for a date with its year and the by/step columns had two M's of
air each, so the details column was about 100 px wide at 1440×900 and the creation step's
list of first values (类别：…；内容：…；时限：…；等级：…；责任归属：…；状态：…) wrapped over
5-8 lines. Now the time column fits this year's short form (12-25 07:59) unless a row shows
a year, and the creation step reads as one short line (category · level · the call text's
start) with the whole list in its tooltip. SQLite: a screen test.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QRect, Qt

from app.repositories.uow import UnitOfWork
from app.ui.screen_fit import fit_to_screen
from app.ui.tickets.detail_pane import created_line
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.intake import IntakeForm, save_intake
from tests.queue_data import set_unit
from tests.support import seed_basics
from tests.ui.intake_support import settle

TEXT = "楼上邻居热我家不热，卧室只有十五度，已经三天了，请尽快派人上门测温"


@pytest.fixture
def order_desk(sqlite_db, clock) -> tuple[Desk, int]:
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.agent.id, basics.unit_ids[0])
    saved = save_intake(UnitOfWork(sqlite_db, basics.agent, clock), IntakeForm(
        channel="phone", category="heating_quality", description=TEXT, answer="已派单",
        phone="13811112222", rang_at=clock() - timedelta(seconds=8), answered_at=clock(),
        outcome="work_order", level=3, unit_id=basics.unit_ids[0]))
    assert saved.ticket_id is not None
    return Desk(db=sqlite_db, clock=clock, actor=basics.agent), saved.ticket_id


def _lines(history, row: int) -> int:
    """Lines the details cell of `row` wraps to at the column's width."""
    metrics = history.fontMetrics()
    width = history.horizontalHeader().sectionSize(3) - 8  # the item's text margins
    text = history.item(row, 3).text()
    box = metrics.boundingRect(QRect(0, 0, width, 100_000),
                               int(Qt.TextFlag.TextWordWrap), text)
    return round(box.height() / metrics.lineSpacing())


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 0, 1440, 900)])
def test_a_creation_step_fits_in_three_lines(
        qtbot, order_desk, screen, zh_translators) -> None:  # noqa: ARG001
    desk, ticket_id = order_desk
    window = QueueWindow(desk, live=False)
    qtbot.addWidget(window)
    fit_to_screen(window, 1400, 820, area=screen)  # as the window opens on that screen
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.row_of(ticket_id) is not None)
    window.table.selectRow(window.model.row_of(ticket_id))
    settle(qtbot)
    history = window.detail.history
    qtbot.waitUntil(lambda: history.rowCount() > 0)
    row = next(r for r in range(history.rowCount()) if history.item(r, 2).text() == "建单")
    shown = history.item(row, 3).text()
    assert shown.startswith("供热质量（室温） · 3级 · 楼上邻居热我家不热")
    assert _lines(history, row) <= 3, (shown, history.horizontalHeader().sectionSize(3))
    qtbot.waitUntil(lambda: history.rowHeight(row) >= history.sizeHintForRow(row))  # whole
    tip = history.item(row, 3).toolTip()  # the whole list of first values
    assert "类别：供热质量（室温）" in tip and f"内容：{TEXT}" in tip and "状态：已受理" in tip
    metrics = history.fontMetrics()  # the time column: this year's short form and air
    assert history.horizontalHeader().sectionSize(0) <= (
        metrics.horizontalAdvance("12-25 07:59") + 2 * metrics.horizontalAdvance("M"))


def test_the_creation_line_shortens_a_long_call_text() -> None:
    changes = (("category", ("repair",)), ("description", ("暖气   漏水\n" + "很" * 40,)),
               ("level", ("2",)), ("status", ("new",)))
    line = created_line(changes)
    assert line == "Repair · Level 2 · 暖气 漏水 " + "很" * 9 + "…"
    assert created_line((("description", ("暖气不热",)),)) == "暖气不热"
