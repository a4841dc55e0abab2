"""The change feed: a change at one desk reaches a subscriber at another.

Two Database objects on one database stand for two desks. Waiting is bounded (no sleep,
no assert on speed): the feed on PostgreSQL is LISTEN/NOTIFY, on SQLite a polling thread.
"""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from app.db.change_feed import ChangeFeed, PollingChangeFeed, PostgresChangeFeed, change_feed_for
from app.db.database import Database
from app.models.staff import Unit
from app.repositories.uow import UnitOfWork
from app.workflows.tickets.claim import claim
from tests.integration.ticket_support import new_ticket

WAIT = 10.0  # an upper bound for a slow CI machine; the design goal is 2 s


@pytest.fixture
def other_desk(db: Database) -> Iterator[tuple[ChangeFeed, queue.Queue]]:
    second = Database(db.url)
    feed = change_feed_for(second.engine)
    received: queue.Queue[set[str]] = queue.Queue()
    feed.subscribe(received.put)
    feed.start()
    assert feed.ready.wait(WAIT), "the feed never started listening"
    yield feed, received
    feed.stop()
    second.dispose()


def _next(received: queue.Queue) -> set[str]:
    return received.get(timeout=WAIT)


def test_feed_fits_the_backend(db: Database) -> None:
    expected = PollingChangeFeed if db.is_sqlite else PostgresChangeFeed
    assert isinstance(change_feed_for(db.engine), expected)


def test_a_claim_at_one_desk_is_seen_at_another(db, clock, basics, other_desk) -> None:
    _feed, received = other_desk
    tid = new_ticket(db, clock, basics)
    seen: set[str] = set()
    while "ticket" not in seen:
        seen |= _next(received)
    assert {"contact", "ticket"} <= seen  # the intake wrote both
    claim(UnitOfWork(db, basics.leader, clock), tid)
    assert "ticket" in _next(received)


def test_rolled_back_changes_are_not_announced(db, clock, basics, other_desk) -> None:
    _feed, received = other_desk
    tid = new_ticket(db, clock, basics)
    while "ticket" not in _next(received):
        pass
    with UnitOfWork(db, basics.agent, clock) as uow:  # changed, flushed, never committed
        uow.tickets.get(tid).urge_count = 5
        uow.session.flush()
    with UnitOfWork(db, basics.agent, clock) as uow:  # then a committed change elsewhere
        uow.units.add(Unit(code="U09", name="第九供热所"))
        uow.commit()
    seen: set[str] = set()
    while "unit" not in seen:
        seen |= _next(received)
    assert "ticket" not in seen


def test_a_failing_subscriber_does_not_silence_the_others(db, clock, basics) -> None:
    feed = change_feed_for(db.engine)
    received: queue.Queue[set[str]] = queue.Queue()

    def broken(_entities: set[str]) -> None:
        raise RuntimeError("subscriber bug")

    feed.subscribe(broken)
    unsubscribe_later = feed.subscribe(received.put)
    feed.start()
    try:
        assert feed.ready.wait(WAIT)
        new_ticket(db, clock, basics)
        assert _next(received)
        unsubscribe_later()
    finally:
        feed.stop()
