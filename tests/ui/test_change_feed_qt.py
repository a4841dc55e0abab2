"""The Qt change feed: another desk's change arrives as `changed` in the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.ui.change_feed_qt import QtChangeFeed
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
