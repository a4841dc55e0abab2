"""The queues window driven like an agent: queues, filters, search, keyboard, detail with
history, deadline colours at chosen moments, and steps from the detail pane.

SQLite (the queries themselves run on both backends in
tests/integration/test_queue_queries.py), except the reload after a version conflict, which
also runs on PostgreSQL where steps run on a worker thread. The clock stands at 09:30
Beijing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.tickets.queue_window import QueueWindow
from app.ui.tickets.table_model import QueueTableModel
from app.workflows.desk import Desk
from app.workflows.tickets.claim import claim
from app.workflows.tickets.pause import pause
from app.workflows.tickets.queues import QUEUES, QueueFilters, QueuePage, queue_page
from app.workflows.tickets.views import get_ticket
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics
from tests.ui.typing import type_text


@pytest.fixture
def setup(sqlite_db: Database, clock):
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(sqlite_db, clock, basics)
    desk = Desk(db=sqlite_db, clock=clock, actor=basics.agent)
    return desk, basics, orders


@pytest.fixture
def window(qtbot, setup) -> QueueWindow:
    desk, _, _ = setup
    window = QueueWindow(desk, live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _numbers(window: QueueWindow) -> list[str]:
    return [window.model.row_at(r).number for r in range(window.model.rowCount())]


def _settled(qtbot, window: QueueWindow) -> None:
    """Searches run off the GUI thread even on SQLite: wait for their page."""
    qtbot.waitUntil(lambda: not window.ops.busy)


def _gd(orders: dict[str, int], *keys: str) -> list[str]:
    return [f"GD{orders[k]:08d}" for k in keys]


def _paged_model(desk: Desk, queue: str) -> QueueTableModel:
    """A model whose next pages are read at once, as the window's runner does on SQLite."""
    model = QueueTableModel(desk.clock)

    def read(cursor: str | None) -> QueuePage:
        return queue_page(desk.uow(), queue, QueueFilters(), cursor, limit=2)

    model.more_wanted.connect(lambda cursor: model.append(read(cursor), model.generation))
    model.show_first(read(None))
    return model


@pytest.mark.parametrize("queue", QUEUES)
def test_every_queue_model_passes_the_model_tester(qtmodeltester, setup, queue):
    desk, _, _ = setup
    model = _paged_model(desk, queue)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model)


def test_pages_arrive_as_the_view_asks(setup):
    desk, _, orders = setup
    model = _paged_model(desk, "open")
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(r).id for r in range(model.rowCount())] == [
        orders[k] for k in ("overdue1", "soon1", "soon3", "resolved2", "later2")]


def test_ctrl_digits_switch_queues(qtbot, window, setup):
    _, _, orders = setup
    assert _numbers(window) == _gd(orders, "overdue1", "soon1", "soon3", "resolved2",
                                   "later2")
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.queue == "mine" and _numbers(window) == _gd(orders, "overdue1", "soon3")
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert _numbers(window) == _gd(orders, "overdue1")
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert _numbers(window) == _gd(orders, "closed_today")


def test_filters_and_search(qtbot, window, setup):
    _, basics, orders = setup
    bar = window.filter_bar
    bar.choose(bar.unit, basics.unit_ids[1])
    assert _numbers(window) == _gd(orders, "soon1", "later2")
    bar.choose(bar.category, "complaint")
    assert _numbers(window) == _gd(orders, "soon1")
    bar.choose(bar.unit, None)
    bar.choose(bar.category, None)
    qtbot.keyClick(window.table, Qt.Key.Key_Slash)
    assert bar.search.hasFocus()
    type_text(bar.search, "阳光小区")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "overdue1", "soon3")
    bar.search.clear()
    qtbot.keyClicks(bar.search, f"gd{orders['later2']}")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "later2")


def test_a_number_search_looks_across_all_orders(qtbot, window, setup):
    _, _, orders = setup
    bar = window.filter_bar
    bar.choose(bar.category, "complaint")  # a filter that holds no closed order
    assert _numbers(window) == _gd(orders, "soon1")
    assert window.status.text().startswith("All open orders: 1 shown")
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(bar.search, f"GD{orders['closed_yesterday']:08d}")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "closed_yesterday")  # closed, not a complaint
    assert window.status.text().startswith("Searching all orders, open and closed")
    assert window.status.text().endswith(": 1 found")
    assert window.status.font().bold()  # the queue and filters shown do not apply
    assert window.detail.detail.id == orders["closed_yesterday"]  # its detail is open
    bar.search.clear()
    qtbot.keyClicks(bar.search, "139 1234 5678")  # zhang's orders, newest first
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "overdue1", "closed_today", "soon3",
                                   "closed_yesterday")
    type_text(bar.search, "阳光")  # words: back inside the queue and its filter
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    _settled(qtbot, window)
    assert bar.search.text() == "139 1234 5678阳光" and _numbers(window) == []
    assert window.status.text() == "All open orders: 0 shown"
    assert not window.status.font().bold()
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)  # Esc empties the search
    _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "soon1")


def test_all_orders_search_pages_in_the_window(qtbot, setup):
    desk, _, orders = setup
    window = QueueWindow(desk, live=False, queue="closed_today")
    qtbot.addWidget(window)
    window.page_size = 1
    window.filter_bar.search.setText("13912345678")
    window.refresh()
    _settled(qtbot, window)
    assert window.status.text().endswith(": 1 found, more below")
    while window.model.canFetchMore():
        window.model.fetchMore()
        _settled(qtbot, window)
    assert _numbers(window) == _gd(orders, "overdue1", "closed_today", "soon3",
                                   "closed_yesterday")


def test_keyboard_moves_and_enter_opens_the_detail(qtbot, window, setup):
    _, _, orders = setup
    window.table.setFocus()
    assert window.detail.detail.id == orders["overdue1"]  # the first row is open at start
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.detail.detail.id == orders["soon1"]
    assert window.detail.title.text().startswith(_gd(orders, "soon1")[0])
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.action_bar.buttons["claim"].hasFocus()  # unassigned: claim comes first
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert window.table.hasFocus()


def test_detail_shows_the_whole_history(qtbot, window, setup):
    desk, _, orders = setup
    pause(desk.uow(), orders["soon3"], "家中无人")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(orders["soon3"]), 0))
    assert window.detail.history_steps() == ["Created", "Edited", "Paused"]
    last = window.detail.history.item(2, 3).text()
    assert "家中无人" in last
    assert window.detail.history.item(0, 0).text() == "11-25 10:10"  # Beijing, not UTC
    assert window.action_bar.buttons["resume"].isEnabled()
    assert not window.action_bar.buttons["pause"].isEnabled()


def test_deadline_colours_follow_the_clock(qtbot, window, setup):
    desk, _, orders = setup
    tones = {window.model.row_at(r).id: window.model.tone(r)
             for r in range(window.model.rowCount())}
    assert tones == {orders["overdue1"]: "overdue", orders["soon1"]: "soon",
                     orders["soon3"]: "soon", orders["resolved2"]: "",
                     orders["later2"]: ""}
    row = window.model.row_of(orders["soon1"])
    brush = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#fff3cd"  # the intake desk's due-soon colour
    due = window.model.index(row, 1)  # the words stay readable on a selected row
    assert window.model.data(due) == "11-26 10:00 (30 min left)"
    desk.clock.advance(minutes=31)  # soon1 was due at 10:00 Beijing
    window.repaint_deadlines()
    assert window.model.tone(row) == "overdue"
    assert window.model.data(due) == "11-26 10:00 (1 min late)"
    brush = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
    assert brush.color().name() == "#fde0dc"


def test_claim_from_the_detail_pane_and_a_lost_race(qtbot, window, setup):
    desk, basics, orders = setup
    window.table.setCurrentIndex(window.model.index(window.model.row_of(orders["soon1"]), 0))
    assert window.action_bar.run("claim")
    row = window.model.row_of(orders["soon1"])
    assert window.model.row_at(row).assignee_name == "王芳"
    assert "Claimed" in window.detail.history_steps()
    later = window.model.row_of(orders["later2"])
    window.table.setCurrentIndex(window.model.index(later, 0))
    claim(UnitOfWork(desk.db, basics.leader, desk.clock), orders["later2"])  # another desk
    assert window.action_bar.run("claim")
    assert window.ops.prompt.text() == "赵强 already holds this order."
    _press_reload(window)
    assert window.detail.detail.assignee_name == "赵强"
    assert not window.action_bar.buttons["claim"].isEnabled()


def _press_reload(window: QueueWindow) -> None:
    prompt = window.ops.prompt
    reload = next(b for b in prompt.buttons()
                  if prompt.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    reload.click()


def test_a_version_conflict_offers_a_reload_that_shows_the_other_desks_change(
        qtbot, db, clock):
    """On SQLite and on PostgreSQL, where the steps run on a worker thread."""
    basics = seed_basics(db, clock)
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    window = QueueWindow(Desk(db=db, clock=clock, actor=basics.agent), live=False)
    qtbot.addWidget(window)
    idle = lambda: not window.ops.busy  # noqa: E731
    qtbot.waitUntil(lambda: idle() and window.model.row_of(orders["soon3"]) is not None)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(orders["soon3"]), 0))
    qtbot.waitUntil(lambda: idle() and window.detail.detail.id == orders["soon3"])
    shown = window.detail.detail.version
    pause(UnitOfWork(db, basics.leader, clock), orders["soon3"], "门卫不让进")  # another desk
    assert window.action_bar.run("escalate")
    dialog = window.action_bar.escalation_dialog
    dialog.reason.setText("shang ji xie tiao")
    dialog.choose_answer("not_accepted")
    dialog.save()
    qtbot.waitUntil(lambda: idle() and window.ops.prompt is not None)
    assert "changed this order meanwhile" in window.ops.prompt.text()
    assert window.detail.detail.version == shown  # nothing reloaded behind the user's back
    _press_reload(window)
    qtbot.waitUntil(lambda: idle() and window.detail.detail.version > shown)
    assert window.detail.detail.id == orders["soon3"]
    assert window.detail.history_steps()[-1] == "Paused"  # the other desk's step
    assert window.action_bar.buttons["resume"].isEnabled()
    assert get_ticket(UnitOfWork(db, basics.agent, clock), orders["soon3"]).escalated_at is None


def test_f6_menu_entry_opens_one_live_window(qtbot, setup):
    from PySide6.QtWidgets import QWidget

    from app.ui import features
    from app.ui.slots import FeatureSlots
    from app.ui.tickets import install  # noqa: F401 (registers the entry)

    desk, _, _ = setup
    entry = next(a for a in features.registered() if a.key == "queues.window")
    assert entry.shortcut == "F6"
    host = QWidget()
    host.slots = FeatureSlots()  # what the desk window offers its features
    qtbot.addWidget(host)
    first = entry.open(host, desk)
    assert isinstance(first, QueueWindow) and first.feed is not None
    assert entry.open(host, desk) is first  # F6 again: the same window comes forward
    first.close()
    assert first.feed is None  # the change feed stops with the window
    again = entry.open(host, desk)  # F6 after closing: the same window, following again
    assert again is first and again.isVisible() and again.feed is not None
    again.close()


def test_a_closed_window_that_cannot_catch_up_is_freed_not_kept(qtbot, setup):
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from app.ui import features
    from app.ui.slots import FeatureSlots, Slot

    class Plain(QWidget):
        def __init__(self, _desk, parent=None) -> None:
            super().__init__(parent)

    desk, _, _ = setup
    host = QWidget()
    host.slots = FeatureSlots()
    qtbot.addWidget(host)
    slot = Slot("test.plain", Plain)
    first = features.single_window(host, slot, desk)
    first.close()
    second = features.single_window(host, slot, desk)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert second is not first and not shiboken6.isValid(first)
    assert host.slots.get(slot) is second


def test_another_desks_claim_shows_without_a_refresh(qtbot, setup):
    desk, basics, orders = setup
    window = QueueWindow(desk)  # live: the change feed polls SQLite's event counter
    qtbot.addWidget(window)
    row = window.model.row_of(orders["soon1"])
    assert window.model.row_at(row).assignee_name == ""
    claim(UnitOfWork(desk.db, basics.leader, desk.clock), orders["soon1"])

    def claimed() -> bool:
        found = window.model.row_of(orders["soon1"])
        return found is not None and window.model.row_at(found).assignee_name == "赵强"

    qtbot.waitUntil(claimed, timeout=5000)  # the feed promises 2 s; 5 s for a busy CI
    window.close()
