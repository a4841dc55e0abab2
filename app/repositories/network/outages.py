"""Outages over the network: covering nodes set-based, the active lookup, restoring.

Declaring an outage over 20,000 households is three INSERT ... SELECT statements (the
covered buildings, the active rows, the incident's areas), never a row per household in
Python; restoring writes each household's hours without heat the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, literal, or_, select
from sqlalchemy.orm import Session

from app.models.customer import Customer, CustomerPhone
from app.models.incident import IncidentArea
from app.models.network import (
    ActiveOutage,
    NetworkBuilding,
    NodeKind,
    Outage,
    OutageBuilding,
    OutageHousehold,
    OutageNode,
    Substation,
)
from app.repositories.network.views import OutageView

PHONE_BATCH = 2000  # rows fetched per round trip while streaming the phone list
NODES_PER_INSERT = 1000  # rows of one multi-row INSERT (SQLite's bound-parameter limit)


class OutageRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, outage_id: int) -> Outage | None:
        return self.session.get(Outage, outage_id)

    def add(self, outage: Outage, nodes: list[tuple[NodeKind, int]]) -> Outage:
        """The outage (audited) and its nodes in one executemany (a source's 40
        substations are one declaration, not 40 audited rows)."""
        self.session.add(outage)
        self.session.flush()
        for start in range(0, len(nodes), NODES_PER_INSERT):  # multi-row INSERTs
            self.session.execute(insert(OutageNode).values([
                {"outage_id": outage.id, "node_kind": kind, "node_id": node_id}
                for kind, node_id in nodes[start:start + NODES_PER_INSERT]]))
        return outage

    def cover(self, outage_id: int, sources: list[int], substations: list[int],
              buildings: list[int]) -> tuple[int, int]:
        """Insert every building below the nodes; (buildings, households) covered."""
        where = []
        if sources:
            where.append(Substation.source_id.in_(sources))
        if substations:
            where.append(NetworkBuilding.substation_id.in_(substations))
        if buildings:
            where.append(NetworkBuilding.id.in_(buildings))
        if not where:
            return 0, 0
        chosen = (select(literal(outage_id), NetworkBuilding.id,
                         NetworkBuilding.substation_id, NetworkBuilding.estate,
                         NetworkBuilding.building, NetworkBuilding.households)
                  .join(Substation, Substation.id == NetworkBuilding.substation_id)
                  .where(or_(*where)))
        self.session.execute(insert(OutageBuilding).from_select(
            ["outage_id", "building_id", "substation_id", "estate", "building", "households"],
            chosen))
        mine = OutageBuilding.outage_id == outage_id
        self.session.execute(insert(ActiveOutage).from_select(
            ["estate", "building", "outage_id"],
            select(OutageBuilding.estate, OutageBuilding.building, OutageBuilding.outage_id)
            .where(mine)))
        row = self.session.execute(select(func.count(), func.coalesce(
            func.sum(OutageBuilding.households), 0)).where(mine)).one()
        return int(row[0]), int(row[1])

    def add_incident_areas(self, outage_id: int, incident_id: int) -> None:
        """The incident covers the outage's buildings (those it does not hold already)."""
        held = (select(IncidentArea.id).where(
            IncidentArea.incident_id == incident_id,
            IncidentArea.estate == OutageBuilding.estate,
            or_(IncidentArea.building == OutageBuilding.building, IncidentArea.building == ""))
            .exists())
        self.session.execute(insert(IncidentArea).from_select(
            ["incident_id", "estate", "building"],
            select(literal(incident_id), OutageBuilding.estate, OutageBuilding.building)
            .where(OutageBuilding.outage_id == outage_id, ~held)))

    def restore(self, outage_id: int, hours: Decimal) -> int:
        """Stop the outage: its active rows go, each household's hours are recorded."""
        self.session.execute(delete(ActiveOutage).where(ActiveOutage.outage_id == outage_id))
        homes = (select(literal(outage_id), Customer.id, literal(hours))
                 .join(OutageBuilding, (OutageBuilding.estate == Customer.estate)
                       & (OutageBuilding.building == Customer.building))
                 .where(OutageBuilding.outage_id == outage_id))
        result = self.session.execute(insert(OutageHousehold).from_select(
            ["outage_id", "customer_id", "hours"], homes))
        return int(getattr(result, "rowcount", 0) or 0)

    def substations_of(self, outage_id: int) -> list[int]:
        rows = self.session.execute(select(OutageBuilding.substation_id).where(
            OutageBuilding.outage_id == outage_id).distinct())
        return [r[0] for r in rows]

    def first_building(self, outage_id: int) -> tuple[str, str]:
        row = self.session.execute(
            select(OutageBuilding.estate, OutageBuilding.building)
            .where(OutageBuilding.outage_id == outage_id)
            .order_by(OutageBuilding.estate, OutageBuilding.building).limit(1)).one()
        return row[0], row[1]

    def buildings_of(self, outage_id: int) -> list[tuple[str, str, int]]:
        rows = self.session.execute(
            select(OutageBuilding.estate, OutageBuilding.building, OutageBuilding.households)
            .where(OutageBuilding.outage_id == outage_id)
            .order_by(OutageBuilding.estate, OutageBuilding.building))
        return [(r[0], r[1], r[2]) for r in rows]

    def active_over(self, estate: str, building: str) -> Outage | None:
        """The newest outage not yet restored over this building (the pop's lookup)."""
        stmt = (select(Outage).join(ActiveOutage, ActiveOutage.outage_id == Outage.id)
                .where(ActiveOutage.estate == estate, ActiveOutage.building == building)
                .order_by(Outage.starts_at.desc()).limit(1))
        return self.session.execute(stmt).scalars().first()

    def active_substations(self) -> set[int]:
        rows = self.session.execute(
            select(OutageBuilding.substation_id).join(
                ActiveOutage, (ActiveOutage.outage_id == OutageBuilding.outage_id)
                & (ActiveOutage.estate == OutageBuilding.estate)
                & (ActiveOutage.building == OutageBuilding.building)).distinct())
        return {r[0] for r in rows}

    def listing(self, *, active_only: bool = False, substation_id: int | None = None,
                limit: int = 200) -> list[OutageView]:
        stmt = select(Outage)
        if active_only:
            stmt = stmt.where(Outage.restored_at.is_(None))
        if substation_id is not None:
            stmt = stmt.where(Outage.id.in_(select(OutageBuilding.outage_id).where(
                OutageBuilding.substation_id == substation_id)))
        stmt = stmt.order_by(Outage.restored_at.is_not(None), Outage.starts_at.desc(),
                             Outage.id.desc()).limit(limit)
        return [view_of(o) for o in self.session.execute(stmt).scalars()]

    def phones(self, outage_id: int) -> Iterator[Any]:
        """Every affected household's phones, streamed from a server-side cursor."""
        stmt = (select(Customer.account_number, Customer.name, Customer.address,
                       CustomerPhone.number)
                .join(OutageBuilding, (OutageBuilding.estate == Customer.estate)
                      & (OutageBuilding.building == Customer.building))
                .join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                .where(OutageBuilding.outage_id == outage_id)
                .order_by(Customer.id, CustomerPhone.id))
        result = self.session.execute(stmt, execution_options={
            "yield_per": PHONE_BATCH, "stream_results": True})
        yield from result

    def household_ids(self, outage_id: int) -> list[int]:
        rows = self.session.execute(
            select(Customer.id).join(OutageBuilding, (OutageBuilding.estate == Customer.estate)
                                     & (OutageBuilding.building == Customer.building))
            .where(OutageBuilding.outage_id == outage_id).order_by(Customer.id))
        return [r[0] for r in rows]


def view_of(o: Outage) -> OutageView:
    return OutageView(
        id=o.id, kind=o.kind.value, origin=o.origin.value, title=o.title, reason=o.reason,
        starts_at=o.starts_at, expected_end_at=o.expected_end_at, restored_at=o.restored_at,
        incident_id=o.incident_id, buildings=o.buildings, households=o.households,
        notified_at=o.notified_at, version=o.version)


def hours_between(start: datetime, end: datetime) -> Decimal:
    return Decimal(max(0.0, (end - start).total_seconds()) / 3600).quantize(Decimal("0.01"))
