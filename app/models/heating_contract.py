"""Heating contracts (供用热合同) per customer and season (rule 3.1.3).

A season is named by the year it starts in (2026 = the 2026-2027 heating season). The
contract's indoor-temperature and hot-water ranges and response level are set only where
they differ from the standard (NULL = the company's standard); the current season's contract
is the source the deadlines and the quality rules read. `status` is what the billing office
says (imported or entered): signed, not yet renewed, stopped (报停 for the season), in arrears.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, Numeric, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId
from app.models.enums import db_enum


class ContractStatus(StrEnum):
    SIGNED = "signed"               # 已签订
    NOT_RENEWED = "not_renewed"     # 未续签
    STOPPED = "stopped"             # 报停
    ARREARS = "arrears"             # 欠费


class HeatingContract(Base):
    __tablename__ = "heating_contract"
    __table_args__ = (
        UniqueConstraint("customer_id", "season", name="customer_season"),
        CheckConstraint("response_level IS NULL OR response_level IN (1, 2, 3)",
                        name="response_level_valid"),
        CheckConstraint("heated_area IS NULL OR heated_area >= 0", name="area_non_negative"),
        Index("ix_heating_contract_season_status", "season", "status"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    season: Mapped[int]
    status: Mapped[ContractStatus] = mapped_column(
        db_enum(ContractStatus, "contract_status"), default=ContractStatus.SIGNED)
    signed_on: Mapped[date | None] = mapped_column(default=None)
    heated_area: Mapped[Decimal | None] = mapped_column(Numeric(10, 2), default=None)
    heating: Mapped[bool] = mapped_column(default=True)
    hot_water: Mapped[bool] = mapped_column(default=False)
    steam: Mapped[bool] = mapped_column(default=False)
    response_level: Mapped[int | None] = mapped_column(default=None)
    room_temp_min: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    room_temp_max: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    hot_water_min: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    hot_water_max: Mapped[Decimal | None] = mapped_column(Numeric(4, 1), default=None)
    notes: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
