"""What a PostgreSQL database's text settings mean for the text search index.

PostgreSQL's own trigram module (pg_trgm) silently drops Chinese characters when the
database's LC_CTYPE is not a UTF-8 locale, so a search for 漏水 would read every row. The
index of revision 0101 is built of character bigrams instead, which do not depend on the
ctype; it depends on the encoding: with UTF8 a bigram is two characters, with SQL_ASCII it
is two bytes (searches stay correct, but each Chinese character's bytes are shared by
thousands of others, so the index narrows far less), and other encodings cannot store
Chinese at all. The administrator is told which case the database is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, text


@dataclass(frozen=True)
class TextSettings:
    database: str
    encoding: str
    ctype: str

    @property
    def utf8(self) -> bool:
        return self.encoding.upper() in ("UTF8", "UTF-8")

    @property
    def ctype_utf8(self) -> bool:
        return "utf8" in self.ctype.lower().replace("-", "")

    def describe(self) -> str:
        """One sentence for `db current` and the start-up log."""
        where = (f"database {self.database}: encoding {self.encoding}, "
                 f"LC_CTYPE {self.ctype}")
        if not self.utf8:
            return (f"WARNING: {where}. Text search stays correct but its index works on "
                    "bytes, not characters, so Chinese searches read far more rows; a "
                    "database created with ENCODING 'UTF8' searches Chinese fully indexed.")
        if not self.ctype_utf8:
            return (f"{where}. The LC_CTYPE is not UTF-8 (pg_trgm would ignore Chinese "
                    "here); HeatDesk's text search uses its own character-bigram index, "
                    "which finds Chinese words on this database.")
        return f"{where}: text search finds Chinese words through its bigram index."


def text_settings(engine: Engine) -> TextSettings | None:
    """The database's encoding and ctype; None for SQLite (its FTS5 index reads UTF-8)."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as conn:
        row = conn.execute(text(
            "SELECT current_database(), pg_encoding_to_char(encoding), datctype "
            "FROM pg_database WHERE datname = current_database()")).one()
    return TextSettings(database=row[0], encoding=row[1], ctype=row[2])
