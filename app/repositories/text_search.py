"""Which orders and customers may hold a fragment of text, found through the index.

The index (revision 0101) narrows the search to candidates; the caller keeps its exact
`LIKE '%...%'` condition on the candidates, so results are what the scan found before, only
without reading every row. Chinese has no spaces between words, so the index is of
characters, not words: trigrams in SQLite's FTS5 (a search of three or more characters is
the AND of its trigrams), character bigrams in a PostgreSQL GIN index (the search's bigrams
must all be present).

Short searches: in SQLite each text is indexed with two trailing spaces, so a fragment of
one or two characters (漏水, 不热) starts at least one indexed trigram; the fts5vocab table
lists those trigrams and the search is their OR. PostgreSQL's bigrams serve two characters;
a single character there is left to the scan.

A fragment found in a great many rows is also left to the scan: reading thousands of
candidates and sorting them costs more than walking the queue's index in order, which
meets the first page of a common word within a few hundred rows. SQLite counts the
candidates up to that limit. PostgreSQL reads the GIN index's own statistics (ANALYZE keeps
the most common bigrams of each indexed expression with their frequencies): a fragment all
of whose bigrams are common is judged by those frequencies (counting would read every row
of a common word: 150-300 ms for 漏水 at 3,000,000 orders); a fragment with a bigram that
is not among them is rarer than the rarest common one, and its candidates are counted
through the index, up to the limit (a bitmap scan of that bigram's short list; a plan that
could read the table instead is switched off for that count). The planner's own estimate
gave such a bigram half the rarest common bigram's frequency whatever it was: 15,001 rows
at 3,000,000 orders, so a two-character word that matched nothing took the walk over every
open order. Without statistics at all the planner's estimate decides.

An order search finds an order by its description or by its customer's address, so both
are judged: a word common in addresses (小区) is common for orders too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Select,
    false,
    func,
    literal_column,
    select,
    table,
    text,
    union,
)
from sqlalchemy.orm import Session, aliased

from app.models.customer import Customer, CustomerPhone
from app.models.ticket import Ticket

MAX_TERMS = 3000  # a short search starting more trigrams than this is left to the scan
MANY = 10000  # more candidates than this: the scan in order finds a page sooner

Ids = Select[Any] | CompoundSelect[Any]  # a query of ids to put inside IN (...)
_CUSTOMER_TEXT = "heatdesk_bigrams(account_number || ' ' || name || ' ' || address)"


@dataclass(frozen=True)
class _PgPath:
    """One way a PostgreSQL search reaches its rows through a bigram index: the index, its
    table, the rows of the search each indexed row stands for (an address stands for its
    customer's orders), and the bounded count of the rows it finds."""

    index: str
    table: str
    per_row: str  # SQL: rows of the search per row of `table`
    count: str  # SQL with :q and :limit


def _bounded(sql: str) -> str:
    return f"SELECT count(*) FROM ({sql} LIMIT :limit) AS found"


_PG_ORDER_PATHS = (
    _PgPath("ix_ticket_description_bigrams", "ticket", "1", _bounded(
        "SELECT 1 FROM ticket WHERE heatdesk_bigrams(description) @> heatdesk_bigrams(:q)")),
    _PgPath("ix_customer_text_bigrams", "customer",
            "(SELECT greatest(reltuples, 0) FROM pg_class WHERE oid = 'ticket'::regclass)"
            " / greatest((SELECT reltuples FROM pg_class WHERE oid = 'customer'::regclass), 1)",
            _bounded(f"SELECT 1 FROM customer JOIN ticket ON ticket.customer_id = customer.id "
                     f"WHERE {_CUSTOMER_TEXT} @> heatdesk_bigrams(:q)")),
)
_PG_CUSTOMER_PATHS = (
    _PgPath("ix_customer_text_bigrams", "customer", "1", _bounded(
        f"SELECT 1 FROM customer WHERE {_CUSTOMER_TEXT} @> heatdesk_bigrams(:q)")),
    _PgPath("ix_customer_phone_number_bigrams", "customer_phone", "1", _bounded(
        "SELECT 1 FROM customer_phone WHERE heatdesk_bigrams(number) @> heatdesk_bigrams(:q)")),
)
# The search's bigrams against the index's most common bigrams (pg_stats keeps them per
# indexed expression): how many are not among them, the product of the frequencies of
# those that are (the share of rows holding them all, as the planner reckons it), the
# rows that share is of, and whether the index was analysed at all.
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
    FROM unnest(heatdesk_bigrams(:q)) AS g(gram)
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
        if len(words) < 2 or self._pg_many(words, _PG_ORDER_PATHS):
            return None
        own_t, by_address = aliased(Ticket), aliased(Ticket)
        customer = aliased(Customer)
        return union(
            select(own_t.id).where(_bigrams(own_t.description).op("@>")(_bigrams_of(words))),
            select(by_address.id).join(customer, customer.id == by_address.customer_id)
            .where(_customer_bigrams(customer).op("@>")(_bigrams_of(words))))

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
        if len(words) < 2 or self._pg_many(words, _PG_CUSTOMER_PATHS):
            return None
        customer = aliased(Customer)
        return union(
            select(customer.id).where(_customer_bigrams(customer).op("@>")(
                _bigrams_of(words))),
            select(phone.customer_id).where(_bigrams(phone.number).op("@>")(
                _bigrams_of(words))))

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

    def _pg_many(self, words: str, paths: tuple[_PgPath, ...]) -> bool:
        """Whether any path of the search may find more than MANY rows (see the module)."""
        return any(self._pg_path_many(words, path) for path in paths)

    def _pg_path_many(self, words: str, path: _PgPath) -> bool:
        stats = self.session.execute(text(_PG_STATS.format(per_row=path.per_row)), {
            "q": words, "index": path.index, "table": path.table}).one()
        missing, share, rows, analysed = stats
        if not analysed:  # never analysed: the planner's guess is all there is
            plan = self.session.scalar(text(f"EXPLAIN (FORMAT JSON) {path.count}"),
                                       {"q": words, "limit": MANY + 1})
            return bool(plan and plan[0]["Plan"]["Plan Rows"] > MANY)
        if not missing:  # every bigram common: their frequencies say how many
            return bool(share is not None and float(share) * float(rows or 0) > MANY)
        # a bigram rarer than every common one: count its candidates through the index
        previous = self.session.scalar(text("SELECT current_setting('enable_seqscan')"))
        self.session.execute(text("SELECT set_config('enable_seqscan', 'off', true)"))
        try:
            found = self.session.scalar(text(path.count), {"q": words, "limit": MANY + 1})
        finally:
            self.session.execute(text("SELECT set_config('enable_seqscan', :v, true)"),
                                 {"v": previous})
        return bool(found and found > MANY)

    @staticmethod
    def _fts_ids(fts: str, query: str, name: str) -> Select[Any]:
        if not query:
            return _NOTHING
        return (select(literal_column("rowid")).select_from(table(fts))
                .where(text(f"{fts} MATCH :{name}").bindparams(**{name: query})))


def _bigrams(column: Any) -> ColumnElement[Any]:
    return func.heatdesk_bigrams(column)


def _bigrams_of(words: str) -> ColumnElement[Any]:
    return func.heatdesk_bigrams(words)


def _customer_bigrams(customer: Any) -> ColumnElement[Any]:
    """The indexed expression of revision 0101, written the same way so the index serves."""
    space: ColumnElement[str] = literal_column("' '")
    return func.heatdesk_bigrams(
        customer.account_number.op("||")(space).op("||")(customer.name)
        .op("||")(space).op("||")(customer.address))
