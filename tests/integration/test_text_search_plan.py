"""PostgreSQL reads a search's candidates through the bigram indexes (revision 0163).

The indexes keep their keys in byte order (COLLATE "C") and the search names that
collation; the planner uses an index only for a condition in its own collation, and the
candidates' statement switches the table scan off rather than forbidding it, so a search
in the wrong collation still finds the right rows, by reading every row. Only the plan
tells the two apart.
"""

from __future__ import annotations

import pytest

from app.repositories import text_search

STATEMENTS = {
    "orders": (text_search._PG_ORDER_CANDIDATES,
               ("ix_ticket_description_bigrams", "ix_customer_text_bigrams")),
    "customers": (text_search._PG_CUSTOMER_CANDIDATES,
                  ("ix_customer_text_bigrams", "ix_customer_phone_number_bigrams")),
}


@pytest.mark.postgres
@pytest.mark.parametrize("kind", sorted(STATEMENTS))
def test_the_candidates_are_read_through_every_bigram_index(own_pg_db, kind):
    statement, indexes = STATEMENTS[kind]
    with own_pg_db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        sql = statement.replace(":q", "%(q)s").replace(":limit", "%(limit)s")
        plan = "\n".join(r[0] for r in conn.exec_driver_sql(
            "EXPLAIN " + sql, {"q": "漏水", "limit": 10}))
    for index in indexes:
        assert index in plan, plan
    assert "Seq Scan" not in plan, plan


@pytest.mark.postgres
def test_the_bigram_indexes_keep_their_keys_in_byte_order(own_pg_db):
    with own_pg_db.engine.connect() as conn:
        found = dict(conn.exec_driver_sql(
            "SELECT i.indexrelid::regclass::text, c.collname FROM pg_index i "
            "JOIN pg_collation c ON c.oid = i.indcollation[0] "
            "WHERE i.indexrelid::regclass::text LIKE '%%_bigrams'").all())
    assert found == {"ix_ticket_description_bigrams": "C", "ix_customer_text_bigrams": "C",
                     "ix_customer_phone_number_bigrams": "C"}
