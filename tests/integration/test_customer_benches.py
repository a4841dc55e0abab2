"""`bench import` and `bench search` run and print their figures (small sizes; the speed
itself is measured by the benches, never asserted)."""

from __future__ import annotations

import json

from app.cli import run
from app.db.database import Database
from tests.support import seed_basics


def test_bench_import_prints_rows_per_second(capsys) -> None:
    assert run(["bench", "import", "--rows", "300"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["import"]["new"] + figures["import"]["refused"] == 300
    assert figures["reimport"]["unchanged"] == figures["import"]["new"]
    assert figures["import"]["rows_per_s"] > 0
    # every bench says what the machine gave it (a shared VM's stolen time, bench/machine.py)
    assert set(figures["machine"]["cpu_pct"]) == {"busy", "steal", "idle"}


def test_bench_search_on_a_given_database(sqlite_db: Database, clock, capsys) -> None:
    seed_basics(sqlite_db, clock)
    assert run(["bench", "search", "--db", sqlite_db.url, "--samples", "2"]) == 0
    figures = json.loads(capsys.readouterr().out)["search"]
    assert figures["all"]["searches"] > 10
    assert figures["estate_phone_tail"]["found"] == 2
    assert {"p50", "p95", "max"} <= set(figures["all"])
