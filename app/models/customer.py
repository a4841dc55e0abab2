"""Customers (服务对象, rule 1.3) with their phones, address parts and contract terms.

`address` holds the parts joined as a Chinese address so an agent can search by any
fragment ("阳光小区3号楼"); the parts stay separate for notices per building or stairwell.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, BigId


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint("heated_area >= 0", name="heated_area_non_negative"),
        CheckConstraint("contract_level IS NULL OR contract_level IN (1, 2, 3)",
                        name="contract_level_valid"),
        Index("ix_customer_estate_building", "estate", "building", "entrance"),
        Index("ix_customer_name", "name"),
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

    phones: Mapped[list[CustomerPhone]] = relationship(
        back_populates="customer", cascade="all, delete-orphan", order_by="CustomerPhone.id"
    )


class CustomerPhone(Base):
    __tablename__ = "customer_phone"
    __table_args__ = (Index("ix_customer_phone_number", "number"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"),
                                             index=True)
    number: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(20), default="")

    customer: Mapped[Customer] = relationship(back_populates="phones")


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
