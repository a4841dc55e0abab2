"""A small, hand-worked heating-quality data set (season 2025-2026) built through workflows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from app.clock import FixedClock
from app.db.database import Database
from app.models.customer import Customer
from app.repositories.uow import Actor, UnitOfWork
from app.workflows.auth import seed_user
from app.workflows.quality.measurements import (
    HotWaterForm,
    SampleForm,
    record_hot_water,
    record_sample,
)
from app.workflows.quality.outdoor import record_outdoor

SEASON = "2025-2026"


def after_season_clock() -> FixedClock:
    return FixedClock(datetime(2026, 3, 20, 2, 0, tzinfo=UTC))  # 10:00 in Beijing


@dataclass(frozen=True)
class QualityData:
    technician: Actor
    ids: dict[str, int]


def add_customer(db: Database, clock: FixedClock, account: str, name: str, estate: str,
                 area: str = "80", **extra: object) -> int:
    with UnitOfWork(db, None, clock) as uow:
        customer = uow.customers.add(Customer(
            account_number=account, name=name, estate=estate, address=f"{estate}{name}家",
            heated_area=Decimal(area), **extra))
        uow.commit()
        return customer.id


def technician(db: Database, clock: FixedClock) -> Actor:
    return seed_user(UnitOfWork(db, None, clock), "3001", "孙技术", "technician",
                       "tech-pass-1")


# (account, day, time, room, °C): the rates of tests/integration/test_quality_rates.py
ROOM_SAMPLES = [
    ("Q001", "2025-12-05", "09:10", "客厅", "18.0"),   # qualified
    ("Q001", "2025-12-05", "09:15", "卧室", "15.9"),   # unqualified (below 16)
    ("Q002", "2025-12-05", "10:00", "病房", "19.5"),   # unqualified: contract 20-24
    ("Q001", "2025-12-15", "09:00", "客厅", "16.0"),   # qualified (lower bound)
    ("Q002", "2025-12-15", "10:00", "病房", "22.0"),   # qualified (contract)
    ("Q001", "2026-01-05", "09:00", "客厅", "14.0"),   # exempt day, unqualified
    ("Q002", "2026-01-05", "10:00", "病房", "21.0"),   # exempt day, qualified
    ("Q001", "2026-01-15", "09:00", "客厅", "20.0"),   # qualified (upper bound), -7.0 not exempt
    ("Q001", "2026-01-15", "09:05", "卧室", "20.1"),   # unqualified
]
OUTDOOR = [("2025-12-05", "-3.0"), ("2025-12-15", "-5.5"), ("2026-01-05", "-8.0"),
           ("2026-01-15", "-7.0")]
HOT_WATER = [
    ("Q003", "2025-12-05", "52.0"),  # qualified
    ("Q003", "2025-12-10", "49.9"),  # unqualified
    ("Q003", "2026-01-10", "55.0"),  # qualified (upper bound)
    ("Q003", "2026-02-01", "56.0"),  # unqualified
    ("Q004", "2026-02-01", "47.0"),  # qualified: contract 45-60
]


def seed_quality(db: Database, clock: FixedClock) -> QualityData:
    tech = technician(db, clock)
    ids = {
        "Q001": add_customer(db, clock, "Q001", "周明", "阳光小区", "90"),
        "Q002": add_customer(db, clock, "Q002", "市医院", "和平里", "500",
                             room_temp_min=Decimal("20"), room_temp_max=Decimal("24")),
        "Q003": add_customer(db, clock, "Q003", "吴静", "阳光小区", "70", hot_water=True),
        "Q004": add_customer(db, clock, "Q004", "宾馆", "和平里", "300", hot_water=True,
                             hot_water_min=Decimal("45"), hot_water_max=Decimal("60")),
    }
    for account, day, at, room, value in ROOM_SAMPLES:
        record_sample(UnitOfWork(db, tech, clock), SampleForm(account, day, at, room, value,
                                                              "3001"))
    for day, mean in OUTDOOR:
        record_outdoor(UnitOfWork(db, tech, clock), day, mean)
    for account, day, value in HOT_WATER:
        record_hot_water(UnitOfWork(db, tech, clock), HotWaterForm(account, day, "11:00", value,
                                                                   "3001"))
    return QualityData(tech, ids)
