"""The network tree and its editing: sources -> substations -> buildings (issue 16).

Reads return `NodeView`s with the cached household counts; every change that moves a
building recounts the substations it touches (set-based, app/repositories/network/tree.py).
Leaders and admins edit (`Permission.NETWORK_EDIT`); everyone reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from app.models.network import HeatSource, NetworkBuilding, PipeSection, Substation
from app.repositories.network.tree import NetworkRepository
from app.repositories.network.views import NodeView
from app.repositories.uow import UnitOfWork
from app.workflows.errors import Conflict, NotFound, ValidationError
from app.workflows.permissions import Permission, require

MAX_NAME = 100
T = TypeVar("T")


@dataclass(frozen=True)
class NetworkTree:
    """Sources and substations (2,000 at most in a city); buildings load per substation."""

    sources: tuple[NodeView, ...]
    substations: tuple[NodeView, ...]

    def substations_of(self, source_id: int) -> list[NodeView]:
        return [s for s in self.substations if s.parent_id == source_id]

    @property
    def households(self) -> int:
        return sum(s.households for s in self.sources)


def network_tree(uow: UnitOfWork) -> NetworkTree:
    with uow:
        repo = uow.repo(NetworkRepository)
        return NetworkTree(tuple(repo.sources()), tuple(repo.substations()))


def buildings_of(uow: UnitOfWork, substation_id: int) -> list[NodeView]:
    with uow:
        return uow.repo(NetworkRepository).buildings(substation_id)


def recount(uow: UnitOfWork) -> NetworkTree:
    """Count the households under every node again (after the customer archive changed)."""
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        repo.recount()
        uow.commit()
    return network_tree(uow)


def _name_errors(name: str, field: str = "name") -> dict[str, str]:
    if not name.strip():
        return {field: "required"}
    if len(name.strip()) > MAX_NAME:
        return {field: "text.too_long"}
    return {}


def save_source(uow: UnitOfWork, name: str, address: str = "",
                source_id: int | None = None, version: int | None = None) -> int:
    errors = _name_errors(name)
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        same = repo.source_by_name(name.strip())
        if same is not None and same.id != source_id:
            errors["name"] = "network.name_taken"
        if errors:
            raise ValidationError(errors)
        if source_id is None:
            row = HeatSource(name=name.strip(), address=address.strip())
            repo.add(row)
        else:
            row = _fresh(repo.source(source_id), version, f"source {source_id}")
            row.name, row.address = name.strip(), address.strip()
        uow.commit()
        return row.id


def save_substation(uow: UnitOfWork, source_id: int, name: str, address: str = "",
                    substation_id: int | None = None, version: int | None = None) -> int:
    errors = _name_errors(name)
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        if repo.source(source_id) is None:
            errors["source"] = "network.unknown_node"
        same = repo.substation_by_name(name.strip())
        if same is not None and same.id != substation_id:
            errors["name"] = "network.name_taken"
        if errors:
            raise ValidationError(errors)
        if substation_id is None:
            row = Substation(source_id=source_id, name=name.strip(), address=address.strip())
            repo.add(row)
        else:
            row = _fresh(repo.substation(substation_id), version, f"substation {substation_id}")
            row.source_id, row.name, row.address = source_id, name.strip(), address.strip()
        uow.flush()
        repo.recount([row.id])
        uow.commit()
        return row.id


def save_building(uow: UnitOfWork, substation_id: int, estate: str, building: str,
                  building_id: int | None = None, version: int | None = None) -> int:
    """A building under a substation; moving it to another substation recounts both."""
    estate, building = estate.strip(), building.strip()
    errors = {**_name_errors(estate, "estate"), **_name_errors(building, "building")}
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        if repo.substation(substation_id) is None:
            errors["substation"] = "network.unknown_node"
        same = repo.building_at(estate, building)
        if same is not None and same.id != building_id:
            errors["building"] = "network.building_taken"
        if errors:
            raise ValidationError(errors)
        touched = {substation_id}
        if building_id is None:
            row = NetworkBuilding(substation_id=substation_id, estate=estate,
                                  building=building)
            repo.add(row)
        else:
            row = _fresh(repo.building(building_id), version, f"building {building_id}")
            touched.add(row.substation_id)
            row.substation_id, row.estate, row.building = substation_id, estate, building
        uow.flush()
        repo.recount(touched)
        uow.commit()
        return row.id


def add_buildings(uow: UnitOfWork, substation_id: int,
                  places: list[tuple[str, str]]) -> int:
    """Many buildings under one substation at once (a first network, an import): one
    insert and one recount; a building already on the network is refused, naming it."""
    wanted = sorted({(e.strip(), b.strip()) for e, b in places if e.strip() and b.strip()})
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        if repo.substation(substation_id) is None:
            raise ValidationError({"substation": "network.unknown_node"})
        if repo.placed() & set(wanted):
            raise ValidationError({"building": "network.building_taken"})
        repo.add_buildings(substation_id, wanted)
        repo.recount([substation_id])
        uow.commit()
        return len(wanted)


def customer_places(uow: UnitOfWork) -> list[tuple[str, str, int]]:
    """The archive's (estate, building, households): what a network has to cover."""
    with uow:
        return uow.repo(NetworkRepository).customer_places()


def add_pipe(uow: UnitOfWork, source_id: int, name: str, substation_id: int | None = None,
             diameter_mm: int | None = None, length_m: int | None = None) -> int:
    errors = _name_errors(name)
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        if repo.source(source_id) is None:
            errors["source"] = "network.unknown_node"
        if errors:
            raise ValidationError(errors)
        row = PipeSection(source_id=source_id, substation_id=substation_id, name=name.strip(),
                          diameter_mm=diameter_mm, length_m=length_m)
        repo.add(row)
        uow.commit()
        return row.id


def delete_node(uow: UnitOfWork, kind: str, node_id: int) -> None:
    """Remove a node with nothing below it (a substation with buildings is refused)."""
    with uow:
        require(uow, Permission.NETWORK_EDIT)
        repo = uow.repo(NetworkRepository)
        if repo.children_count(kind, node_id):
            raise ValidationError({"node": "network.node_not_empty"})
        row = {"source": repo.source, "substation": repo.substation,
               "building": repo.building}[kind](node_id)
        if row is None:
            raise NotFound(f"{kind} {node_id}")
        parent = getattr(row, "substation_id", None)
        repo.delete(row)
        repo.recount([parent] if parent is not None else [])
        uow.commit()


def _fresh(row: T | None, version: int | None, what: str) -> T:
    if row is None:
        raise NotFound(what)
    if version is not None and getattr(row, "version", version) != version:
        raise Conflict(f"{what} was changed at another desk")
    return row
