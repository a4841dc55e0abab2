"""The substations' equipment and its status history (rule 5.2.1)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, aliased

from app.models.network import Equipment, EquipmentChange, EquipmentStatus, Substation
from app.models.staff import Staff
from app.repositories.network.views import EquipmentChangeView, EquipmentView


class EquipmentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, equipment_id: int) -> Equipment | None:
        return self.session.get(Equipment, equipment_id)

    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def of_substation(self, substation_id: int) -> list[EquipmentView]:
        stmt = (select(Equipment, Substation.name).join(Substation,
                                                      Substation.id == Equipment.substation_id)
                .where(Equipment.substation_id == substation_id)
                .order_by(Equipment.kind, Equipment.name))
        return [_view(e, name) for e, name in self.session.execute(stmt)]

    def changes(self, *, equipment_id: int | None = None, since: datetime | None = None,
                until: datetime | None = None, limit: int = 500) -> list[EquipmentChangeView]:
        who = aliased(Staff)
        stmt = (select(EquipmentChange, Equipment.name, Substation.name, who.name,
                       who.job_number)
                .join(Equipment, Equipment.id == EquipmentChange.equipment_id)
                .join(Substation, Substation.id == Equipment.substation_id)
                .outerjoin(who, who.id == EquipmentChange.changed_by_id))
        if equipment_id is not None:
            stmt = stmt.where(EquipmentChange.equipment_id == equipment_id)
        if since is not None:
            stmt = stmt.where(EquipmentChange.changed_at >= since)
        if until is not None:
            stmt = stmt.where(EquipmentChange.changed_at < until)
        stmt = stmt.order_by(EquipmentChange.changed_at.desc(),
                             EquipmentChange.id.desc()).limit(limit)
        return [EquipmentChangeView(
            id=c.id, equipment_id=c.equipment_id, equipment=eq, substation=sub,
            old_status=c.old_status.value if c.old_status else None, status=c.status.value,
            note=c.note, changed_by=f"{name} {job}".strip() if name else "",
            changed_at=c.changed_at) for c, eq, sub, name, job in self.session.execute(stmt)]

    def intact_counts(self) -> list[Any]:
        """Per substation: (id, name, intact units, units in service), retired left out."""
        counted = Equipment.status != EquipmentStatus.RETIRED
        stmt = (select(Substation.id, Substation.name,
                       func.sum(case((Equipment.status == EquipmentStatus.INTACT, 1),
                                     else_=0)).label("intact"),
                       func.count(Equipment.id).label("total"))
                .join(Equipment, Equipment.substation_id == Substation.id)
                .where(counted).group_by(Substation.id, Substation.name)
                .order_by(Substation.name))
        return list(self.session.execute(stmt))

    def kind_counts(self) -> list[Any]:
        """Per kind: (kind, intact, total) of units in service."""
        stmt = (select(Equipment.kind,
                       func.sum(case((Equipment.status == EquipmentStatus.INTACT, 1),
                                     else_=0)).label("intact"),
                       func.count(Equipment.id).label("total"))
                .where(Equipment.status != EquipmentStatus.RETIRED)
                .group_by(Equipment.kind).order_by(Equipment.kind))
        return list(self.session.execute(stmt))


def _view(e: Equipment, substation: str) -> EquipmentView:
    return EquipmentView(id=e.id, substation_id=e.substation_id, substation=substation,
                         kind=e.kind.value, name=e.name, model=e.model, status=e.status.value,
                         status_at=e.status_at, version=e.version)
