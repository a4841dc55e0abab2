"""The executing units (执行单位) an agent may send a work order to."""

from __future__ import annotations

from app.repositories.uow import UnitOfWork
from app.repositories.views import UnitView

__all__ = ["UnitView", "active_units"]


def active_units(uow: UnitOfWork) -> list[UnitView]:
    """Only active units: a disbanded unit must not receive new orders (rule 2.5)."""
    with uow:
        return uow.units.active()
