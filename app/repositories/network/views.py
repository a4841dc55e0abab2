"""Read models of the heating network that the workflows and the UI receive."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class NodeView:
    """One node of the tree: a source, a substation or a building."""

    kind: str  # "source" | "substation" | "building"
    id: int
    name: str
    parent_id: int | None
    households: int
    address: str = ""
    estate: str = ""
    building: str = ""
    version: int = 1


@dataclass(frozen=True)
class EquipmentView:
    id: int
    substation_id: int
    substation: str
    kind: str
    name: str
    model: str
    status: str
    status_at: datetime
    version: int


@dataclass(frozen=True)
class EquipmentChangeView:
    id: int
    equipment_id: int
    equipment: str
    substation: str
    old_status: str | None
    status: str
    note: str
    changed_by: str
    changed_at: datetime


@dataclass(frozen=True)
class OutageLine:
    """What the screen pop says about an outage over the caller's building."""

    outage_id: int
    kind: str          # planned | unplanned
    title: str         # the node names, e.g. 阳光换热站
    reason: str
    incident_id: int | None
    starts_at: datetime
    expected_end_at: datetime | None


@dataclass(frozen=True)
class OutageView:
    id: int
    kind: str
    origin: str
    title: str
    reason: str
    starts_at: datetime
    expected_end_at: datetime | None
    restored_at: datetime | None
    incident_id: int | None
    buildings: int
    households: int
    notified_at: datetime | None
    version: int

    @property
    def active(self) -> bool:
        return self.restored_at is None


@dataclass(frozen=True)
class ProposalView:
    id: int
    substation_id: int
    substation: str
    calls: int
    first_call_at: datetime
    proposed_at: datetime
    households: int
