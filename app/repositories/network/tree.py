"""The network tree: sources, substations, buildings and the cached household counts.

The counts are computed set-based (one UPDATE per level with a correlated count), never by
loading households: a building's households are the customers with its estate and building
(the customer archive's index `ix_customer_estate_building` answers each count).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.models.customer import Customer
from app.models.network import HeatSource, NetworkBuilding, PipeSection, Substation
from app.repositories.network.views import NodeView


class NetworkRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # ---- reads -------------------------------------------------------------------------
    def sources(self) -> list[NodeView]:
        rows = self.session.execute(select(HeatSource).order_by(HeatSource.name)).scalars()
        return [NodeView("source", s.id, s.name, None, s.households, s.address,
                         version=s.version) for s in rows]

    def substations(self, source_id: int | None = None) -> list[NodeView]:
        stmt = select(Substation).order_by(Substation.name)
        if source_id is not None:
            stmt = stmt.where(Substation.source_id == source_id)
        return [NodeView("substation", s.id, s.name, s.source_id, s.households, s.address,
                         version=s.version) for s in self.session.execute(stmt).scalars()]

    def buildings(self, substation_id: int) -> list[NodeView]:
        stmt = (select(NetworkBuilding).where(NetworkBuilding.substation_id == substation_id)
                .order_by(NetworkBuilding.estate, NetworkBuilding.building))
        return [_building(b) for b in self.session.execute(stmt).scalars()]

    def building_at(self, estate: str, building: str) -> NetworkBuilding | None:
        return self.session.execute(select(NetworkBuilding).where(
            NetworkBuilding.estate == estate,
            NetworkBuilding.building == building)).scalar_one_or_none()

    def source(self, source_id: int) -> HeatSource | None:
        return self.session.get(HeatSource, source_id)

    def substation(self, substation_id: int) -> Substation | None:
        return self.session.get(Substation, substation_id)

    def building(self, building_id: int) -> NetworkBuilding | None:
        return self.session.get(NetworkBuilding, building_id)

    def substation_by_name(self, name: str) -> Substation | None:
        return self.session.execute(
            select(Substation).where(Substation.name == name)).scalar_one_or_none()

    def source_by_name(self, name: str) -> HeatSource | None:
        return self.session.execute(
            select(HeatSource).where(HeatSource.name == name)).scalar_one_or_none()

    def pipes(self, source_id: int) -> list[PipeSection]:
        return list(self.session.execute(select(PipeSection).where(
            PipeSection.source_id == source_id).order_by(PipeSection.name)).scalars())

    def substation_names(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = list(ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(Substation.id, Substation.name)
                                    .where(Substation.id.in_(wanted)))
        return {r[0]: r[1] for r in rows}

    def source_names(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = list(ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(HeatSource.id, HeatSource.name)
                                    .where(HeatSource.id.in_(wanted)))
        return {r[0]: r[1] for r in rows}

    def building_substations(self, ids: Iterable[int]) -> dict[int, int]:
        """building id -> the substation feeding it."""
        wanted = list(ids)
        if not wanted:
            return {}
        rows = self.session.execute(select(NetworkBuilding.id, NetworkBuilding.substation_id)
                                    .where(NetworkBuilding.id.in_(wanted)))
        return {r[0]: r[1] for r in rows}

    def children_count(self, kind: str, node_id: int) -> int:
        if kind == "source":
            return self.session.scalar(select(func.count()).select_from(Substation)
                                       .where(Substation.source_id == node_id)) or 0
        if kind == "substation":
            return self.session.scalar(select(func.count()).select_from(NetworkBuilding)
                                       .where(NetworkBuilding.substation_id == node_id)) or 0
        return 0

    def customer_places(self) -> list[tuple[str, str, int]]:
        """(estate, building, households) of the customer archive, for a first network."""
        stmt = (select(Customer.estate, Customer.building, func.count())
                .where(Customer.estate != "", Customer.building != "")
                .group_by(Customer.estate, Customer.building)
                .order_by(Customer.estate, Customer.building))
        return [(r[0], r[1], int(r[2])) for r in self.session.execute(stmt)]

    def placed(self) -> set[tuple[str, str]]:
        rows = self.session.execute(select(NetworkBuilding.estate, NetworkBuilding.building))
        return {(r[0], r[1]) for r in rows}

    # ---- writes ------------------------------------------------------------------------
    def add_buildings(self, substation_id: int, places: list[tuple[str, str]]) -> None:
        if places:
            self.session.execute(insert(NetworkBuilding), [
                {"substation_id": substation_id, "estate": e, "building": b, "households": 0,
                 "version": 1} for e, b in places])

    def add(self, row: object) -> None:
        self.session.add(row)
        self.session.flush()

    def delete(self, row: object) -> None:
        self.session.delete(row)
        self.session.flush()

    def recount(self, substation_ids: Iterable[int] | None = None) -> None:
        """Household counts of the buildings (of these substations, or all), then of every
        substation and source, set-based."""
        households = (select(func.count()).select_from(Customer)
                      .where(Customer.estate == NetworkBuilding.estate,
                             Customer.building == NetworkBuilding.building)
                      .scalar_subquery())
        stmt = update(NetworkBuilding).values(households=households)
        subs = None if substation_ids is None else sorted(set(substation_ids))
        if subs is not None:
            stmt = stmt.where(NetworkBuilding.substation_id.in_(subs))
        self.session.execute(stmt, execution_options={"synchronize_session": False})
        per_sub = (select(func.coalesce(func.sum(NetworkBuilding.households), 0))
                   .where(NetworkBuilding.substation_id == Substation.id).scalar_subquery())
        stmt2 = update(Substation).values(households=per_sub)
        if subs is not None:
            stmt2 = stmt2.where(Substation.id.in_(subs))
        self.session.execute(stmt2, execution_options={"synchronize_session": False})
        per_source = (select(func.coalesce(func.sum(Substation.households), 0))
                      .where(Substation.source_id == HeatSource.id).scalar_subquery())
        self.session.execute(update(HeatSource).values(households=per_source),
                             execution_options={"synchronize_session": False})
        self.session.expire_all()


def _building(b: NetworkBuilding) -> NodeView:
    return NodeView("building", b.id, building_name(b.estate, b.building), b.substation_id,
                    b.households, estate=b.estate, building=b.building, version=b.version)


def building_name(estate: str, building: str) -> str:
    """阳光小区3号楼, as the customer archive joins an address."""
    suffix = building if building.endswith("号楼") else f"{building}号楼"
    return f"{estate}{suffix}"
