"""The screen-pop benchmark runs end to end at a small size and reports its figures.

Only the shape and sanity of the figures are checked, never how fast they are: timings
belong to `python main.py bench`, not to tests.
"""

from __future__ import annotations

import json

import pytest

from app.cli import run as run_cli
from bench.screen_pop import BenchError, run_screen_pop_bench
from bench.stats import percentile

KEYS = {"customers", "contacts", "backend", "screen_pop_ms", "save_intake_ms", "startup_s",
        "build_s"}


def _quiet(_message: str) -> None:
    pass


def test_bench_reports_positive_figures(db):
    with_startup = db.is_sqlite  # launching the workstation once per backend is enough
    # the demo's extras (outage callers in the mix) once; their cost does not shrink with
    # the size, and the demo tests build them on both backends anyway
    result = run_screen_pop_bench(500, db_url=db.url, seed=3, samples=60, saves=10,
                                  startup=with_startup, startup_runs=1, stall_samples=2,
                                  extras=db.is_sqlite, log=_quiet)
    assert set(result) >= KEYS
    json.dumps(result)  # one JSON object on stdout
    assert result["customers"] >= 500 and result["contacts"] > 500
    assert result["backend"] == db.dialect
    kinds = result["ring_to_card_ms"]
    # every caller of the archive is found; strangers and shared numbers (a chooser) are not
    unfound = sum(kinds.get(k, {}).get("samples", 0) for k in ("unknown", "shared"))
    assert result["found"] == result["samples"] - unfound > 0, kinds.keys()
    for figures in (result["screen_pop_ms"], result["save_intake_ms"]):
        assert 0 < figures["p50"] <= figures["p95"] <= figures["max"]
    assert result["build_s"] > 0 and result["reused"] is False
    if with_startup:
        assert result["startup_s"] > 0, result.get("startup_reason")


def test_second_run_reuses_the_data_set(db):
    first = run_screen_pop_bench(300, db_url=db.url, seed=4, samples=12, saves=2,
                                 startup=False, stall_samples=1, extras=False, log=_quiet)
    again = run_screen_pop_bench(300, db_url=db.url, seed=4, samples=12, saves=2,
                                 startup=False, stall_samples=1, extras=False, log=_quiet)
    assert (first["reused"], again["reused"]) == (False, True)
    assert again["build_s"] is None and again["customers"] == first["customers"] >= 300
    assert again["startup_s"] is None and again["startup_reason"]


def test_other_data_is_not_mistaken_for_the_data_set(db, basics, capsys):
    with pytest.raises(BenchError, match="2 customers"):
        run_screen_pop_bench(300, db_url=db.url, samples=10, saves=1, startup=False,
                             log=_quiet)
    assert run_cli(["bench", "screen-pop", "--customers", "300", "--no-startup",
                    "--db", db.url]) == 2
    assert "not this benchmark's data set" in capsys.readouterr().err


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.95), percentile([7.0], 0.95)) == (
        50.0, 95.0, 7.0)


def test_sweep_bench_runs_as_a_signed_in_leader():
    """`bench sweep` sweeps as its own shift leader (seeded like a fixture's: the staff
    workflows refuse to add one without a signed-in administrator, issue 15) and flags the
    whole backlog each run."""
    from bench.sweep_bench import run_sweep_bench

    result = run_sweep_bench(None, backend="sqlite", customers=300, backlog=20, repeat=2,
                             gui=False)
    assert result["flagged_per_run"] == [20, 20]
    assert result["sweep_ms"]["p50"] > 0 and result["floor_ms"]["p50"] > 0
