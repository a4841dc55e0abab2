"""A report table paints with one call into Python per painted cell (app/ui/reports/
table_view.py): each such call waits for the interpreter lock while a report is built on
a worker thread, so their number is how long the window stops answering."""

from __future__ import annotations

import sys
from collections import Counter
from types import FrameType
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.application import SWITCH_INTERVAL_S
from app.ui.reports.table_view import TableModel, table_widget
from app.workflows.reports.registry import Table

TABLE = Table(columns=["户号", "名称", "地址", "满意度", "得分"],
              rows=[[f"R{i:08d}", "张伟", "新华区保利城1号楼1单元102室", None, 80.5 + i]
                    for i in range(15_000)])


def _python_calls_while(action: Any) -> Counter[str]:
    """Python functions entered from Qt (not from other Python) while `action` runs."""
    calls: Counter[str] = Counter()

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call" and frame.f_back is not None \
                and frame.f_back.f_code is action.__code__:
            calls[frame.f_code.co_name] += 1

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_painting_calls_python_once_per_cell(qtbot: QtBot) -> None:
    view = table_widget(TABLE)
    qtbot.addWidget(view)
    top = view.rect().adjusted(0, 0, 0, 300 - view.height())  # the rows a page shows
    calls = _python_calls_while(lambda: view.grab(top))
    rows = 300 // view.verticalHeader().defaultSectionSize() + 1
    cells = rows * len(TABLE.columns)
    # the header, the counts and the indexes come from Qt; each painted cell is one call
    assert set(calls) == {"multiData"}, calls
    assert calls["multiData"] <= cells


def test_the_cells_read_as_before(qtbot: QtBot) -> None:
    model = TableModel(TABLE)
    assert (model.rowCount(), model.columnCount()) == (15_000, 5)
    assert model.headerData(2, Qt.Orientation.Horizontal) == "地址"
    assert model.index(3, 0).data() == "R00000003"
    assert model.index(3, 3).data() == "—"
    assert model.index(3, 4).data() == "83.50"
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    assert model.index(3, 4).data(Qt.ItemDataRole.TextAlignmentRole) == int(right)
    assert model.index(3, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None


def test_the_window_takes_the_lock_back_quickly() -> None:
    from app.ui.application import create_application

    create_application()
    assert sys.getswitchinterval() == SWITCH_INTERVAL_S <= 0.001
