"""On the demo, every F8 report tab and every tab of the quality window (F9) show figures
the first time they open (issue 12 item 1).

The demo is made with the extras (app/workflows/demo/extras) at a fixed moment; 300
customers instead of the first start's 2,000 keep the test short, the extras are the same
(tests/demo_support.py: made once per test process, each test reads a copy).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView, QTableWidget
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


def test_every_report_tab_shows_figures_on_first_open(demo_copy: DemoCopy, qtbot: QtBot):
    desk = Desk(db=demo_copy.db, clock=FixedClock(DEMO_NOW))  # a fresh demo, as made
    reports = DashboardWindow(desk.signed_in(login(desk.uow(), "4001", "demo4001")))
    qtbot.addWidget(reports)
    reports.show()
    empty = []
    for index, name in enumerate(reports.names):  # each tab as a user first clicks it
        reports.tabs.setCurrentIndex(index)
        qtbot.waitUntil(lambda name=name: reports.complete(name), timeout=TIMEOUT)
        views = reports.tabs.widget(index).findChildren(QTableView)
        if not any(n > 0 for view in views for n in _numbers(view)):
            empty.append(name)
    assert reports.names and not empty, f"report tabs without a figure: {empty}"


def test_every_quality_tab_has_rows_on_first_open(demo_copy: DemoCopy, qtbot: QtBot):
    desk = Desk(db=demo_copy.db, clock=FixedClock(DEMO_NOW))
    quality = QualityWindow(desk.signed_in(login(desk.uow(), "3001", "demo3001")))
    qtbot.addWidget(quality)
    quality.show()
    _settle(qtbot)
    rates = quality.rates.text()
    assert "%" in rates and any(ch.isdigit() for ch in rates)  # rules 5.1.2, 5.1.3
    tables: dict[str, QTableWidget] = {
        "plan": quality.plan.table, "outdoor": quality.outdoor.table,
        "hot water": quality.hot_water.table, "unqualified": quality.unqualified.table}
    empty = [name for name, table in tables.items() if table.rowCount() == 0]
    assert not empty, f"quality tabs without a row: {empty}"
