"""The GUI-stall meter sees a blocking action, names where it blocked, and sees none when
the work runs elsewhere. Only lower bounds on time are asserted."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from bench.stall_meter import HEARTBEAT_MS, StallMeter

BLOCK_S = 0.12


def _block_the_gui_thread() -> None:
    time.sleep(BLOCK_S)


@pytest.fixture
def meter(qapp: QApplication):
    running = StallMeter()
    yield running
    running.close()


def test_a_blocking_action_is_a_stall_and_its_line_is_named(meter: StallMeter) -> None:
    done: list[bool] = []

    def action() -> None:
        _block_the_gui_thread()
        done.append(True)

    measured = meter.measure(action, lambda: bool(done))
    assert measured.stall_ms >= BLOCK_S * 1000 - HEARTBEAT_MS
    assert measured.result_ms is not None and measured.result_ms >= BLOCK_S * 1000
    assert any("_block_the_gui_thread" in line for line in measured.where)


def test_work_on_another_thread_waits_without_stalling(meter: StallMeter) -> None:
    done = threading.Event()

    def elsewhere() -> None:
        time.sleep(BLOCK_S)
        done.set()

    def action() -> None:
        threading.Thread(target=elsewhere, daemon=True).start()

    measured = meter.measure(action, done.is_set)
    assert measured.result_ms is not None and measured.result_ms >= BLOCK_S * 1000
    assert measured.stall_ms < measured.result_ms  # the window kept ticking meanwhile


def test_a_result_that_never_comes_is_reported_as_none(meter: StallMeter) -> None:
    measured = meter.measure(lambda: QTimer.singleShot(0, lambda: None), lambda: False,
                             timeout=0.2)
    assert measured.result_ms is None
