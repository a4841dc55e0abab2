"""A bulk load's count of the season sums builds their tables' keys and indexes once,
after the count (PostgreSQL; app/repositories/bulk_sums.py), and a count that fails leaves
them as they were."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from app.clock import FixedClock
from app.repositories import bulk_sums, season_sums
from app.workflows.demo.fill import generate_demo
from app.workflows.desk import Desk
from tests.integration.test_report_aggregates import keep_sums

NOW = datetime(2026, 1, 20, 7, 30, tzinfo=UTC)


def _schema(db) -> list[tuple]:
    """The sums tables' indexes and which of them are primary keys."""
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(
            "SELECT i.indexname, i.indexdef, c.contype FROM pg_indexes i "
            "LEFT JOIN pg_constraint c ON c.conname = i.indexname "
            "WHERE i.tablename IN ('contact_season_phone', 'contact_season_agent') "
            "ORDER BY i.indexname")]


@pytest.mark.postgres
def test_a_load_builds_the_sums_keys_and_indexes_again(pg_db):
    keep_sums(pg_db, True)
    before = _schema(pg_db)
    assert [name for name, _, kind in before if kind == "p"] == [
        "pk_contact_season_agent", "pk_contact_season_phone"]
    assert "ix_contact_season_phone_rank" in [name for name, _, _ in before]
    generate_demo(Desk(db=pg_db, clock=FixedClock(NOW)), 200, 7, extras=False)
    assert _schema(pg_db) == before
    with pg_db.engine.connect() as conn:
        sums = conn.exec_driver_sql("SELECT count(*) FROM contact_season_phone").scalar()
    assert sums


@dataclass
class _Aside:
    sums_trigger: str | None = "disabled"


@pytest.mark.postgres
def test_a_count_that_fails_leaves_the_keys_and_indexes(pg_db, monkeypatch):
    keep_sums(pg_db, True)
    before = _schema(pg_db)
    real = season_sums.rebuild

    def broken(conn, key=None) -> None:
        real(conn, key)
        raise RuntimeError("the count broke")

    monkeypatch.setattr(season_sums, "rebuild", broken)
    aside = _Aside()
    with pg_db.engine.connect() as conn, pytest.raises(RuntimeError, match="count broke"):
        bulk_sums.restore_sums(conn, aside, None)
    assert aside.sums_trigger == "disabled"  # still to do
    assert _schema(pg_db) == before
