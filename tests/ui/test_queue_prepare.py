"""The queues window is built after login, hidden and piece by piece from the desk's first
paint, so F6 only shows it: the prepared window is the one F6 shows, it reads nothing until
then, and what it shows is current at F6. F6 while pieces remain (right after login) shows
that same window a few event-loop turns later with its first page, never building it all
on one turn. SQLite and PostgreSQL (the first page runs on a worker thread there)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.tickets import install
from app.ui.tickets.install import QUEUE_PREPARER, QUEUE_WINDOW, open_queues
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.intake import IntakeForm, save_intake
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)


@pytest.fixture(autouse=True)
def prepare_soon(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(install, "PREPARE_AFTER_MS", 50)


@pytest.fixture
def not_begun(monkeypatch: pytest.MonkeyPatch) -> None:
    """The preparation not begun by itself: the test takes its steps."""
    monkeypatch.setattr(install, "BEGIN_AT_PAINT", False)
    monkeypatch.setattr(install, "PREPARE_AFTER_MS", 60_000)


def _new_order(db, clock, basics, text: str) -> str:
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description=text, phone="13912345678",
        customer_id=basics.zhang.id, outcome="work_order", level=2,
        unit_id=basics.unit_ids[0]))
    assert result.ticket_number
    return result.ticket_number


def _numbers(window: QueueWindow) -> list[str]:
    return [window.model.row_at(r).number for r in range(window.model.rowCount())]


def _shown(qtbot, window) -> QueueWindow:
    """The queues window once it is on screen with its first page read."""
    def ready() -> bool:
        queues = window.slots.get(QUEUE_WINDOW)
        return queues is not None and queues.isVisible() and not queues.ops.busy

    qtbot.waitUntil(ready, timeout=5000)
    settle(qtbot)
    return window.slots.require(QUEUE_WINDOW)


def _press_f6(qtbot, window) -> QueueWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    return _shown(qtbot, window)


def test_the_window_prepared_at_idle_is_the_one_f6_shows_with_current_data(
        qtbot, open_window, db, clock, basics):
    before = _new_order(db, clock, basics, "暖气不热")
    window = open_window()
    preparer = window.slots.require(QUEUE_PREPARER)
    qtbot.waitUntil(lambda: preparer.done, timeout=5000)
    prepared = window.slots.require(QUEUE_WINDOW)
    assert prepared.dormant and not prepared.isVisible()
    assert prepared.table.model() is prepared.model  # complete, but
    assert prepared.model.rowCount() == 0 and prepared.feed is None  # nothing read or followed
    after = _new_order(db, clock, basics, "暖气片漏水")  # written after it was built

    queues = _press_f6(qtbot, window)
    assert queues is prepared and queues.isVisible() and not queues.dormant
    assert queues.feed is not None  # follows changes from now on
    assert {before, after} <= set(_numbers(queues))
    assert queues.detail.detail is not None  # the first order is shown beside the list
    queues.close()
    again = _press_f6(qtbot, window)  # closed and F6 again: still the same window
    assert again is prepared and again.isVisible()
    again.close()


def test_the_preparation_begins_once_the_desk_has_painted(qtbot, open_window,
                                                         monkeypatch):
    monkeypatch.setattr(install, "PREPARE_AFTER_MS", 60_000)  # not the fallback
    window = open_window()
    preparer = window.slots.require(QUEUE_PREPARER)
    qtbot.waitUntil(lambda: preparer.done, timeout=5000)
    assert window.slots.require(QUEUE_WINDOW).dormant
    qtbot.wait(50)
    assert window.isActiveWindow()  # the hidden build never took the keyboard from the desk


def test_f6_right_after_login_shows_the_window_with_its_first_page(
        qtbot, agent_desk, drafts, db, clock, basics):
    """F6 in the turn the desk first shows: the window comes with its first page, built a
    piece per turn (F6 itself builds no more than a piece)."""
    number = _new_order(db, clock, basics, "暖气不热")
    window = DeskWindow(agent_desk, None, drafts=drafts)
    qtbot.addWidget(window)
    window.show()
    f6 = next(a for a in window.actions() if a.shortcut().toString() == "F6")
    f6.trigger()  # what the key does, before the desk has painted
    preparer = window.slots.require(QUEUE_PREPARER)
    building = preparer.building
    assert building is not None and not building.constructed and not preparer.done
    queues = _shown(qtbot, window)
    assert queues is building and not queues.dormant
    assert number in _numbers(queues)  # the first page
    qtbot.waitUntil(lambda: queues.detail.detail is not None)  # and its first order
    f6.trigger()  # again: the same window
    assert window.slots.require(QUEUE_WINDOW) is queues
    queues.close()


def test_f6_while_it_is_being_built_goes_on_piece_by_piece(qtbot, open_window, db, clock,
                                                           basics, not_begun):
    number = _new_order(db, clock, basics, "暖气不热")
    window = open_window()
    preparer = window.slots.require(QUEUE_PREPARER)
    preparer._step()  # the first pieces, as the idle turns would build them
    preparer._step()
    building = preparer.building
    assert building is not None and not preparer.done
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    assert not building.constructed  # not built at once on the key's turn
    queues = _shown(qtbot, window)
    assert queues is building and queues.isVisible() and not queues.dormant
    assert number in _numbers(queues)
    preparer._step()  # a turn still queued does nothing more
    assert window.slots.require(QUEUE_WINDOW) is queues
    queues.close()


def test_an_alert_opening_an_order_meanwhile_gets_the_window_complete(
        qtbot, open_window, db, clock, basics, not_begun):
    """The overdue alerts use the window at once (open_order): it is finished for them."""
    number = _new_order(db, clock, basics, "暖气不热")
    window = open_window()
    preparer = window.slots.require(QUEUE_PREPARER)
    preparer._step()
    queues = open_queues(window, window.desk)
    assert queues is preparer.building and queues.constructed and queues.isVisible()
    settle(qtbot)
    qtbot.waitUntil(lambda: not queues.ops.busy)
    assert number in _numbers(queues)
    queues.close()
