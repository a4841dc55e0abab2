"""The network import's reads and writes: nodes by name, buildings by place, in bulk."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select, tuple_, update
from sqlalchemy.orm import Session

from app.models.network import HeatSource, NetworkBuilding, Substation


class NetworkImportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def sources(self) -> dict[str, tuple[int, str]]:
        """name -> (id, address)"""
        return {r[0]: (r[1], r[2]) for r in self.session.execute(
            select(HeatSource.name, HeatSource.id, HeatSource.address))}

    def substations(self) -> dict[str, tuple[int, int, str]]:
        """name -> (id, source id, address)"""
        return {r[0]: (r[1], r[2], r[3]) for r in self.session.execute(
            select(Substation.name, Substation.id, Substation.source_id, Substation.address))}

    def buildings(self, places: Iterable[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
        """(estate, building) -> (id, substation id) of those already on the network."""
        wanted = list(dict.fromkeys(places))
        found: dict[tuple[str, str], tuple[int, int]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            rows = self.session.execute(
                select(NetworkBuilding.estate, NetworkBuilding.building, NetworkBuilding.id,
                       NetworkBuilding.substation_id)
                .where(tuple_(NetworkBuilding.estate, NetworkBuilding.building).in_(chunk)))
            found.update({(r[0], r[1]): (r[2], r[3]) for r in rows})
        return found

    def add_source(self, name: str, address: str) -> int:
        row = HeatSource(name=name, address=address)
        self.session.add(row)
        self.session.flush()
        return row.id

    def add_substation(self, source_id: int, name: str, address: str) -> int:
        row = Substation(source_id=source_id, name=name, address=address)
        self.session.add(row)
        self.session.flush()
        return row.id

    def change_substation(self, substation_id: int, source_id: int, address: str) -> None:
        row = self.session.get(Substation, substation_id)
        assert row is not None
        row.source_id, row.address = source_id, address
        self.session.flush()

    def change_source(self, source_id: int, address: str) -> None:
        row = self.session.get(HeatSource, source_id)
        assert row is not None
        row.address = address
        self.session.flush()

    def insert_buildings(self, rows: list[tuple[int, str, str]]) -> None:
        """(substation id, estate, building), in one executemany."""
        if rows:
            self.session.execute(NetworkBuilding.__table__.insert(), [
                {"substation_id": s, "estate": e, "building": b, "households": 0, "version": 1}
                for s, e, b in rows])

    def move_buildings(self, moves: list[tuple[int, int]]) -> None:
        """(building id, new substation id)"""
        for building_id, substation_id in moves:
            self.session.execute(update(NetworkBuilding)
                                 .where(NetworkBuilding.id == building_id)
                                 .values(substation_id=substation_id,
                                         version=NetworkBuilding.version + 1))
