"""A unit of work that only read ends with COMMIT, so PostgreSQL keeps the prepared
statements (app/db/read_only.py); one that wrote and was not committed still writes
nothing, on both backends."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.db.database import Database
from app.models import Customer
from app.repositories.uow import UnitOfWork
from app.workflows.screen_pop import pop_by_phone
from tests.support import seed_basics


def _names(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.execute(select(Customer.name).order_by(Customer.id)).scalars())


@pytest.mark.postgres
def test_the_screen_pops_statements_stay_prepared(pg_db: Database, clock):
    """psycopg prepares a statement the fifth time a connection runs it and drops them all
    at a ROLLBACK: the pop's statements were planned afresh on every ring."""
    basics = seed_basics(pg_db, clock)
    pg_db.engine.dispose()  # one connection from here on, used by each unit in turn
    for _ in range(6):
        pop = pop_by_phone(UnitOfWork(pg_db, basics.agent, clock), "13912345678")
        assert pop.card is not None
    with UnitOfWork(pg_db, basics.agent, clock) as uow:
        prepared = uow.session.execute(text(
            "SELECT statement FROM pg_prepared_statements")).scalars().all()
    assert any("customer_phone" in statement for statement in prepared)


def test_a_unit_that_wrote_without_commit_still_writes_nothing(db: Database, basics, clock):
    before = _names(db)
    with UnitOfWork(db, basics.agent, clock) as uow:  # a flushed change
        uow.session.get(Customer, basics.zhang.id).name = "改过"
        uow.flush()
    with UnitOfWork(db, basics.agent, clock) as uow:  # a statement of its own
        uow.session.execute(text("UPDATE customer SET name = '也改过'"))
    with UnitOfWork(db, basics.agent, clock) as uow:  # read, then a change left pending
        customer = uow.session.get(Customer, basics.zhang.id)
        customer.name = "未保存"
    assert _names(db) == before


def test_a_unit_that_failed_after_reading_rolls_back(db: Database, basics, clock):
    before = _names(db)
    with pytest.raises(LookupError), UnitOfWork(db, basics.agent, clock) as uow:
        uow.session.get(Customer, basics.zhang.id).name = "改过"
        uow.session.execute(select(Customer.id)).all()
        raise LookupError("the workflow refused")
    assert _names(db) == before
