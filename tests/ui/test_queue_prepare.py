"""The queues window is built at idle after login, hidden and piece by piece, so F6 only
shows it: the prepared window is the one F6 shows, it reads nothing until then, and what
it shows is current at F6, also when F6 comes while it is still being built. SQLite and
PostgreSQL (the first page runs on a worker thread there)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.repositories.uow import UnitOfWork
from app.ui.tickets import install
from app.ui.tickets.install import QUEUE_PREPARER, QUEUE_WINDOW
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


def _new_order(db, clock, basics, text: str) -> str:
    result = save_intake(UnitOfWork(db, basics.agent, clock), IntakeForm(
        channel="phone", category="repair", description=text, phone="13912345678",
        customer_id=basics.zhang.id, outcome="work_order", level=2,
        unit_id=basics.unit_ids[0]))
    assert result.ticket_number
    return result.ticket_number


def _numbers(window: QueueWindow) -> list[str]:
    return [window.model.row_at(r).number for r in range(window.model.rowCount())]


def _press_f6(qtbot, window) -> QueueWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F6)
    settle(qtbot)
    queues = window.slots.require(QUEUE_WINDOW)
    qtbot.waitUntil(lambda: not queues.ops.busy)
    return queues


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


def test_f6_while_it_is_being_built_finishes_it_at_once(qtbot, open_window, db, clock,
                                                        basics, monkeypatch):
    monkeypatch.setattr(install, "PREPARE_AFTER_MS", 60_000)  # the idle build not yet begun
    number = _new_order(db, clock, basics, "暖气不热")
    window = open_window()
    preparer = window.slots.require(QUEUE_PREPARER)
    preparer._step()  # the first pieces, as the idle turns would build them
    preparer._step()
    building = preparer.building
    assert building is not None and not preparer.done
    queues = _press_f6(qtbot, window)
    assert queues is building and queues.isVisible() and not queues.dormant
    assert number in _numbers(queues)
    preparer._step()  # a turn still queued does nothing more
    assert window.slots.require(QUEUE_WINDOW) is queues
    queues.close()


def test_f6_before_any_preparation_builds_the_window_as_before(qtbot, open_window, db,
                                                               clock, basics, monkeypatch):
    monkeypatch.setattr(install, "PREPARE_AFTER_MS", 60_000)
    number = _new_order(db, clock, basics, "暖气不热")
    window = open_window()
    queues = _press_f6(qtbot, window)
    assert not queues.dormant and number in _numbers(queues)
    preparer = window.slots.require(QUEUE_PREPARER)
    preparer._step()  # the idle turn comes later: the shown window is kept, none is built
    assert preparer.building is None and window.slots.require(QUEUE_WINDOW) is queues
    queues.close()
