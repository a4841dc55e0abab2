"""The Qt binding keeps Python's reference counts: a desk runs for a whole shift.

PySide6 6.12.0 on Python 3.11 loses one reference to None on every Qt call that returns
nothing (setText, show, setEnabled ...); after a few thousand calls Python frees None and
the process aborts. pyproject.toml pins the binding below it; this test fails on any
version that brings the fault back, long before an agent's desk would crash mid-call.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel

CALLS = 2000


def test_qt_calls_that_return_nothing_keep_the_reference_to_none(qapp: QApplication) -> None:
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("供热")
        label.setEnabled(True)
        label.update()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"the Qt binding lost {lost} references to None"
