"""The reports dashboard: registered reports as tabs, season chooser, export with progress."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from app.clock import FixedClock
from app.ui import features
from app.ui.reports import install  # noqa: F401 (registers F8 and Ctrl+F8)
from app.ui.reports.chart_widget import ChartWidget
from app.ui.reports.dashboard import DashboardWindow
from app.workflows.desk import Desk
from tests.integration.report_data import AFTER_SEASON, seed_season
from tests.support import seed_basics


@pytest.fixture
def window(qtbot, sqlite_db):
    clock = FixedClock(AFTER_SEASON)
    basics = seed_basics(sqlite_db, clock)
    seed_season(sqlite_db, basics, clock)
    win = DashboardWindow(Desk(db=sqlite_db, clock=clock, actor=basics.agent))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_reports_show_as_tabs_with_tables_and_charts(window):
    assert window.season.currentText() == "2025-2026"  # April 2026: the season just ended
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[:2] == ["客户满意率", "投诉与时限分析"]
    page = window.tabs.widget(0)
    first = page.findChildren(QTableWidget)[0]
    assert cells(first)[-1] == ["满意率 %", "75.67"]
    assert len(page.findChildren(ChartWidget)) == 2
    pixmap = page.findChildren(ChartWidget)[0].grab()
    assert not pixmap.isNull()


def test_a_bad_season_is_said_beside_the_chooser_and_keeps_the_figures(qtbot, window):
    window.season.setEditText("2025-2027")
    qtbot.keyClick(window.season.lineEdit(), Qt.Key.Key_Return)
    assert "2025-2026" in window.error.text()
    assert window.tabs.count() >= 2


def test_export_excel_of_the_shown_report(qtbot, window, tmp_path):
    window.tabs.setCurrentIndex(1)
    path = window.export("xlsx", str(tmp_path / "c.xlsx"))
    sheet = load_workbook(path).worksheets[0]
    assert sheet["A1"].value.startswith("投诉与时限分析")


def test_menu_entries_are_registered_with_shortcuts():
    shortcuts = {a.key: a.shortcut for a in features.registered()}
    assert shortcuts["reports.dashboard"] == "F8"
    assert shortcuts["reports.surveys"] == "Ctrl+F8"
