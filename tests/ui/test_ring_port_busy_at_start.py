"""The ring-port-busy warning at start-up is in front of the desk (issue 12 item 10), and
start-up's objects are frozen out of the garbage collector once the desk is shown.

test_small_things tests warn_port_busy alone; this runs the real path after login
(app/ui/main.py:_open_desk_window: ring server, desk window, warning) with the desk's ring
port already taken. The offscreen platform activates each window it shows, so a warning
shown before the desk would lose the activation to it, and one without the desk as parent
would have no transient parent: both fail here.
"""

from __future__ import annotations

import gc
import os
import socket

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.ui import main
from app.ui.desk_window import DeskWindow


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)  # no data layer involved
def test_a_busy_ring_port_is_said_in_front_of_the_desk_after_login(desk, basics,
                                                                  qtbot: QtBot):
    seen: dict[str, object] = {}

    def look() -> None:  # runs inside the desk's event loop, once it is up
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, DeskWindow) and w.isVisible())
        try:
            # the window system's activations of what start-up showed, all delivered
            qtbot.waitUntil(lambda: QApplication.focusWindow() is not None)
            QApplication.processEvents()
            box = window.findChild(QMessageBox, "ringPortBusy")
            seen["box"] = box is not None
            if box is not None:
                seen["visible"] = box.isVisible()
                seen["parent"] = box.parent() is window
                seen["transient"] = (box.windowHandle().transientParent()
                                     is window.windowHandle())
                seen["active"] = QApplication.activeWindow() is box  # in front of the desk
                box.close()
        finally:
            window.close()  # ends the event loop (_DeskClosing)

    taken = socket.socket()
    taken.bind(("127.0.0.1", int(os.environ["HEATDESK_RING_PORT"])))  # tests/conftest.py
    taken.listen(1)
    gc.unfreeze()
    try:
        QTimer.singleShot(0, look)
        assert main._open_desk_window(desk, basics.agent) == 0
        # start-up's objects left the full collections once the desk was shown
        # (app/ui/memory.py: they paused the GUI thread 60-80 ms at full size)
        assert gc.get_freeze_count() > 0
    finally:
        taken.close()
        gc.unfreeze()  # the test process keeps collecting as before
    assert seen == {"box": True, "visible": True, "parent": True, "transient": True,
                    "active": True}

