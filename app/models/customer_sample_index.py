"""The index a sampling plan walks (rule 5.1.2; revision 0102), described here.

A day's plan takes, estate by estate, the next home in a seeded order. The order is the
homes' fixed hash `SAMPLE_HASH_SQL` rotated by the day's seed, so inside an estate "the next
home after this one" is one seek in the index `ix_customer_sample_order` (estate, hash,
heating, heated_area) instead of numbering every customer of the city for each plan;
heating and heated area ride along so neither the seek nor the estate totals read the
table. The queries use the same expression text, which SQLite and PostgreSQL need to match
a query to an expression index.

The index is created by the migration only: SQLite cannot reflect an expression index and
PostgreSQL reflects it in its own words, so the models do not declare it and the schema
comparison leaves it out (`text_search_index.include_object`).
"""

from __future__ import annotations

HASH_MUL = 2654435761    # Knuth's multiplicative constant
HASH_MOD = 4294967291    # the largest prime below 2**32: distinct ids, distinct hashes
SAMPLE_HASH_SQL = f"((customer.id * {HASH_MUL}) % {HASH_MOD})"
SAMPLE_INDEX_NAME = "ix_customer_sample_order"
