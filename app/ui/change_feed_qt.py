"""The change feed as a Qt signal: `changed(set_of_entities)` in the GUI thread.

The feed calls back on its own thread. It never touches the window's own QObject from
there: a window (and the QtChangeFeed it owns) can be deleted at any moment on the GUI
thread, by a close or by Python's garbage collector, while the feed thread is about to
deliver, and emitting on a half-destroyed object crashes the process. So the feed thread
posts through the operation runner's process-long relay (a standing delivery, see
`app.ui.ops.worker.Relay`), which hands the change to this feed only while it exists; a
feed that is destroyed forgets its delivery and stops its thread at once. Slots therefore
always run on the GUI thread and may touch widgets.

A window subscribes with `feed.changed.connect(...)` and reloads when an entity it shows
("ticket", "contact", ... or ALL "*") is in the set.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.ui.ops.worker import relay
from app.workflows.change_feed import ALL, ChangeFeed, open_change_feed
from app.workflows.desk import Desk

__all__ = ["ALL", "QtChangeFeed"]


class QtChangeFeed(QObject):
    changed = Signal(object)  # set[str] of entity names

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        changed = self.changed
        post, forget = relay().stand(lambda entities, _error: changed.emit(entities))
        # the feed thread holds only `post`, never this object
        unsubscribe = feed.subscribe(lambda entities: post(frozenset(entities)))
        self._forget, self._unsubscribe = forget, unsubscribe

        def destroyed(*_: object) -> None:
            forget()
            unsubscribe()
            feed.stop(timeout=0)  # no wait on the GUI thread; the thread ends by itself

        self.destroyed.connect(destroyed)

    @classmethod
    def for_desk(cls, desk: Desk, parent: QObject | None = None) -> QtChangeFeed:
        """A started feed for the desk's database; stop() it when the window closes."""
        return cls(open_change_feed(desk), parent)

    def stop(self) -> None:
        self._forget()
        self._unsubscribe()
        self.feed.stop()

    @staticmethod
    def touches(entities: set[str] | frozenset[str], *names: str) -> bool:
        """True when a change set concerns any of `names` (or everything)."""
        return ALL in entities or any(name in entities for name in names)
