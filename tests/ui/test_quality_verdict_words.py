"""Issue 12 item 10: below target is said in words beside the red, and no data shows "—",
never a verdict (quality window rates line and the quality report's 达标 row)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from app.workflows.quality.reports import temperature_figures
from app.workflows.reports.season import season_of
from tests.ui.test_quality_screens import _enter, settle, setup  # noqa: F401 (fixture)


def _met_cell(desk) -> object:
    figures = temperature_figures(desk.uow(), season_of(date(2026, 1, 15)))
    rows = [row for table in figures[0].tables for row in table.rows if row[0] == "达标"]
    return rows[0][1]


def test_no_samples_show_a_dash_and_no_verdict(setup, qtbot: QtBot,  # noqa: F811
                                               zh_translators) -> None:  # noqa: ARG001
    window, desk, _basics = setup
    settle(qtbot)
    text = window.rates.text()
    assert "—" in text and "未达标" not in text and "#b3261e" not in text
    assert _met_cell(desk) == "—"


def test_below_target_is_said_in_words(setup, qtbot: QtBot,  # noqa: F811
                                       zh_translators) -> None:  # noqa: ARG001
    window, desk, _basics = setup
    _enter(qtbot, window, "Q001", "客厅", "18.5")
    _enter(qtbot, window, "Q001", "卧室", "15.5")   # 50 % against 97.5 %
    text = window.rates.text()
    assert "50.00 %" in text and "，未达标" in text and "#b3261e" in text
    assert _met_cell(desk) == "否（未达标）"
