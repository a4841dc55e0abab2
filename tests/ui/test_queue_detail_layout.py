"""Layout defects the lead met on the demo (issue 12): the F6 detail pane and the intake form.

- The history (处理记录) elided its details column ("类别：供热质量（室温）；内…"): the rows
  were fitted once, at the width the column had before the pane was laid out. They follow
  the column's width now, and each details cell carries the whole text as its tooltip.
- Pause/Resume hidden from a role the settings refuse left two holes in the button grid:
  only the shown buttons are laid out, in step order.
- The intake form said "核实用户信息 ☐ 已核实用户信息": the checkbox row has no label now.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QFormLayout, QPushButton
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.ui.tickets.detail_pane import DetailPane
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets import PAUSE, RESUME
from app.workflows.tickets.detail import HistoryEntry, TicketDetail
from tests.queue_data import make_orders
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    WindowFactory,
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
LONG = "楼上邻居热我家不热，客户说卧室只有十五度，已经三天了，请尽快派人上门测温并处理"


@pytest.fixture
def db(sqlite_db: Database) -> Database:
    return sqlite_db  # widgets only; the workflows' data layer is tested elsewhere


def _detail(steps: int) -> TicketDetail:
    history = tuple(HistoryEntry(
        NOW - timedelta(hours=steps - n), "王芳", "create" if n == 0 else "resolve",
        (("category", ("heating_quality",)), ("description", (f"{n} {LONG}",)),
         ("callback_due_at", ("", (NOW + timedelta(days=1)).isoformat())),
         ("resolution", (LONG,))))
        for n in range(steps))
    return TicketDetail(
        id=1, number="GD00001743", category="heating_quality", level=3, status="resolved",
        phone="18146981068", description=LONG, unit_name="第三供热所", customer_name="李春梅",
        account_number="R00001372", address="高新区康乐城11号楼4单元102室",
        assignee_name="赵强", created_by_name="王芳", responsibility="", resolution=LONG,
        received_at=NOW - timedelta(days=1), due_at=NOW, closed_at=None, version=1,
        paused_at=None, escalated_at=None, escalation_reason="", history=history)


def _fitted(pane: DetailPane) -> bool:
    """The history's rows fitted at the details column's settled width: none lower than
    its wrapped contents, and no refit pending (a pane filled before it was laid out is
    fitted again once its width settles)."""
    table = pane.history
    return (not pane._rows_fit.isActive() and pane._fitted_width == table.columnWidth(3)
            and all(table.rowHeight(r) >= table.sizeHintForRow(r)
                    for r in range(table.rowCount())))


def test_history_details_wrap_whole_at_any_width_with_the_text_as_tooltip(
        qtbot: QtBot) -> None:
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show_detail(_detail(6), NOW)  # filled before the pane was ever laid out
    pane.show()
    qtbot.waitExposed(pane)
    qtbot.waitUntil(lambda: _fitted(pane))
    wide = [pane.history.rowHeight(r) for r in range(pane.history.rowCount())]
    pane.resize(460, 700)  # the splitter or the window narrows the pane
    qtbot.waitUntil(lambda: _fitted(pane))
    assert [pane.history.rowHeight(r) for r in range(6)] > wide  # taller, not elided
    for row in range(pane.history.rowCount()):
        item = pane.history.item(row, 3)
        assert item is not None and LONG in item.toolTip()
        if row:  # the creation step shows one short line, the whole list on hover
            assert item.toolTip() == item.text()


def test_hidden_pause_and_resume_leave_no_gap_in_the_button_grid(
        qtbot: QtBot, db: Database, clock, basics) -> None:
    orders = make_orders(db, clock, basics)
    window = QueueWindow(Desk(db=db, clock=clock, actor=basics.agent), live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot)
    window.table.selectRow(window.model.row_of(next(iter(orders.values()))))
    settle(qtbot)
    bar = window.action_bar
    assert bar.detail is not None
    grid = bar.grid

    def cells() -> tuple[list[tuple[int, int]], list[QPushButton]]:
        placed = [b for b in [*bar.buttons.values(), bar.level_button]
                  if grid.indexOf(b) >= 0]
        return [grid.getItemPosition(grid.indexOf(b))[:2] for b in placed], placed

    bar.show_detail(replace(bar.detail, may_pause=False))  # a role the settings refuse
    positions, placed = cells()
    assert bar.buttons[PAUSE] not in placed and bar.buttons[RESUME] not in placed
    assert all(b.isVisibleTo(window) for b in placed)
    per_row = max(c for _, c in positions) + 1
    assert positions == [divmod(n, per_row) for n in range(len(placed))]  # no hole
    bar.show_detail(replace(bar.detail, may_pause=True))  # and back, in step order
    positions, placed = cells()
    assert bar.buttons[PAUSE] in placed and bar.buttons[RESUME] in placed
    assert positions == [divmod(n, per_row) for n in range(len(placed))]
    steps = list(bar.buttons.values())
    assert [b for b in placed if b in steps] == steps


def test_the_verified_box_is_not_labelled_twice(open_window: WindowFactory) -> None:
    form = open_window().form
    box = form.caller_verified
    layout = form._form
    for row in range(layout.rowCount()):
        field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        holder = field.widget() if field is not None else None
        if holder is not None and (holder is box or holder.isAncestorOf(box)):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            text = label.widget().text() if label is not None and label.widget() else ""
            assert text == ""  # the checkbox's own text says it
            assert box.text()
            return
    pytest.fail("the verified box is not in the form")
