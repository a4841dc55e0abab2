"""The text search index lives beside the tables, outside the models (revision 0101).

SQLite keeps it in FTS5 virtual tables (and their shadow tables), PostgreSQL in GIN
expression indexes; SQLAlchemy cannot describe either, so comparing the models with a
migrated database (autogenerate, tests/integration/test_migrations.py) must leave them out
instead of proposing to drop them.
"""

from __future__ import annotations

from typing import Any

FTS_TABLES = ("ticket_text", "customer_text", "customer_phone_text")
PG_INDEXES = ("ix_ticket_description_bigrams", "ix_customer_text_bigrams",
              "ix_customer_phone_number_bigrams")


def is_search_index(name: str | None) -> bool:
    if not name:
        return False
    return name in PG_INDEXES or any(name == t or name.startswith(f"{t}_")
                                     for t in FTS_TABLES)


def include_object(_obj: Any, name: str | None, type_: str, reflected: bool,
                   _compare_to: Any) -> bool:
    """Alembic's include_object hook: skip what belongs to the text search index, the
    expression index of the sampling plan (app/models/customer_sample_index.py) and the
    indexes one backend has alone (app/models/report_indexes.py)."""
    from app.models.customer_sample_index import SAMPLE_INDEX_NAME
    from app.models.report_indexes import (  # an expression on SQLite; PostgreSQL's own
        RECEIVED_NAME,
        TICKET_GROUPS_NAME,
    )

    if type_ == "index" and name in (SAMPLE_INDEX_NAME, TICKET_GROUPS_NAME, RECEIVED_NAME,
                                     "ix_customer_phone_tail"):  # revision 0135
        return False
    return not (reflected and type_ in ("table", "index") and is_search_index(name))
