"""The Qt change feed: another desk's change arrives as `changed` in the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.change_feed_qt import QtChangeFeed
from app.workflows.change_feed import ChangeFeed
from app.workflows.desk import Desk
from app.workflows.tickets.claim import claim
from tests.integration.ticket_support import new_ticket


def test_other_desks_claim_arrives_in_the_gui_thread(qtbot: QtBot, qapp: QApplication,
                                                     desk: Desk, basics, clock) -> None:
    tid = new_ticket(desk.db, clock, basics)
    feed = QtChangeFeed.for_desk(desk)
    threads: list[bool] = []
    got: list[frozenset[str]] = []

    def on_changed(entities: frozenset[str]) -> None:
        threads.append(QThread.currentThread() is qapp.thread())
        got.append(entities)

    feed.changed.connect(on_changed)
    try:
        assert feed.feed.ready.wait(10)
        other = Database(desk.db.url)  # another desk on the same database
        try:
            claim(UnitOfWork(other, basics.leader, clock), tid)
        finally:
            other.dispose()
        qtbot.waitUntil(lambda: any(QtChangeFeed.touches(e, "ticket") for e in got),
                        timeout=10_000)
        assert all(threads)
    finally:
        feed.stop()
    assert not QtChangeFeed.touches(frozenset({"unit"}), "ticket")
    assert QtChangeFeed.touches(frozenset({"*"}), "ticket")


class _HandFedFeed(ChangeFeed):
    """A feed whose thread is the test's own: it delivers when told to."""

    def __init__(self) -> None:
        super().__init__()
        self.stopped = False

    def _run(self) -> None:  # never started: the test calls deliver() from its thread
        pass

    def stop(self, timeout: float = 5.0) -> None:
        self.stopped = True
        super().stop(timeout)

    def deliver(self, entities: set[str]) -> None:
        self._deliver(entities)


def test_a_feed_deleted_with_its_window_stops_and_late_changes_go_nowhere(
        qtbot: QtBot) -> None:
    """A window collected while its feed thread delivers must not crash the desk: the
    thread never emits on the window's object, and the deleted feed stops its thread."""
    owner = QWidget()
    inner = _HandFedFeed()
    feed = QtChangeFeed(inner, owner)
    got: list[frozenset[str]] = []
    feed.changed.connect(got.append)
    worker = threading.Thread(target=inner.deliver, args=({"ticket"},))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(got), timeout=2_000)
    assert got == [frozenset({"ticket"})]

    del feed
    owner.deleteLater()
    qtbot.waitUntil(lambda: inner.stopped, timeout=2_000)
    # a delivery racing the deletion: the relay finds no feed and drops it
    late = threading.Thread(target=inner.deliver, args=({"ticket"},))
    late.start()
    late.join()
    QApplication.processEvents()
    assert got == [frozenset({"ticket"})]
