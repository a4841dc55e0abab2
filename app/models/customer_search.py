"""The keys agents find customers and estates by as they type (revision 0135).

`customer_search_key` holds, per customer, the name as written, the account number and the
name's pinyin (initials `zs` and full `zhangsan`, each reading of a polyphone); and
`estate_search_key` the same of each estate (幸福苑, xfy, xingfuyuan). Keys are lower-case
and searched by prefix, so they are stored with the binary collation ("C" on PostgreSQL,
SQLite's default): a prefix is then a range of one index on either database, whatever the
database's own collation.
"""

from __future__ import annotations

from sqlalchemy import JSON, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId
from app.models.customer import Customer

KEY_LENGTH = 64
# binary order on PostgreSQL too: a prefix is a range of the index (app/repositories/customers)
KeyText = String(KEY_LENGTH).with_variant(String(KEY_LENGTH, collation="C"), "postgresql")


class CustomerSearchKey(Base):
    """No foreign key to `customer` (revision 0154): derived rows an import writes by the
    million, joined to `customer` by every search; a trigger on `customer` deletes a
    deleted customer's keys. SQLite keeps the table WITHOUT ROWID."""

    __tablename__ = "customer_search_key"
    __table_args__ = (Index("ix_customer_search_key_key", "key", "customer_id"),
                      {"sqlite_with_rowid": False})

    customer_id: Mapped[int] = mapped_column(BigId, primary_key=True)
    key: Mapped[str] = mapped_column(KeyText, primary_key=True)


class EstateSearchKey(Base):
    __tablename__ = "estate_search_key"

    key: Mapped[str] = mapped_column(KeyText, primary_key=True)
    estate: Mapped[str] = mapped_column(String(100), primary_key=True)


class ImportMapping(Base):
    """The column mapping an import of one kind (customers, ...) last used: header -> field."""

    __tablename__ = "import_mapping"

    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)


# an address fragment 3-2-501 (building-unit-room) in any estate
Index("ix_customer_room", Customer.room, Customer.building, Customer.entrance)
