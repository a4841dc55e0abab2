"""Which orders and customers may hold a fragment of text, found through the index.

The index (revision 0101) narrows the search to candidates; the caller keeps its exact
`LIKE '%...%'` condition on the candidates, so results are what the scan found before, only
without reading every row. Chinese has no spaces between words, so the index is of
characters, not words: trigrams in SQLite's FTS5 (a search of three or more characters is
the AND of its trigrams), character bigrams in a PostgreSQL GIN index (the search's bigrams
must all be present; the keys compared in byte order, revision 0163).

Short searches: in SQLite each text is indexed with two trailing spaces, so a fragment of
one or two characters (漏水, 不热) starts at least one indexed trigram; the fts5vocab table
lists those trigrams and the search is their OR. PostgreSQL's bigrams serve two characters;
a single character there is left to the scan.

A fragment found in a great many rows is also left to the scan: reading thousands of
candidates and sorting them costs more than walking the queue's index in order, which
meets the first page of a common word within a few hundred rows. SQLite counts the
candidates up to that limit. PostgreSQL reads the GIN index's own statistics (ANALYZE keeps
the most common bigrams of each indexed expression with their frequencies): a fragment all
of whose bigrams are common, and held together by more than the limit by those
frequencies, goes to the walk without reading a candidate (reading them would read every
entry of a common word: 150-300 ms for 漏水 at 3,000,000 orders). Otherwise its candidates
are read through the index, up to the limit plus one, by a statement whose table scan is
switched off, and handed to the search as a list of ids; more than the limit goes to the
walk. Before, the planner's estimate decided, and it gave any bigram outside the common
ones half the rarest common frequency: 15,001 rows at 3,000,000 orders, so a
two-character word that matched nothing took the walk over every open order (155-355 ms);
and with the index's candidates as a subquery of the search the same guess made the
planner hash the orders of the matching addresses from a scan of the whole order table.
Without statistics (never analysed) the candidates are read.

An order search finds an order by its description or by its customer's address, so both
are judged: a word common in addresses (小区) is common for orders too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BigInteger,
    CompoundSelect,
    Select,
    bindparam,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    union,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, aliased

from app.models.customer import CustomerPhone
from app.models.ticket import Ticket

MAX_TERMS = 3000  # a short search starting more trigrams than this is left to the scan
MANY = 10000  # more candidates than this: the scan in order finds a page sooner

Ids = Select[Any] | CompoundSelect[Any]  # a query of ids to put inside IN (...)
# The indexed expressions, in the collation their indexes were built with (revision 0163):
# the planner uses an index only for a condition in that collation.
_DESCRIPTION = 'heatdesk_bigrams(description) COLLATE "C"'
_CUSTOMER_TEXT = ("heatdesk_bigrams(account_number || ' ' || name || ' ' || address)"
                  ' COLLATE "C"')
_PHONE_NUMBER = 'heatdesk_bigrams(number) COLLATE "C"'


@dataclass(frozen=True)
class _PgPath:
    """One way a PostgreSQL search reaches its rows through a bigram index: the index, its
    table, and the rows of the search each indexed row stands for (an address stands for
    its customer's orders)."""

    index: str
    table: str
    per_row: str  # SQL: rows of the search per row of `table`


_PG_ORDER_PATHS = (
    _PgPath("ix_ticket_description_bigrams", "ticket", "1"),
    _PgPath("ix_customer_text_bigrams", "customer",
            "(SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'ticket'::regclass)"
            " / greatest((SELECT reltuples FROM pg_class WHERE oid = 'customer'::regclass), 1)"),
)
_PG_CUSTOMER_PATHS = (
    _PgPath("ix_customer_text_bigrams", "customer", "1"),
    _PgPath("ix_customer_phone_number_bigrams", "customer_phone", "1"),
)
# Candidates, at most :limit from each path and in all: orders by their description, and
# the orders of customers whose address holds the word, customer by customer.
_PG_ORDER_CANDIDATES = f"""
    (SELECT id FROM ticket
     WHERE {_DESCRIPTION} @> heatdesk_bigrams(:q) LIMIT :limit)
    UNION
    (SELECT own.id FROM (SELECT id FROM customer
                         WHERE {_CUSTOMER_TEXT} @> heatdesk_bigrams(:q) LIMIT :limit) AS c
     CROSS JOIN LATERAL (SELECT ticket.id FROM ticket WHERE ticket.customer_id = c.id
                         LIMIT :limit) AS own
     LIMIT :limit)
    LIMIT :limit"""
_PG_CUSTOMER_CANDIDATES = f"""
    (SELECT id FROM customer WHERE {_CUSTOMER_TEXT} @> heatdesk_bigrams(:q) LIMIT :limit)
    UNION
    (SELECT customer_id FROM customer_phone
     WHERE {_PHONE_NUMBER} @> heatdesk_bigrams(:q) LIMIT :limit)
    LIMIT :limit"""
# The search's bigrams against the index's most common bigrams (pg_stats keeps them per
# indexed expression): how many are not among them, the product of the frequencies of
# those that are (the share of rows holding them all, as the planner reckons it), the
# rows that share is of, and whether the index was analysed at all. Each bigram once: the
# function may repeat one (revision 0156).
_PG_STATS = """
    WITH common AS (
        SELECT unnest(most_common_elems::text::text[]) AS gram,
               unnest(most_common_elem_freqs) AS freq
        FROM pg_stats WHERE schemaname = current_schema() AND tablename = :index)
    SELECT count(*) FILTER (WHERE common.freq IS NULL),
           exp(sum(ln(common.freq))),
           (SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = to_regclass(:table))
               * ({per_row}),
           (SELECT count(*) FROM pg_stats
            WHERE schemaname = current_schema() AND tablename = :index
              AND most_common_elems IS NOT NULL)
    FROM (SELECT DISTINCT gram FROM unnest(heatdesk_bigrams(:q)) AS b(gram)) AS g
    LEFT JOIN common ON common.gram = g.gram"""
_NOTHING: Select[Any] = select(literal_column("0")).where(false())  # no id is 0


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _trigrams(words: str) -> str:
    grams = dict.fromkeys(words[i:i + 3] for i in range(len(words) - 2))
    return " AND ".join(_quoted(g) for g in grams)


class TextSearch:
    """The index's candidates for a search, or None when the index cannot narrow it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def tickets(self, words: str) -> Ids | None:
        """Ids of orders whose description or customer's address may hold `words`."""
        if self.sqlite:
            own = self._fts_match("ticket_text", words)
            address = self._fts_match("customer_text", words, column="address")
            if own is None or address is None:
                return None
            if not own and not address:
                return _NOTHING
            if self._many("ticket_text", own) or self._many("customer_text", address):
                return None
            by_address = aliased(Ticket)
            return union(
                self._fts_ids("ticket_text", own, "ticket_q"),
                select(by_address.id).where(by_address.customer_id.in_(
                    self._fts_ids("customer_text", address, "address_q"))))
        if len(words) < 2:
            return None
        return self._pg_candidates(words, _PG_ORDER_PATHS, _PG_ORDER_CANDIDATES)

    def customers(self, words: str) -> Ids | None:
        """Ids of customers whose name, address, account number or a phone may hold `words`."""
        phone = aliased(CustomerPhone)
        if self.sqlite:
            own = self._fts_match("customer_text", words)
            phones = self._fts_match("customer_phone_text", words)
            if own is None or phones is None:
                return None
            if not own and not phones:
                return _NOTHING
            if self._many("customer_text", own) or self._many("customer_phone_text", phones):
                return None
            return union(
                self._fts_ids("customer_text", own, "customer_q"),
                select(phone.customer_id).where(phone.id.in_(
                    self._fts_ids("customer_phone_text", phones, "phone_q"))))
        if len(words) < 2:
            return None
        return self._pg_candidates(words, _PG_CUSTOMER_PATHS, _PG_CUSTOMER_CANDIDATES)

    def _fts_match(self, fts: str, words: str, column: str | None = None) -> str | None:
        """The FTS5 query for `words`: "" when nothing can match, None when not indexable."""
        if len(words) >= 3:
            query = _trigrams(words)
        else:
            low = words.lower()
            terms = list(self.session.scalars(
                text(f"SELECT term FROM {fts}_terms WHERE term >= :low AND term < :high "
                     "LIMIT :limit"),
                {"low": low, "high": low + "\U0010ffff", "limit": MAX_TERMS + 1}))
            if len(terms) > MAX_TERMS:
                return None
            if not terms:
                return ""
            query = " OR ".join(_quoted(t) for t in terms)
        return f"{{{column}}} : ({query})" if column else query

    def _many(self, fts: str, query: str) -> bool:
        if not query:
            return False
        found = self.session.scalar(
            text(f"SELECT count(*) FROM (SELECT rowid FROM {fts} WHERE {fts} MATCH :q "
                 "LIMIT :limit)"), {"q": query, "limit": MANY + 1})
        return bool(found and found > MANY)

    def _pg_candidates(self, words: str, paths: tuple[_PgPath, ...],
                       candidates: str) -> Ids | None:
        """The ids the bigram indexes name for `words`, or None for the ordered walk: when
        the index's statistics say a path finds more than MANY rows, or when more than
        MANY candidates come. The ids are read here, up to MANY + 1, by a statement the
        planner can only run through the indexes (the table scan is switched off for it),
        and handed to the search as a list: as a subquery of the search, a word the
        statistics know nothing of (0.5 % of the rows by the planner's guess) had the
        orders hashed from a scan of the whole table, 3.3 s at 3,000,000 orders."""
        if any(self._pg_common(words, path) for path in paths):
            return None
        previous = self.session.scalar(text("SELECT current_setting('enable_seqscan')"))
        self.session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
        try:
            ids = list(self.session.scalars(text(candidates),
                                            {"q": words, "limit": MANY + 1}))
        finally:
            self.session.execute(text("SELECT set_config('enable_seqscan', :v, true)"),
                                 {"v": previous})
        if len(ids) > MANY:
            return None
        if not ids:
            return _NOTHING
        return select(func.unnest(bindparam("candidates", ids, type_=ARRAY(BigInteger()))))

    def _pg_common(self, words: str, path: _PgPath) -> bool:
        """Whether the index's statistics know every bigram of `words` as common and put
        the rows holding them all above MANY (the candidates are then not read)."""
        missing, share, rows, analysed = self.session.execute(
            text(_PG_STATS.format(per_row=path.per_row)),
            {"q": words, "index": path.index, "table": path.table}).one()
        if not analysed or missing or share is None:
            return False  # a bigram rarer than the common ones: its candidates are few
        return float(share) * float(rows or 0) > MANY

    @staticmethod
    def _fts_ids(fts: str, query: str, name: str) -> Select[Any]:
        if not query:
            return _NOTHING
        return (select(literal_column("rowid")).select_from(table(fts))
                .where(text(f"{fts} MATCH :{name}").bindparams(**{name: query})))
