"""The machine's reading every bench prints: how the CPUs' time went while it ran."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import machine


def _stat(path: Path, user: int, idle: int, steal: int) -> None:
    # user nice system idle iowait irq softirq steal guest guest_nice
    path.write_text(f"cpu  {user} 0 0 {idle} 0 0 0 {steal} 0 0\ncpu0 1 2 3 4\n")


def test_the_reading_splits_the_time_since_the_start(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    stat = tmp_path / "stat"
    monkeypatch.setattr(machine, "_STAT", stat)
    _stat(stat, user=1000, idle=5000, steal=100)
    meter = machine.MachineMeter()
    _stat(stat, user=1500, idle=5300, steal=300)  # 500 busy, 300 idle, 200 stolen
    found = meter.reading()
    assert found["cpu_pct"] == {"busy": 50.0, "steal": 20.0, "idle": 30.0}
    assert found["cpus"] and found["seconds"] >= 0


def test_without_proc_the_reading_says_only_what_it_knows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(machine, "_STAT", tmp_path / "missing")
    monkeypatch.setattr(machine, "_LOADAVG", tmp_path / "missing")
    found = machine.MachineMeter().reading()
    assert "cpu_pct" not in found and found["loadavg"] is None
