"""Handover screens that follow other desks: the outgoing agent must see the signature soon.

Rule 3.4.2 keeps the outgoing agent on duty until the incoming colleague signs, often at
another desk. Polling the database every few seconds from every waiting desk costs queries
and still lags; the change feed (app/ui/change_feed_qt.py) says at once when another desk
committed a handover change, so the screen reloads then. A slow timer stays as a safety net
for a feed that is down or reconnecting (a reconnect also reports ALL, which reloads).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer

from app.ui.change_feed_qt import QtChangeFeed
from app.workflows.desk import Desk

# the tables a handover, its log lines and its carried-over orders live in
HANDOVER_ENTITIES: tuple[str, ...] = ("handover", "handover_item", "handover_carryover")
# who is on duty also follows the roster and the swaps a leader records
DUTY_ENTITIES: tuple[str, ...] = (*HANDOVER_ENTITIES, "roster_entry", "shift_swap")
FALLBACK_MS = 60_000


class HandoverWatch(QObject):
    """Calls `refresh` when the change feed reports one of `entities`, and on a slow timer.

    Idle until `start()`: a screen listens only while it waits for someone else, so a
    closed dialog holds no database connection. `live=False` keeps only the timer.
    """

    def __init__(self, desk: Desk, refresh: Callable[[], object], parent: QObject, *,
                 entities: Iterable[str] = HANDOVER_ENTITIES, live: bool = True,
                 fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(parent)
        self.desk = desk
        self.refresh = refresh
        self.entities = tuple(entities)
        self.live = live
        self.feed: QtChangeFeed | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(fallback_ms)
        self.timer.timeout.connect(self._fallback)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def start(self) -> None:
        """Begin listening (again); calling it while listening changes nothing."""
        if not self.timer.isActive():
            self.timer.start()
        if self.live and self.feed is None:
            self.feed = QtChangeFeed.for_desk(self.desk, self)
            self.feed.changed.connect(self._on_change)

    def stop(self) -> None:
        """Stop the timer and the feed's thread and connection."""
        self.timer.stop()
        if self.feed is not None:
            self.feed.changed.disconnect(self._on_change)
            self.feed.stop()
            self.feed.deleteLater()
            self.feed = None

    def _fallback(self) -> None:
        self.refresh()

    def _on_change(self, entities: frozenset[str]) -> None:
        if self.timer.isActive() and QtChangeFeed.touches(entities, *self.entities):
            self.refresh()
