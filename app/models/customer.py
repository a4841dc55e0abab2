"""Customers (服务对象, rule 1.3) with their phones, address parts and contract terms.

`address` holds the parts joined as a Chinese address so an agent can search by any
fragment ("阳光小区3号楼"); the parts stay separate for notices per building or stairwell.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text, text, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, BigId
from app.models.enums import db_enum


class CustomerClass(StrEnum):
    """The customer's class (rule 1.4.5: the archive is classified)."""

    RESIDENTIAL = "residential"      # 居民
    COMMERCIAL = "commercial"        # 非居民（商业）
    PUBLIC = "public"                # 公共机构（机关、学校、医院等单位）


class CustomerMark(StrEnum):
    """Special marks (rule 1.4.5: special customers are analysed).

    IMPORTANT is stored in `customer.important` (the flag the deadlines already read); the
    other marks are rows of `customer_mark`, one per mark, indexed by mark for counts.
    """

    HOSPITAL = "hospital"
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    ELDERLY_HOME = "elderly_home"
    IMPORTANT = "important"
    VULNERABLE = "vulnerable"        # disabled or elderly occupant living alone


ROW_MARKS = tuple(m for m in CustomerMark if m is not CustomerMark.IMPORTANT)


# the partial index's WHERE as each database's queries write `Customer.important`
IMPORTANT_SQL = {"sqlite": "important = 1", "postgresql": "important"}


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("heated_area >= 0", name="heated_area_non_negative"),
        CheckConstraint("contract_level IS NULL OR contract_level IN (1, 2, 3)",
                        name="contract_level_valid"),
        # with the id on PostgreSQL (revision 0158; SQLite's indexes end with the rowid): a
        # building's households are read from the index alone, not from a heap block each
        Index("ix_customer_estate_building", "estate", "building", "entrance",
              postgresql_include=["id"]),
        Index("ix_customer_name", "name"),
        # the important customers (rule 1.4.5, about 2 % of households): counted and listed
        # from this small index, not from a scan of every customer (revision 0159)
        Index("ix_customer_important", "id", sqlite_where=text(IMPORTANT_SQL["sqlite"]),
              postgresql_where=text(IMPORTANT_SQL["postgresql"])),
        Index("ix_customer_class", "customer_class"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    account_number: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    district: Mapped[str] = mapped_column(String(50), default="")
    estate: Mapped[str] = mapped_column(String(100), default="")
    building: Mapped[str] = mapped_column(String(20), default="")
    entrance: Mapped[str] = mapped_column(String(20), default="")  # 单元 (stairwell)
    room: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    heated_area: Mapped[Decimal] = mapped_column(Numeric(10, 2), default=Decimal("0"))
    heating: Mapped[bool] = mapped_column(default=True)
    hot_water: Mapped[bool] = mapped_column(default=False)
    steam: Mapped[bool] = mapped_column(default=False)
    important: Mapped[bool] = mapped_column(default=False)
    contract_notes: Mapped[str] = mapped_column(Text, default="")
    contract_level: Mapped[int | None] = mapped_column(default=None)
    room_temp_min: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    room_temp_max: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    hot_water_min: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    hot_water_max: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    # revision 0130: the editable archive (class, notes, own shut-off valve, conflict version)
    customer_class: Mapped[CustomerClass] = mapped_column(
        db_enum(CustomerClass, "customer_class"), default=CustomerClass.RESIDENTIAL,
        server_default=CustomerClass.RESIDENTIAL.value,
    )
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    # the home can be shut off on its own (报停 is possible without cutting off neighbours)
    own_shutoff: Mapped[bool] = mapped_column(default=True, server_default=true())
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )

    # an UPDATE that finds another desk's newer version fails instead of overwriting it
    __mapper_args__ = {"version_id_col": version}


class CustomerPhone(Base):
    __tablename__ = "customer_phone"
    __table_args__ = (Index("ix_customer_phone_number", "number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"),
                                             index=True)
    number: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(20), default="")

    customer: Mapped[Customer] = relationship(back_populates="phones")


class CustomerMarkRow(Base):
    """One special mark of one customer (all marks but IMPORTANT, see CustomerMark)."""

    __tablename__ = "customer_mark"
    __table_args__ = (Index("ix_customer_mark_mark", "mark", "customer_id"),)

    customer_id: Mapped[int] = mapped_column(
        ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    mark: Mapped[CustomerMark] = mapped_column(db_enum(CustomerMark, "customer_mark"),
                                               primary_key=True)


def join_address(district: str, estate: str, building: str, entrance: str, room: str) -> str:
    """The one-line Chinese address: 区 小区 X号楼 X单元 X室, skipping empty parts."""
    parts = [district, estate]
    if building:
        parts.append(building if building.endswith("号楼") else f"{building}号楼")
    if entrance:
        parts.append(entrance if entrance.endswith("单元") else f"{entrance}单元")
    if room:
        parts.append(room if room.endswith("室") else f"{room}室")
    return "".join(p for p in parts if p)
