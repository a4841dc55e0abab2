"""Opening a case (个案, rule 3.6.2(3)) and reopening an order from the queue's detail pane.

SQLite; the clock stands at 09:30 Beijing (tests/queue_data.py). Errors appear at the
field and nothing is written until the input is right.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from app.repositories.uow import UnitOfWork
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets import OPEN_CASE
from app.workflows.tickets.views import get_ticket
from tests.integration.ticket_support import event_count
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics


@pytest.fixture
def setup(sqlite_db, clock):
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(sqlite_db, clock, basics)
    return Desk(db=sqlite_db, clock=clock, actor=basics.agent), basics, orders


@pytest.fixture
def window(qtbot, setup) -> QueueWindow:
    window = QueueWindow(setup[0], live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _select(window: QueueWindow, ticket_id: int) -> None:
    row = window.model.row_of(ticket_id)
    assert row is not None
    window.table.selectRow(row)
    assert window.detail.detail.id == ticket_id


def test_open_a_case_with_holder_and_promised_callback(qtbot, window, setup):
    desk, basics, orders = setup
    db, tid = desk.db, orders["soon1"]  # new, nobody holds it
    _select(window, tid)
    before = event_count(db, tid)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Open c&ase…
    qtbot.waitUntil(lambda: window.action_bar.case_dialog is not None)  # a mnemonic animates
    dialog = window.action_bar.case_dialog
    assert dialog.isVisible()
    holders = [dialog.holder.itemText(i) for i in range(dialog.holder.count())]
    leader = basics.leader  # in Chinese 赵强（工号 2001）, never 赵强 (2001)
    assert f"{leader.name} (job number {leader.job_number})" in holders, holders
    dialog.save()  # nobody chosen: said under the field, nothing written
    assert dialog.errors.visible_texts() == {"holder": "Please fill this in."}
    dialog.choose_holder(basics.leader.id)
    dialog.set_due(desk.clock() - timedelta(minutes=5))
    dialog.save()
    assert dialog.errors.visible_texts() == {
        "callback_due_at": "This time must lie in the future."}
    assert event_count(db, tid) == before and dialog.isVisible()
    promised = desk.clock() + timedelta(hours=3)
    dialog.set_due(promised)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button
    assert not dialog.isVisible()
    ticket = get_ticket(UnitOfWork(db, basics.agent, desk.clock), tid)
    assert ticket.is_case and ticket.callback_due_at == promised  # rule 3.6.2(3)
    assert ticket.assignee_name == basics.leader.name
    assert window.detail.detail.id == tid and window.detail.detail.is_case
    assert window.detail.history_steps()[-1] == "Opened as a case"
    assert "held by 赵强" in window.detail.fields.text()
    assert not window.action_bar.buttons[OPEN_CASE].isEnabled()  # a case is opened once


def test_reopen_needs_a_reason(qtbot, window, setup):
    desk, basics, orders = setup
    db, tid = desk.db, orders["resolved2"]
    _select(window, tid)
    assert window.action_bar.buttons["reopen"].isEnabled()
    assert not window.action_bar.buttons[OPEN_CASE].isEnabled()  # finished work is no case
    answers = iter(["  ", "用户反映暖气仍不热"])
    window.action_bar.ask_text = lambda title, label: next(answers)
    before = event_count(db, tid)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Reopen…
    qtbot.waitUntil(lambda: window.detail.message.text() == "Please fill this in.")
    assert event_count(db, tid) == before
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.detail.detail.status == "dispatched")
    ticket = get_ticket(UnitOfWork(db, basics.agent, desk.clock), tid)
    assert ticket.status == "dispatched"  # back to the unit with a fresh deadline
    assert ticket.due_at == desk.clock() + timedelta(hours=8)  # rule 5.2.2: level 2
    assert window.detail.detail.id == tid
    assert window.detail.history_steps()[-1] == "Reopened"
    assert not window.action_bar.buttons["reopen"].isEnabled()
