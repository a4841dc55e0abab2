"""Full garbage collections wait for an idle desk (app/ui/memory.py).

A full collection inside a report's reading threads held the interpreter while the
database server kept both cores busy: the F8 special-customer tab stalled 40-63 ms."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from app.ui import memory
from app.ui.ops import Op, OpRunner


@pytest.fixture
def settled(qtbot: QtBot) -> Iterator[None]:
    """settle_after_start as the desk calls it; the test process gets its collector back."""
    threshold = gc.get_threshold()
    memory.settle_after_start()
    try:
        yield
    finally:
        for timer in memory._timer:
            timer.stop()
            timer.deleteLater()
        memory._timer.clear()
        gc.unfreeze()
        gc.set_threshold(*threshold)


def _middle_collections(count: int) -> None:
    for _ in range(count):
        gc.collect(1)


def test_after_start_a_full_collection_runs_on_its_own_only_as_a_safety_valve(settled):
    assert gc.get_threshold()[2] == memory.FULL_AFTER
    assert gc.get_freeze_count() > 0
    assert len(memory._timer) == 1 and memory._timer[0].isActive()


def test_an_idle_desk_collects_at_cpythons_cadence(settled):
    _middle_collections(memory.CPYTHON_FULL_AFTER - 1)
    assert not memory.collect_when_idle()  # CPython would not have collected yet either
    _middle_collections(1)
    assert memory.collect_when_idle()
    assert gc.get_count()[2] == 0


def test_no_full_collection_while_an_operation_runs(qtbot: QtBot, settled):
    window = QMainWindow()
    qtbot.addWidget(window)
    runner = OpRunner(window)
    window.setCentralWidget(QLabel("报表"))
    release = threading.Event()
    runner.run(Op(lambda: release.wait(5), long=True, label="正在生成报表…"))
    _middle_collections(memory.CPYTHON_FULL_AFTER)
    assert not memory.collect_when_idle()
    release.set()
    qtbot.waitUntil(lambda: not runner.busy, timeout=3000)
    assert memory.collect_when_idle()


def test_the_idle_check_runs_by_itself(qtbot: QtBot, settled):
    _middle_collections(memory.CPYTHON_FULL_AFTER)
    qtbot.waitUntil(lambda: gc.get_count()[2] == 0, timeout=3 * memory.IDLE_CHECK_MS)
