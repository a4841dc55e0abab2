"""The reports dashboard: registered reports as tabs built in the background, season
chooser, export with progress; on SQLite and on PostgreSQL."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView

from app.clock import FixedClock
from app.ui import features
from app.ui.ops import active_operations
from app.ui.reports import dashboard
from app.ui.reports.chart_widget import ChartWidget
from app.ui.reports.dashboard import DashboardWindow
from app.ui.reports.install import REPORTS_WINDOW, open_dashboard  # registers F8, Ctrl+F8
from app.workflows.desk import Desk
from tests.integration.report_data import AFTER_SEASON, seed_season
from tests.ui.intake_support import agent_desk_fixture, drafts_fixture, open_window_fixture

__all__ = ["agent_desk_fixture", "drafts_fixture", "open_window_fixture"]

TIMEOUT = 30_000  # ms: only an upper bound for a hung worker, never a speed assertion


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(AFTER_SEASON)


@pytest.fixture
def season(db, basics, clock) -> None:
    seed_season(db, basics, clock)


def settle(qtbot) -> None:
    """Every report asked for has arrived and its figures are all on their pages (they are
    added in small steps, one per event-loop turn)."""
    qtbot.waitUntil(lambda: active_operations() == 0 and not any(
        w.filling for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow)),
        timeout=TIMEOUT)


@pytest.fixture
def window(qtbot, db, clock, basics, season):
    win = DashboardWindow(Desk(db=db, clock=clock, actor=basics.agent))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    settle(qtbot)
    return win


def cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_reports_show_as_tabs_with_tables_and_charts(qtbot, window):
    assert window.season.currentText() == "2025-2026"  # April 2026: the season just ended
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["客户满意率", "投诉与时限分析"]
    page = window.tabs.widget(0)
    first = page.findChildren(QTableView)[0]
    assert cells(first)[-1] == ["满意率 %", "75.67"]
    assert len(page.findChildren(ChartWidget)) == 2
    pixmap = page.findChildren(ChartWidget)[0].grab()
    assert not pixmap.isNull()
    assert window.tabs.widget(1).findChildren(QTableView) == []  # built when first shown
    window.tabs.setCurrentIndex(1)
    settle(qtbot)
    assert window.tabs.currentIndex() == 1
    assert window.tabs.widget(1).findChildren(QTableView)


def test_a_bad_season_is_said_beside_the_chooser_and_keeps_the_figures(qtbot, window):
    window.season.setEditText("2025-2027")
    qtbot.keyClick(window.season.lineEdit(), Qt.Key.Key_Return)
    settle(qtbot)
    assert "2025-2026" in window.error.text()
    assert window.tabs.count() >= 2
    assert window.tabs.widget(0).findChildren(QTableView)


def test_export_excel_of_the_shown_report(qtbot, window, tmp_path):
    window.tabs.setCurrentIndex(1)
    settle(qtbot)
    path = tmp_path / "c.xlsx"
    assert window.export("xlsx", str(path))
    settle(qtbot)
    sheet = load_workbook(path).worksheets[0]
    assert sheet["A1"].value.startswith("投诉与时限分析")
    assert window.statusBar().currentMessage() == f"Written to {path}"


def test_the_desk_keeps_ticking_while_a_report_tab_is_built(qtbot, open_window, season,
                                                            monkeypatch):
    gate = threading.Event()
    real = dashboard.build_report

    def held(desk, name, label):  # the build waits here until the test lets it go
        gate.wait(TIMEOUT / 1000)
        return real(desk, name, label)

    monkeypatch.setattr(dashboard, "build_report", held)
    desk_window = open_window()
    ticks: list[int] = []
    timer = QTimer(desk_window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    opened = open_dashboard(desk_window, desk_window.desk)
    assert desk_window.slots.get(REPORTS_WINDOW) is opened
    assert opened.ops.busy  # the first tab is being built
    qtbot.waitUntil(lambda: len(ticks) >= 10, timeout=TIMEOUT)  # the GUI thread is free
    assert opened.ops.busy and opened.tabs.widget(0).findChildren(QTableView) == []
    opened.tabs.setCurrentIndex(1)  # the agent looks at another tab meanwhile
    gate.set()
    qtbot.waitUntil(lambda: not opened.ops.busy, timeout=TIMEOUT)
    settle(qtbot)
    timer.stop()
    table = opened.tabs.widget(0).findChildren(QTableView)[0]
    assert cells(table)[-1] == ["满意率 %", "75.67"]
    assert opened.tabs.currentIndex() == 1  # and that tab was built for them as well
    assert opened.tabs.widget(1).findChildren(QTableView)


def test_menu_entries_are_registered_with_shortcuts():
    shortcuts = {a.key: a.shortcut for a in features.registered()}
    assert shortcuts["reports.dashboard"] == "F8"
    assert shortcuts["reports.surveys"] == "Ctrl+F8"


def test_a_window_closed_while_its_figures_are_added_is_freed(qtbot, db, clock, basics,
                                                               season):
    """The figures are added one step per event-loop turn. A window deleted between two
    steps (closed at sign-out while a tab fills) is freed with its pages: the next step
    used to be queued by `QTimer.singleShot` with a Python closure, which PySide kept
    after Qt had deleted its context, and with it the window and every report's rows."""
    window = DashboardWindow(Desk(db=db, clock=clock, actor=basics.agent))
    window.show()  # not given to qtbot, which would keep it
    qtbot.waitUntil(lambda w=window: bool(w.filling), timeout=TIMEOUT)
    gone = weakref.ref(window)
    window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del window
    settle(qtbot)
    gc.collect()
    assert gone() is None
