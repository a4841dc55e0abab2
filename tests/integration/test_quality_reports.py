"""The "temperature" and "hot-water" reports in the section-5 registry, on the hand-worked
season of tests/quality_data.py (rules 5.1.1-5.1.3), and their PDF and Excel files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.repositories.uow import UnitOfWork
from app.workflows.reports.registry import get_report
from app.workflows.reports.season import parse_season
from tests.quality_data import SEASON, after_season_clock, seed_quality


def test_temperature_report_figures(db):
    clock = after_season_clock()
    data = seed_quality(db, clock)
    report = get_report("temperature")
    [figure] = report.build(UnitOfWork(db, data.technician, clock), parse_season(SEASON))
    summary, days, _areas, exempt, failed = figure.tables  # areas: test_rules_sampled_area
    assert dict(summary.rows)["合格率 %"] == 57.14 and dict(summary.rows)["豁免样本（室外日均低于 −7 °C）"] == 2
    assert days.rows == [["2025-12-05", -3.0, 3, 0, 1, 2, 33.33],
                         ["2025-12-15", -5.5, 2, 0, 2, 0, 100.0],
                         ["2026-01-05", -8.0, 2, 2, 0, 0, None],
                         ["2026-01-15", -7.0, 2, 0, 1, 1, 50.0]]
    assert [row[1] for row in exempt.rows] == ["Q001", "Q002"]
    assert [row[4] for row in failed.rows] == [15.9, 19.5, 20.1]
    assert figure.charts[0].categories == ["12-05", "12-15", "01-15"]


def test_hot_water_report_figures(db):
    clock = after_season_clock()
    data = seed_quality(db, clock)
    [figure] = get_report("hot-water").build(UnitOfWork(db, data.technician, clock),
                                             parse_season(SEASON))
    summary, months, failed = figure.tables
    assert dict(summary.rows)["合格率 %"] == 60.0
    assert months.rows == [["2025-12", 2, 1, 50.0], ["2026-01", 1, 1, 100.0],
                           ["2026-02", 2, 1, 50.0]]
    assert [row[3] for row in failed.rows] == [49.9, 56.0]


def test_report_command_writes_pdf_and_excel(sqlite_db, tmp_path: Path):
    clock = after_season_clock()
    seed_quality(sqlite_db, clock)
    url = str(sqlite_db.engine.url)
    for name, suffix in (("temperature", "pdf"), ("hot-water", "xlsx")):
        out = tmp_path / f"{name}.{suffix}"
        run = subprocess.run([sys.executable, "main.py", "--db", url, "report", name,
                              "--season", SEASON, "-o", str(out)],
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert out.stat().st_size > 1000
