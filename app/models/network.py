"""The heating network (issue 16): heat sources -> substations -> buildings, pipe sections,
the substations' equipment with its status history, and outages.

A building is an (estate, building) pair as the customer archive writes it; its households
are the customers with that estate and building. The counts of households under each node
are cached in the node rows and recounted set-based whenever the network changes.

An outage covers every building below the nodes it names; `network_outage_building` keeps
that set as it was declared, and `network_active_outage` holds one row per building of
every outage not yet restored, so the screen pop asks one indexed lookup by (estate,
building). Restoring an outage deletes its active rows and writes the hours without heat
of every household into `network_outage_household` for the reports (rule 5.2.1).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, UTCDateTime
from app.models.contact import Contact
from app.models.enums import db_enum
from app.models.incident import IncidentArea

# the outage detection reads the last minutes' contacts every minute (revision 0152)
CONTACT_CREATED_INDEX = Index("ix_contact_created", Contact.__table__.c.created_at)
# an outage's incident holds every covered building: its areas in order (revision 0153)
INCIDENT_AREA_INDEX = Index("ix_incident_area_incident", IncidentArea.__table__.c.incident_id,
                            IncidentArea.__table__.c.id)


class EquipmentKind(StrEnum):
    PUMP = "pump"
    HEAT_EXCHANGER = "heat_exchanger"
    VALVE = "valve"
    METER = "meter"
    CONTROLLER = "controller"


class EquipmentStatus(StrEnum):
    """Rule 5.2.1: the intact rate counts INTACT over every unit not retired."""

    INTACT = "intact"
    FAULTY = "faulty"
    UNDER_REPAIR = "under_repair"
    RETIRED = "retired"


class OutageKind(StrEnum):
    PLANNED = "planned"      # maintenance announced in advance (rule 5.2.1)
    UNPLANNED = "unplanned"  # a fault


class OutageOrigin(StrEnum):
    PLANNED = "planned"      # the maintenance plan
    DISPATCH = "dispatch"    # reported by the dispatch centre
    LEADER = "leader"        # declared by a shift leader from the calls


class NodeKind(StrEnum):
    SOURCE = "source"
    SUBSTATION = "substation"
    BUILDING = "building"


class ProposalStatus(StrEnum):
    OPEN = "open"
    DECLARED = "declared"
    DISMISSED = "dismissed"


class HeatSource(Base):
    __tablename__ = "network_source"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    households: Mapped[int] = mapped_column(default=0)  # cached: customers below
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Substation(Base):
    __tablename__ = "network_substation"
    __table_args__ = (Index("ix_network_substation_source", "source_id", "name"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("network_source.id"))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    address: Mapped[str] = mapped_column(String(200), default="")
    households: Mapped[int] = mapped_column(default=0)  # cached
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class NetworkBuilding(Base):
    __tablename__ = "network_building"
    __table_args__ = (
        UniqueConstraint("estate", "building", name="uq_network_building_place"),
        Index("ix_network_building_substation", "substation_id", "estate", "building"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    substation_id: Mapped[int] = mapped_column(ForeignKey("network_substation.id"))
    estate: Mapped[str] = mapped_column(String(100))
    building: Mapped[str] = mapped_column(String(20))
    households: Mapped[int] = mapped_column(default=0)  # cached
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class PipeSection(Base):
    """A pipe section the company records: from a source to a substation (a primary line)."""

    __tablename__ = "network_pipe"
    __table_args__ = (Index("ix_network_pipe_source", "source_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("network_source.id"))
    substation_id: Mapped[int | None] = mapped_column(ForeignKey("network_substation.id"),
                                                      default=None)
    name: Mapped[str] = mapped_column(String(100))
    diameter_mm: Mapped[int | None] = mapped_column(default=None)
    length_m: Mapped[int | None] = mapped_column(default=None)


class Equipment(Base):
    __tablename__ = "network_equipment"
    __table_args__ = (Index("ix_network_equipment_substation", "substation_id", "status"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    substation_id: Mapped[int] = mapped_column(ForeignKey("network_substation.id"))
    kind: Mapped[EquipmentKind] = mapped_column(db_enum(EquipmentKind, "equipment_kind"))
    name: Mapped[str] = mapped_column(String(100))
    model: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[EquipmentStatus] = mapped_column(
        db_enum(EquipmentStatus, "equipment_status"), default=EquipmentStatus.INTACT)
    status_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class EquipmentChange(Base):
    """One status change of a unit: who and when (rule 5.2.1 patrol and repair)."""

    __tablename__ = "network_equipment_change"
    __table_args__ = (
        Index("ix_network_equipment_change_equipment", "equipment_id", "changed_at"),
        Index("ix_network_equipment_change_at", "changed_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    equipment_id: Mapped[int] = mapped_column(
        ForeignKey("network_equipment.id", ondelete="CASCADE"))
    old_status: Mapped[EquipmentStatus | None] = mapped_column(
        db_enum(EquipmentStatus, "equipment_old_status"), default=None)
    status: Mapped[EquipmentStatus] = mapped_column(
        db_enum(EquipmentStatus, "equipment_new_status"))
    note: Mapped[str] = mapped_column(Text, default="")
    changed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Outage(Base):
    __tablename__ = "network_outage"
    __table_args__ = (Index("ix_network_outage_started", "starts_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[OutageKind] = mapped_column(db_enum(OutageKind, "outage_kind"))
    origin: Mapped[OutageOrigin] = mapped_column(db_enum(OutageOrigin, "outage_origin"))
    reason: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(String(200))  # the node names, for the sentence
    substation_id: Mapped[int | None] = mapped_column(  # the first substation affected
        ForeignKey("network_substation.id"), default=None)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expected_end_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    restored_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incident.id"), default=None)
    buildings: Mapped[int] = mapped_column(default=0)
    households: Mapped[int] = mapped_column(default=0)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    restored_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class OutageNode(Base):
    """A node the outage was declared on (a source, substation or building)."""

    __tablename__ = "network_outage_node"
    __table_args__ = (Index("ix_network_outage_node_outage", "outage_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    outage_id: Mapped[int] = mapped_column(ForeignKey("network_outage.id", ondelete="CASCADE"))
    node_kind: Mapped[NodeKind] = mapped_column(db_enum(NodeKind, "network_node_kind"))
    node_id: Mapped[int] = mapped_column(BigId)


class OutageBuilding(Base):
    """Every building the outage covers, as declared (kept after restoring, for reports)."""

    __tablename__ = "network_outage_building"
    __table_args__ = (Index("ix_network_outage_building_place", "estate", "building"),)

    outage_id: Mapped[int] = mapped_column(
        ForeignKey("network_outage.id", ondelete="CASCADE"), primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("network_building.id"),
                                             primary_key=True)
    substation_id: Mapped[int] = mapped_column(BigId)
    estate: Mapped[str] = mapped_column(String(100))
    building: Mapped[str] = mapped_column(String(20))
    households: Mapped[int] = mapped_column(default=0)


class ActiveOutage(Base):
    """One row per building of every outage not yet restored: the screen pop's lookup."""

    __tablename__ = "network_active_outage"
    __table_args__ = (Index("ix_network_active_outage_outage", "outage_id"),)

    estate: Mapped[str] = mapped_column(String(100), primary_key=True)
    building: Mapped[str] = mapped_column(String(20), primary_key=True)
    outage_id: Mapped[int] = mapped_column(
        BigId, ForeignKey("network_outage.id", ondelete="CASCADE"), primary_key=True)


class OutageHousehold(Base):
    """A household's time without heat in one outage, written on restore (reports)."""

    __tablename__ = "network_outage_household"
    __table_args__ = (Index("ix_network_outage_household_customer", "customer_id"),)

    outage_id: Mapped[int] = mapped_column(
        ForeignKey("network_outage.id", ondelete="CASCADE"), primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    hours: Mapped[Decimal] = mapped_column(Numeric(8, 2))


class OutageProposal(Base):
    """The desk proposed declaring an outage for a substation from its calls, once."""

    __tablename__ = "network_proposal"
    __table_args__ = (Index("ix_network_proposal_substation", "substation_id", "proposed_at"),
                      Index("ix_network_proposal_status", "status", "proposed_at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    substation_id: Mapped[int] = mapped_column(ForeignKey("network_substation.id"))
    calls: Mapped[int] = mapped_column(default=0)
    first_call_at: Mapped[datetime] = mapped_column(UTCDateTime())
    proposed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[ProposalStatus] = mapped_column(
        db_enum(ProposalStatus, "network_proposal_status"), default=ProposalStatus.OPEN)
    outage_id: Mapped[int | None] = mapped_column(ForeignKey("network_outage.id"),
                                                  default=None)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), default=None)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
