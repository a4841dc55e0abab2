"""Importing the network from a spreadsheet (issue 16), with the customer archive's
preview-and-errors flow: the generic engine of app/workflows/tabular reads the file, the
mapping is guessed from the headers (and remembered per kind), a dry run shows what would
change and which rows are refused, then the import writes in one transaction.

One row is one building: 热源, 换热站, 小区, 楼号 (and optionally the addresses of the
source and the substation). A source or substation named for the first time is created; a
substation under another source in the file moves there; a building already on the network
under another substation moves to the file's. Nothing is deleted by omission. A place twice
in the file is refused on its second row. Once written, the household counts of the whole
network are recounted set-based. Leaders and admins only (Permission.NETWORK_EDIT).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.repositories.network.importer import NetworkImportRepository
from app.repositories.network.tree import NetworkRepository
from app.repositories.uow import UnitOfWork
from app.workflows.customers.import_fields import FIELDS as CUSTOMER_FIELDS
from app.workflows.errors import ValidationError
from app.workflows.permissions import Permission, require
from app.workflows.tabular import engine
from app.workflows.tabular.engine import (
    BatchOutcome,
    CancelToken,
    FieldChange,
    ImportReport,
    Progress,
)
from app.workflows.tabular.fields import Field, text_of
from app.workflows.tabular.mapping import Mapping, guess_mapping, mapping_problems
from app.workflows.tabular.memory import remember_mapping, remembered_mapping
from app.workflows.tabular.rows import ParsedRow
from app.workflows.tabular.source import Sheet, open_sheet
from app.workflows.tabular.transaction import OneTransaction

KIND = "network"
KEY = "place"  # no column: a place is (estate, building), checked by the target itself
DUPLICATE = "network.place_twice"  # a place is two cells: the engine checks one
_BUILDING = next(f for f in CUSTOMER_FIELDS if f.name == "building")  # 3号楼 -> 3
FIELDS = (
    Field("source", ("热源", "热源名称", "热源厂", "source"), text_of(100), required=True),
    Field("substation", ("换热站", "换热站名称", "热力站", "站名", "substation"), text_of(100),
          required=True),
    Field("estate", ("小区", "小区名称", "小区名", "住宅小区", "estate"), text_of(100),
          required=True),
    Field("building", _BUILDING.aliases, _BUILDING.parse, required=True),
    Field("source_address", ("热源地址", "source_address"), text_of(200)),
    Field("substation_address", ("换热站地址", "站址", "substation_address"), text_of(200)),
)


@dataclass(frozen=True)
class OpenedImport:
    sheet: Sheet
    mapping: Mapping
    problems: dict[str, str]


def open_import(uow: UnitOfWork, path: str | Path) -> OpenedImport:
    """The file's header and the proposed mapping (SheetProblem if it is no table)."""
    with uow:
        require(uow, Permission.NETWORK_EDIT)
    sheet = open_sheet(path)
    mapping = guess_mapping(sheet.headers, FIELDS, remembered_mapping(uow, KIND))
    return OpenedImport(sheet, mapping, mapping_problems(mapping, FIELDS))


def preview_import(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *,
                   progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> ImportReport:
    """The dry run: every row read, checked and compared; nothing written."""
    return _run(uow, sheet, mapping, dry_run=True, progress=progress, cancel=cancel)


def run_import(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *,
               progress: Progress | None = None, cancel: CancelToken | None = None,
               expected_rows: int | None = None) -> ImportReport:
    report = _run(uow, sheet, mapping, dry_run=False, progress=progress, cancel=cancel,
                  expected_rows=expected_rows)
    if report.written:
        remember_mapping(uow, KIND, mapping, sheet.headers)
    return report


def _run(uow: UnitOfWork, sheet: Sheet, mapping: Mapping, *, dry_run: bool,
         progress: Progress | None, cancel: CancelToken | None,
         expected_rows: int | None = None) -> ImportReport:
    problems = mapping_problems(mapping, FIELDS)
    if problems:
        raise ValidationError(problems)
    return engine.run_import(sheet, mapping, NetworkTarget(uow), dry_run=dry_run,
                             progress=progress, cancel=cancel, expected_rows=expected_rows)


class NetworkTarget(OneTransaction):
    """The network as an import target (engine.Target)."""

    kind = KIND
    fields = FIELDS
    key = KEY

    def __init__(self, uow: UnitOfWork) -> None:
        self.uow = uow
        self.seen: set[tuple[str, str]] = set()
        self.sources: dict[str, tuple[int, str]] = {}
        self.substations: dict[str, tuple[int, int, str]] = {}

    def begin(self, dry_run: bool) -> Callable[[dict[str, Any]], dict[str, str]]:
        self.begin_transaction(dry_run)
        require(self.uow, Permission.NETWORK_EDIT)
        self.repo = self.uow.repo(NetworkImportRepository)
        self.sources = self.repo.sources()
        self.substations = self.repo.substations()
        self.seen = set()
        return self._check

    def _check(self, values: dict[str, Any]) -> dict[str, str]:
        place = (values["estate"], values["building"])
        if place in self.seen:
            return {"building": DUPLICATE}
        self.seen.add(place)
        return {}

    def _source(self, name: str, address: str, row: int,
                changes: list[FieldChange]) -> int:
        known = self.sources.get(name)
        if known is None:
            new_id = -len(self.sources) - 1 if self.dry_run else self.repo.add_source(
                name, address)
            self.sources[name] = (new_id, address)
            return new_id
        if address and address != known[1]:
            changes.append(FieldChange(row, name, "source_address", known[1], address))
            if not self.dry_run:
                self.repo.change_source(known[0], address)
            self.sources[name] = (known[0], address)
        return known[0]

    def _substation(self, name: str, source_id: int, address: str, row: int,
                    changes: list[FieldChange], source_name: str) -> int:
        known = self.substations.get(name)
        if known is None:
            new_id = -len(self.substations) - 1 if self.dry_run else self.repo.add_substation(
                source_id, name, address)
            self.substations[name] = (new_id, source_id, address)
            return new_id
        sub_id, old_source, old_address = known
        moved = old_source != source_id
        readdressed = bool(address) and address != old_address
        if moved:
            old_name = next((n for n, (i, _a) in self.sources.items() if i == old_source), "")
            changes.append(FieldChange(row, name, "source", old_name, source_name))
        if readdressed:
            changes.append(FieldChange(row, name, "substation_address", old_address, address))
        if moved or readdressed:
            kept = address or old_address
            if not self.dry_run:
                self.repo.change_substation(sub_id, source_id, kept)
            self.substations[name] = (sub_id, source_id, kept)
        return sub_id

    def apply(self, rows: list[ParsedRow]) -> BatchOutcome:
        outcome = BatchOutcome()
        stored = self.repo.buildings((r.values["estate"], r.values["building"]) for r in rows)
        names = {i: n for n, (i, _s, _a) in self.substations.items()}
        inserts: list[tuple[int, str, str]] = []
        moves: list[tuple[int, int]] = []
        for row in rows:
            v = row.values
            changes: list[FieldChange] = []
            source = self._source(v["source"], v.get("source_address", ""), row.row, changes)
            sub = self._substation(v["substation"], source, v.get("substation_address", ""),
                                   row.row, changes, v["source"])
            place = (v["estate"], v["building"])
            before = stored.get(place)
            key = f"{v['estate']}{v['building']}"
            if before is None:
                inserts.append((sub, *place))
                outcome.new += 1
            elif before[1] != sub:
                moves.append((before[0], sub))
                changes.append(FieldChange(row.row, key, "substation",
                                           names.get(before[1], ""), v["substation"]))
                outcome.updated += 1
            elif changes:
                outcome.updated += 1
            else:
                outcome.unchanged += 1
            outcome.changes.extend(changes)
        if not self.dry_run:
            self.repo.insert_buildings(inserts)
            self.repo.move_buildings(moves)
        return outcome

    def wrap_up(self, report: ImportReport) -> None:
        self.uow.repo(NetworkRepository).recount()
