"""The version-conflict prompt of the F6 queue window answered with Enter (demo defect:
technician 3001's desk process ended with no output after Enter on 重新载入).

Two desks on one order: this window asks for a step, another desk pauses the order first,
the step fails with a conflict, the prompt offers a reload, Enter takes it. The window must
live on (no crash, no exception, python -X faulthandler quiet) and show the other desk's
step. Not reproduced on HEAD (Xvfb/openbox, two demo processes 3001/2001, twice): this test
keeps the path covered, with Python's GC run while the prompt's signal has just fired.
"""

from __future__ import annotations

import gc

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.repositories.uow import UnitOfWork
from app.ui.tickets.queue_window import QueueWindow
from app.workflows.desk import Desk
from app.workflows.tickets.pause import pause
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics


def test_enter_on_reload_after_a_conflict_keeps_the_window(qtbot, sqlite_db, clock):
    db = sqlite_db
    basics = seed_basics(db, clock)
    set_unit(db, basics.agent.id, basics.unit_ids[0])
    orders = make_orders(db, clock, basics)
    window = QueueWindow(Desk(db=db, clock=clock, actor=basics.agent), live=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    idle = lambda: not window.ops.busy  # noqa: E731
    qtbot.waitUntil(lambda: idle() and window.model.row_of(orders["soon3"]) is not None)
    window.table.setCurrentIndex(window.model.index(window.model.row_of(orders["soon3"]), 0))
    qtbot.waitUntil(lambda: idle() and window.detail.detail.id == orders["soon3"])
    shown = window.detail.detail.version
    bar = window.action_bar
    assert bar.buttons["resolve"].isEnabled()
    bar.ask_choice = lambda *_a, **_k: "company"
    bar.ask_text = lambda *_a, **_k: "fa men yi huan"
    pause(UnitOfWork(db, basics.leader, clock), orders["soon3"], "门卫不让进")  # another desk
    assert bar.run("resolve")
    qtbot.waitUntil(lambda: idle() and window.ops.prompt is not None)
    prompt = window.ops.prompt
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    for _ in range(5):
        gc.collect()
        QApplication.processEvents()
    qtbot.waitUntil(lambda: idle() and window.detail.detail.version > shown)
    assert shiboken6.isValid(prompt) and not prompt.isVisible()
    assert window.isVisible()
    assert window.detail.detail.id == orders["soon3"]
    assert window.detail.history_steps()[-1] == "Paused"  # the other desk's step
    assert window.action_bar.buttons["resume"].isEnabled()
