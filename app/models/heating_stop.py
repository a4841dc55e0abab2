"""Stop and resume heating applications (报停 / 复热) and their field-check orders.

An application is taken at the desk for one season; a field-check work order (`ticket_id`)
seals or opens the valve, and the application is done when that order is resolved. The
customer's heating state for a season is the last done application's kind (no done stop =
heating), with a pending one shown as such.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.enums import db_enum


class StopKind(StrEnum):
    STOP = "stop"          # 报停: seal the valve
    RESUME = "resume"      # 复热: open the valve


class StopStatus(StrEnum):
    PENDING = "pending"        # the field check is not done yet
    DONE = "done"              # valve sealed / opened
    CANCELLED = "cancelled"    # withdrawn before the field check


class HeatingStop(Base):
    __tablename__ = "heating_stop"
    __table_args__ = (
        Index("ix_heating_stop_customer_season", "customer_id", "season"),
        Index("ix_heating_stop_season_status", "season", "status"),
        Index("ix_heating_stop_ticket_id", "ticket_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    season: Mapped[int]
    kind: Mapped[StopKind] = mapped_column(db_enum(StopKind, "stop_kind"))
    status: Mapped[StopStatus] = mapped_column(
        db_enum(StopStatus, "stop_status"), default=StopStatus.PENDING)
    reason: Mapped[str] = mapped_column(Text, default="")
    ticket_id: Mapped[int | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime())
    applied_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class HeatingState(StrEnum):
    """What the customer's valve is, as the screen pop and the card show it."""

    HEATING = "heating"
    STOP_PENDING = "stop_pending"      # applied, valve not sealed yet
    STOPPED = "stopped"
    RESUME_PENDING = "resume_pending"  # applied, valve not opened yet


# the field-check order is done from when the unit resolved it
ORDER_DONE_STATUSES = ("resolved", "callback_done", "closed")


def is_done(status: str, order_status: str | None) -> bool:
    """An application is done when marked so or when its field-check order is resolved."""
    return status == StopStatus.DONE or (
        status == StopStatus.PENDING and order_status in ORDER_DONE_STATUSES)


def heating_state(latest: list[tuple[str, str, str | None]]) -> HeatingState:
    """The state from the newest applications first, each (kind, status, order status);
    cancelled ones are left out by the caller. A pending application shows as pending;
    otherwise the newest done one decides; no application at all: heating."""
    for kind, status, order_status in latest:
        if status == StopStatus.CANCELLED:
            continue
        if not is_done(status, order_status):
            return (HeatingState.STOP_PENDING if kind == StopKind.STOP
                    else HeatingState.RESUME_PENDING)
        return HeatingState.STOPPED if kind == StopKind.STOP else HeatingState.HEATING
    return HeatingState.HEATING
