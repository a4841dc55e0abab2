"""Which events of its window an event filter acts on.

A filter watching a window (the close guard, the followers that stop when the desk closes)
usually lives as long as that window. When the window ends in a reference cycle, the
garbage collector may clear the filter's Python half first and destroy the window after,
and the window's destructor still sends its filters Hide and ChildRemoved: a filter that
read `self.window` first raised AttributeError there. So the event's type is looked at
first, and a filter whose `window` is already gone acts on nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


def window_event(watcher: QObject, watched: QObject, event: QEvent,
                 *kinds: QEvent.Type) -> bool:
    """True when `event` is one of `kinds` and reached `watcher.window`."""
    return event.type() in kinds and watched is getattr(watcher, "window", None)
