"""The queues window is built after login, hidden and piece by piece from the desk's first
paint, so F6 only shows it: the prepared window is the one F6 shows, it reads nothing until
then, and what it shows is current at F6. F6 while pieces remain (right after login) shows
that same window a few event-loop turns later with its first page, never building it all
on one turn. SQLite and PostgreSQL (the first page runs on a worker thread there)."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app.db.errors import DatabaseUnavailable
from app.repositories.uow import UnitOfWork
from app.ui.desk_window import DeskWindow
from app.ui.tickets import install, queue_window
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


class _Reads:
    """The queue pages the window reads, each noted with whether its widgets existed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fail_first: bool = False) -> None:
        self.made: list[bool] = []
        real = queue_window.queue_page
        self.window: QueueWindow | None = None

        def read(*args, **kwargs):
            self.made.append(self.window is not None and self.window.constructed)
            if fail_first and len(self.made) == 1:
                raise DatabaseUnavailable("the server went away")
            return real(*args, **kwargs)

        monkeypatch.setattr(queue_window, "queue_page", read)


def _login_f6(qtbot, agent_desk, drafts) -> tuple[DeskWindow, QueueWindow]:
    window = DeskWindow(agent_desk, None, drafts=drafts)
    qtbot.addWidget(window)
    window.show()
    next(a for a in window.actions() if a.shortcut().toString() == "F6").trigger()
    building = window.slots.require(QUEUE_PREPARER).building
    assert building is not None and not building.constructed
    return window, building


def test_f6_right_after_login_reads_the_first_page_beside_the_pieces_once(
        qtbot, agent_desk, drafts, db, clock, basics, monkeypatch):
    """The page is asked for on the key's turn, before the widgets exist (on a server its
    round trip overlaps their building), and not read a second time on waking."""
    number = _new_order(db, clock, basics, "暖气不热")
    reads = _Reads(monkeypatch)
    window, building = _login_f6(qtbot, agent_desk, drafts)
    reads.window = building
    # asked for before a widget of the window was made: read inline on the desk's own
    # file, running on a worker thread on a server
    assert reads.made == [False] or building.ops.is_running("queue.page")
    queues = _shown(qtbot, window)
    assert number in _numbers(queues)
    assert len(reads.made) == 1  # the one read is what the list shows


def test_f6_right_after_login_builds_once_the_page_read_ahead_is_here(
        qtbot, agent_desk, drafts, db, clock, basics, monkeypatch):
    """On a server the pieces wait for the page read ahead (they held the interpreter lock
    its thread needs), and go on as soon as it is here, not at the end of the grace."""
    monkeypatch.setattr(install, "AHEAD_GRACE_MS", 5_000)
    number = _new_order(db, clock, basics, "暖气不热")
    events: list[str] = []
    real_step = QueueWindow.build_step

    def step(self):
        events.append("piece")
        return real_step(self)

    monkeypatch.setattr(QueueWindow, "build_step", step)
    began = time.monotonic()
    window, building = _login_f6(qtbot, agent_desk, drafts)
    building.ops.finished.connect(lambda key: events.append(key))
    queues = _shown(qtbot, window)
    assert time.monotonic() - began < 4.0  # the grace was cut short by the page
    assert number in _numbers(queues)
    if building.ops.background:  # a server: the page came before the first piece
        assert events.index("queue.page") < events.index("piece")
    queues.close()


def test_f6_right_after_login_paints_the_list_before_reading_the_detail(
        qtbot, agent_desk, drafts, db, clock, basics, monkeypatch):
    """The first order's detail is read the turn after the list's first paint (on the
    desk's own file it is read inline and held the list 4-11 ms)."""
    _new_order(db, clock, basics, "暖气不热")
    painted: list[object] = []  # the detail shown at each paint of the list with rows
    tables = []

    class Watch(QObject):
        queues: QueueWindow | None = None

        def eventFilter(self, _watched, event) -> bool:  # noqa: N802 (Qt)
            queues = self.queues
            if event.type() == QEvent.Type.Paint and queues and queues.model.rowCount():
                painted.append(queues.detail.detail)
            return False

    watch = Watch()
    real_table = queue_window.queue_table

    def watched_table(*args, **kwargs):
        table = real_table(*args, **kwargs)
        table.viewport().installEventFilter(watch)  # from before its first paint
        tables.append(table)
        return table

    monkeypatch.setattr(queue_window, "queue_table", watched_table)
    window, watch.queues = _login_f6(qtbot, agent_desk, drafts)  # its table comes later
    queues = _shown(qtbot, window)
    qtbot.waitUntil(lambda: queues.detail.detail is not None)
    assert tables and tables[0] is queues.table
    assert painted and painted[0] is None  # the list was on screen first
    assert queues.detail.detail.number == queues.model.row_at(0).number
    queues.table.viewport().removeEventFilter(watch)
    queues.close()


def test_a_first_page_that_failed_on_f6_is_said_in_the_window(
        qtbot, agent_desk, drafts, db, clock, basics, monkeypatch):
    """The server gone on the key's turn: the reason shows where the list is, never as a
    window of its own, and the list comes once it can be read (on waking, or F5)."""
    number = _new_order(db, clock, basics, "暖气不热")
    reads = _Reads(monkeypatch, fail_first=True)
    window, building = _login_f6(qtbot, agent_desk, drafts)
    reads.window = building
    qtbot.waitUntil(lambda: building.isVisible(), timeout=5000)
    settle(qtbot)
    strays = [w for w in QApplication.topLevelWidgets()
              if w.isVisible() and w.objectName() == "queueProblem"]
    assert not strays
    if number not in _numbers(building):  # the failure came after waking: said, F5 reads
        assert building.problem.isVisible() and "F5" in building.problem.text()
        qtbot.keyClick(building, Qt.Key.Key_F5)
        settle(qtbot)
    assert number in _numbers(building) and not building.problem.isVisible()
    assert len(reads.made) == 2
    building.close()


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
