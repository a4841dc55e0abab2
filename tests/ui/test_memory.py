"""Garbage collection on the GUI thread only, and full collections at idle moments once the
desk is up (app/ui/memory.py).

A collection on a worker thread destroyed Qt objects held in cycles there and crashed the
process (a bus error in the suite); a full collection inside a report's reading threads
held the interpreter while the database server kept both cores busy (the F8
special-customer tab stalled 40-63 ms)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui import memory
from app.ui.ops import Op, OpRunner, worker


@pytest.fixture
def settled(qtbot: QtBot) -> Iterator[None]:
    """settle_after_start as the desk calls it; the test process gets its state back."""
    memory.settle_after_start()
    try:
        yield
    finally:
        memory._settled.clear()
        gc.unfreeze()


def _middle_collections(count: int) -> None:
    for _ in range(count):
        gc.collect(1)


def test_the_application_collects_on_its_own_thread_only(qapp):
    assert memory.installed()
    assert not gc.isenabled()  # no collection starts on whatever thread allocates
    assert memory._timer[0].isActive() and memory._timer[0].thread() is qapp.thread()


def test_a_cycle_holding_a_qt_object_is_freed_on_the_gui_thread_not_a_workers(qtbot):
    died_on: list[str] = []

    class Holder:
        def __init__(self) -> None:
            self.me = self  # the cycle: only the collector can free it
            self.label = QLabel("报表")
            self.label.destroyed.connect(
                lambda *_: died_on.append(threading.current_thread().name))

    allocated: list[list[list[int]]] = []

    def on_a_worker() -> None:  # allocations enough to cross every threshold
        allocated.append([[] for _ in range(50_000)])

    gc.collect()
    Holder()
    worker = threading.Thread(target=on_a_worker, name="worker")
    worker.start()
    worker.join()
    assert died_on == []  # the worker's allocations started no collection
    qtbot.waitUntil(lambda: bool(died_on), timeout=5 * memory.TICK_MS + 2000)
    assert died_on == [threading.main_thread().name]


def test_collections_follow_cpythons_thresholds(qapp):
    gc.collect()
    assert memory.collect_due() is None
    young, middle, _ = gc.get_threshold()
    keep = [QObject() for _ in range(young)] + [[] for _ in range(young)]
    assert memory.collect_due() == 0
    for _ in range(middle):
        gc.collect(0)
    assert memory.collect_due() == 1
    _middle_collections(memory.CPYTHON_FULL_AFTER)
    assert memory.collect_due() == 2
    assert gc.get_count()[2] == 0
    del keep


def test_after_start_full_collections_wait_while_an_operation_runs(qtbot: QtBot, settled):
    assert gc.get_freeze_count() > 0
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = OpRunner(window)
    window.setCentralWidget(QLabel("报表"))
    release = threading.Event()
    runner.run(Op(lambda: release.wait(5), long=True, label="正在生成报表…"))
    _middle_collections(memory.CPYTHON_FULL_AFTER)
    assert memory.collect_due() != 2  # at most a young or middle one
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    qtbot.waitUntil(lambda: gc.get_count()[2] == 0, timeout=3000)  # the timer's, at idle


def test_the_safety_valve_collects_even_while_busy(qtbot: QtBot, settled, monkeypatch):
    monkeypatch.setattr(memory, "active_operations", lambda: 1)
    _middle_collections(memory.CPYTHON_FULL_AFTER)
    assert memory.collect_due() != 2
    monkeypatch.setattr(memory, "FULL_AFTER", memory.CPYTHON_FULL_AFTER)
    assert memory.collect_due() == 2


@pytest.mark.parametrize("fails", [False, True])
def test_what_an_operation_holds_is_let_go_on_the_gui_thread(qtbot: QtBot, fails: bool):
    """A dialog closed while its read runs: the read's closure held the last reference and
    the worker let it go (with the next job, or a failure's traceback), destroying the
    dialog on the worker thread."""
    died_on: list[str] = []
    release = threading.Event()

    class Dialog(QLabel):
        def read(self) -> str:
            release.wait(5)
            if fails:
                raise RuntimeError("database gone")
            return self.objectName()

    def open_and_close() -> None:
        dialog = Dialog("规则设置")
        dialog.destroyed.connect(lambda *_: died_on.append(threading.current_thread().name))
        worker.submit(dialog.read, lambda result, error: None)

    open_and_close()  # the GUI keeps no reference of its own
    release.set()
    qtbot.waitUntil(lambda: bool(died_on), timeout=3000)
    worker.submit(lambda: None, lambda result, error: None)  # the worker's next job
    qtbot.wait(50)
    assert died_on == [threading.main_thread().name]
