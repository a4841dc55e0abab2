"""The change feed: which kinds of records other desks (or this one) just changed.

One interface, two ways to learn about changes:
- PostgreSQL: the event table's trigger (revision 0005) sends NOTIFY heatdesk_changes with
  the changed entities when a transaction commits; a listener thread with its own psycopg
  connection receives them at once.
- SQLite: a thread polls the event table, whose id every change bumps (the audit hook
  writes an event for every flushed change), every `interval` seconds.

Subscribers are called on the feed's thread with a set of entity names ("ticket",
"contact", ...); ALL ("*") means "something may have been missed, reload everything" (after
a reconnect). The Qt side wraps this in app/ui/change_feed_qt.py.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)

CHANNEL = "heatdesk_changes"  # the NOTIFY channel of migrations/versions/0005_work_orders.py
ALL = "*"
Subscriber = Callable[[set[str]], None]


class ChangeFeed(ABC):
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()  # set once the feed is listening

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback(entities)` on every change; returns the unsubscribe function."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)
        return unsubscribe

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=type(self).__name__,
                                            daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def _deliver(self, entities: set[str]) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(set(entities))
            except Exception:  # one broken subscriber must not silence the others
                log.exception("change-feed subscriber failed")

    @abstractmethod
    def _run(self) -> None: ...


class PollingChangeFeed(ChangeFeed):
    """SQLite: read the events written since the last look."""

    def __init__(self, engine: Engine, interval: float = 0.5) -> None:
        super().__init__()
        self.engine = engine
        self.interval = interval

    def _run(self) -> None:
        last: int | None = None
        while not self.stopping:
            try:
                with self.engine.connect() as conn:
                    if last is None:
                        last = conn.execute(text("SELECT coalesce(max(id), 0) FROM event"))\
                            .scalar_one()
                        self.ready.set()
                    rows = conn.execute(text(
                        "SELECT id, entity FROM event WHERE id > :last ORDER BY id LIMIT 5000"),
                        {"last": last}).all()
                if rows:
                    last = rows[-1][0]
                    self._deliver({r[1] for r in rows})
            except Exception as exc:  # the database may be away for a while
                log.warning("change feed: %s", exc)
            self._stop.wait(self.interval)


class PostgresChangeFeed(ChangeFeed):
    """PostgreSQL: LISTEN on a connection of its own, reconnecting when it drops."""

    def __init__(self, engine: Engine, retry_seconds: float = 1.0) -> None:
        super().__init__()
        url = engine.url.set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self.retry_seconds = retry_seconds

    def _run(self) -> None:
        import psycopg

        first = True
        while not self.stopping:
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.ready.set()
                    if not first:
                        self._deliver({ALL})  # notices sent while away are lost: reload
                    first = False
                    while not self.stopping:
                        for note in conn.notifies(timeout=0.5):
                            self._deliver(set(filter(None, note.payload.split(","))))
            except Exception as exc:
                log.warning("change feed: %s", exc)
                self._stop.wait(self.retry_seconds)


def change_feed_for(engine: Engine) -> ChangeFeed:
    """The feed that fits the database behind `engine` (not yet started)."""
    if engine.dialect.name == "postgresql":
        return PostgresChangeFeed(engine)
    return PollingChangeFeed(engine)
