"""PostgreSQL: the audit table's upkeep after a demo load runs beside the extras.

The event table is the largest of a load and the extras never read it, so its indexes are
built CONCURRENTLY (and its key checked, every table VACUUMed) on the core the extras leave
idle (app/repositories/bulk_schema.py, DEFERRABLE). Whatever happens to the extras, the
database ends whole: every index valid, every key checked.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

import app.workflows.demo.fill as fill
from app.db.database import Database
from app.repositories import bulk_schema
from app.repositories.bulk import BulkRepository
from app.workflows.demo.fill import generate_demo
from app.workflows.desk import Desk
from tests.demo_support import DEMO_NOW, DEMO_SEED

pytestmark = pytest.mark.postgres
EVENT_INDEXES = {"ix_event_entity", "ix_event_actor", "ix_event_occurred", "ix_event_desk"}


def _whole(db: Database) -> None:
    with db.engine.connect() as conn:
        invalid = conn.execute(text(
            "SELECT indexrelid::regclass::text FROM pg_index WHERE NOT indisvalid")).all()
        unchecked = conn.execute(text(
            "SELECT conname FROM pg_constraint WHERE NOT convalidated")).all()
        event = set(conn.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'event'")).scalars())
        never_vacuumed = conn.execute(text(
            "SELECT relname FROM pg_stat_user_tables WHERE vacuum_count = 0 "
            "AND relname IN ('event', 'ticket', 'contact', 'customer')")).scalars().all()
    assert invalid == [] and unchecked == []
    assert event >= EVENT_INDEXES
    assert never_vacuumed == []


def _clock():
    from app.clock import FixedClock

    return FixedClock(DEMO_NOW)


def test_the_event_indexes_are_built_beside_the_extras(pg_db: Database) -> None:
    said: list[str] = []
    summary = generate_demo(Desk(db=pg_db, clock=_clock()), 60, DEMO_SEED, log=said.append)
    assert summary.extras is not None and summary.extras.steps > 0
    beside = {line.split()[1] for line in said if line.endswith("beside the extras")}
    assert beside == EVENT_INDEXES
    # the statistics came before the extras; the VACUUMs beside them
    extras = said.index("roster, handovers, order histories, quality and surveys")
    assert said.index("ANALYZE done") < extras < said.index("VACUUM done")
    _whole(pg_db)


def test_extras_that_fail_leave_the_database_whole(pg_db: Database,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("the extras broke")

    monkeypatch.setattr(fill, "fill_extras", broken)
    with pytest.raises(RuntimeError, match="the extras broke"):
        generate_demo(Desk(db=pg_db, clock=_clock()), 60, DEMO_SEED)
    _whole(pg_db)


def test_a_load_without_extras_defers_nothing(pg_db: Database) -> None:
    said: list[str] = []
    generate_demo(Desk(db=pg_db, clock=_clock()), 60, DEMO_SEED, extras=False,
                  log=said.append)
    assert "VACUUM (ANALYZE) done" in said
    assert not any(line.endswith("beside the extras") for line in said)
    _whole(pg_db)


def test_a_second_finish_builds_what_a_failed_one_left(pg_db: Database) -> None:
    """An index a failed concurrent build left (invalid, or built) is dropped and built
    again; a finish with nothing left does nothing."""
    bulk = BulkRepository(pg_db.engine)
    conn = bulk.open()
    try:
        bulk.analyze(conn, defer=bulk_schema.DEFERRABLE)
    finally:
        bulk.close(conn)
    left = [name for name, _ in bulk._set_aside.indexes]
    assert set(left) == EVENT_INDEXES
    first = dict(bulk._set_aside.indexes)["ix_event_entity"]
    with pg_db.engine.begin() as own:  # as if a concurrent build had got this far
        own.exec_driver_sql(first)
    bulk.finish_deferred()
    bulk.finish_deferred()
    assert not bulk._set_aside.deferred_pending()
    _whole(pg_db)
