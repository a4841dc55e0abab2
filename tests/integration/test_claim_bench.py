"""`bench claims` runs end to end on a small scale and counts what it measured."""

from __future__ import annotations

import json

import pytest

from app.db.database import Database
from bench.claims_bench import run_claim_bench


@pytest.mark.postgres
def test_claim_bench_small_run(pg_db: Database) -> None:
    result = run_claim_bench(pg_db.url, desks=3, orders=5)
    assert (result["backend"], result["attempts"], result["claims_won"]) == ("postgresql", 15, 5)
    assert result["double_claims"] == 0
    assert set(result["claim_ms"]) == {"p50", "p95", "p99", "max"}
    json.dumps(result)  # the CLI prints it as JSON


def test_claim_bench_cli_refuses_nonsense(capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import run as cli_main

    assert cli_main(["bench", "claims", "--desks", "0"]) == 2
    assert "positive" in capsys.readouterr().err
