"""The change feed for a desk, so the UI can subscribe without touching app/db."""

from __future__ import annotations

from app.db.change_feed import ALL, ChangeFeed, change_feed_for
from app.workflows.desk import Desk

__all__ = ["ALL", "ChangeFeed", "open_change_feed"]


def open_change_feed(desk: Desk, *, start: bool = True) -> ChangeFeed:
    """A running feed of the changes in the desk's database; call stop() when closing."""
    feed = change_feed_for(desk.db.engine)
    if start:
        feed.start()
    return feed
