"""The change feed as a Qt signal: `changed(set_of_entities)` in the GUI thread.

The feed calls back on its own thread. It never touches the window's own QObject from
there: a window (and the QtChangeFeed it owns) can be deleted at any moment on the GUI
thread, by a close or by Python's garbage collector, while the feed thread is about to
deliver, and emitting on a half-destroyed object crashes the process. So the feed thread
emits on one process-long relay that lives on the GUI thread; the relay hands the change
to the window's feed only if that feed still exists, and a feed that is destroyed stops
its thread at once. Slots therefore always run on the GUI thread and may touch widgets.

A window subscribes with `feed.changed.connect(...)` and reloads when an entity it shows
("ticket", "contact", ... or ALL "*") is in the set.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.workflows.change_feed import ALL, ChangeFeed, open_change_feed
from app.workflows.desk import Desk

__all__ = ["ALL", "QtChangeFeed"]


class _Relay(QObject):
    """Lives as long as the application, on the GUI thread."""

    arrived = Signal(int, object)  # the feed's token, frozenset of entity names

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self.targets: dict[int, QtChangeFeed] = {}
        self.arrived.connect(self._hand_over)

    def _hand_over(self, token: int, entities: frozenset[str]) -> None:
        target = self.targets.get(token)
        if target is not None:
            target.changed.emit(entities)


_relay: _Relay | None = None
_tokens = itertools.count(1)


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class QtChangeFeed(QObject):
    changed = Signal(object)  # set[str] of entity names

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        relay = _the_relay()
        token = next(_tokens)
        self._token = token
        relay.targets[token] = self
        arrived = relay.arrived
        # the feed thread holds only the token and the relay, never this object
        self._unsubscribe = feed.subscribe(
            lambda entities: arrived.emit(token, frozenset(entities)))
        unsubscribe = self._unsubscribe

        def forget(*_: object) -> None:
            relay.targets.pop(token, None)
            unsubscribe()
            feed.stop(timeout=0)  # no wait on the GUI thread; the thread ends by itself

        self.destroyed.connect(forget)

    @classmethod
    def for_desk(cls, desk: Desk, parent: QObject | None = None) -> QtChangeFeed:
        """A started feed for the desk's database; stop() it when the window closes."""
        return cls(open_change_feed(desk), parent)

    def stop(self) -> None:
        _the_relay().targets.pop(self._token, None)
        self._unsubscribe()
        self.feed.stop()

    @staticmethod
    def touches(entities: set[str] | frozenset[str], *names: str) -> bool:
        """True when a change set concerns any of `names` (or everything)."""
        return ALL in entities or any(name in entities for name in names)
