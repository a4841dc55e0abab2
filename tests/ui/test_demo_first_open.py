"""On the demo, F8 and F9 show figures the first time they open (issue 12 item 1).

The demo is made with the extras (app/workflows/demo/extras) at a fixed moment; 300
customers instead of the first start's 2,000 keep the test short, the extras are the same
(tests/demo_support.py: made once per test process, each test reads a copy).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.ui.ops import active_operations
from app.ui.quality.quality_window import QualityWindow
from app.ui.reports.dashboard import DashboardWindow
from app.workflows.auth import login
from app.workflows.desk import Desk
from tests.demo_support import DEMO_NOW, DemoCopy

TIMEOUT = 60_000  # ms: an upper bound for a hung worker, never a speed assertion


def _settle(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: active_operations() == 0 and not any(
        getattr(w, "filling", False) for w in QApplication.topLevelWidgets()),
        timeout=TIMEOUT)


def _numbers(view: QTableView) -> list[float]:
    model = view.model()
    out = []
    for r in range(model.rowCount()):
        for c in range(1, model.columnCount()):
            text = str(model.index(r, c).data() or "").replace(",", "")
            try:
                out.append(float(text))
            except ValueError:
                continue
    return out


def test_f8_and_f9_show_figures_on_first_open(demo_copy: DemoCopy, qtbot: QtBot):
    desk = Desk(db=demo_copy.db, clock=FixedClock(DEMO_NOW))  # a fresh demo, as made
    supervisor = desk.signed_in(login(desk.uow(), "4001", "demo4001"))

    reports = DashboardWindow(supervisor)
    qtbot.addWidget(reports)
    reports.show()
    _settle(qtbot)
    first = reports.tabs.widget(0).findChildren(QTableView)
    assert first and any(n > 0 for view in first for n in _numbers(view))

    quality = QualityWindow(desk.signed_in(login(desk.uow(), "3001", "demo3001")))
    qtbot.addWidget(quality)
    quality.show()
    _settle(qtbot)
    assert "%" in quality.rates.text() and any(ch.isdigit() for ch in quality.rates.text())
    views = quality.plan.findChildren(QTableView)
    assert views and any(v.model() is not None and v.model().rowCount() for v in views)
