"""The change feed as a Qt signal: `changed(set_of_entities)` in the GUI thread.

The feed calls back on its own thread; emitting a signal from there reaches receivers
through a queued connection, so slots run in the GUI thread and may touch widgets.
A window subscribes with `feed.changed.connect(...)` and reloads when an entity it shows
("ticket", "contact", ... or ALL "*") is in the set.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.workflows.change_feed import ALL, ChangeFeed, open_change_feed
from app.workflows.desk import Desk

__all__ = ["ALL", "QtChangeFeed"]


class QtChangeFeed(QObject):
    changed = Signal(object)  # set[str] of entity names

    def __init__(self, feed: ChangeFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self._unsubscribe = feed.subscribe(self._from_feed)

    @classmethod
    def for_desk(cls, desk: Desk, parent: QObject | None = None) -> QtChangeFeed:
        """A started feed for the desk's database; stop() it when the window closes."""
        return cls(open_change_feed(desk), parent)

    def _from_feed(self, entities: set[str]) -> None:
        self.changed.emit(frozenset(entities))

    def stop(self) -> None:
        self._unsubscribe()
        self.feed.stop()

    @staticmethod
    def touches(entities: set[str] | frozenset[str], *names: str) -> bool:
        """True when a change set concerns any of `names` (or everything)."""
        return ALL in entities or any(name in entities for name in names)
