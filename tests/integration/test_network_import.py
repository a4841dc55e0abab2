"""Importing the network from a spreadsheet (issue 16): preview writes nothing and lists
the refused rows, the import builds the tree and counts the households, a second file moves
a building. SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.db.database import Database
from app.repositories.uow import UnitOfWork
from app.workflows.errors import PermissionDenied
from app.workflows.network.importing import open_import, preview_import, run_import
from app.workflows.network.tree import buildings_of, network_tree

HEADER = ["热源", "换热站", "小区", "楼号", "换热站地址"]


def _csv(path: Path, rows: list[list[str]]) -> Path:
    path.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_preview_then_import_builds_the_tree(db: Database, basics, clock, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    for row in [HEADER, ["东郊热源", "阳光换热站", "阳光小区", "3号楼", "阳光路1号"],
                ["东郊热源", "阳光换热站", "阳光小区", "4", ""],
                ["东郊热源", "和平换热站", "和平里", "12", ""],
                ["东郊热源", "和平换热站", "和平里", "12号楼", ""],  # the same place again
                ["", "和平换热站", "和平里", "13", ""]]:  # no source
        sheet.append(row)
    path = tmp_path / "network.xlsx"
    book.save(path)
    leader = UnitOfWork(db, basics.leader, clock)
    opened = open_import(leader, path)
    assert opened.problems == {}
    assert sorted(opened.mapping.values()) == ["building", "estate", "source", "substation",
                                               "substation_address"]
    preview = preview_import(UnitOfWork(db, basics.leader, clock), opened.sheet,
                             opened.mapping)
    assert (preview.rows, preview.new, preview.refused) == (5, 3, 2)
    assert sorted((e.row, e.field, e.code) for e in preview.errors) == [
        (5, "building", "network.place_twice"), (6, "source", "required")]
    assert network_tree(UnitOfWork(db, basics.agent, clock)).sources == ()  # nothing written
    report = run_import(UnitOfWork(db, basics.leader, clock), opened.sheet, opened.mapping)
    assert (report.new, report.refused, report.written) == (3, 2, True)
    tree = network_tree(UnitOfWork(db, basics.agent, clock))
    assert [(s.name, s.households) for s in tree.sources] == [("东郊热源", 2)]
    assert {s.name: (s.households, s.address) for s in tree.substations} == {
        "阳光换热站": (1, "阳光路1号"), "和平换热站": (1, "")}
    # next month's file moves 阳光小区4号楼 under 和平换热站; nothing else changes
    again = _csv(tmp_path / "again.csv", [["东郊热源", "阳光换热站", "阳光小区", "3", ""],
                                          ["东郊热源", "和平换热站", "阳光小区", "4", ""]])
    opened = open_import(UnitOfWork(db, basics.leader, clock), again)
    report = run_import(UnitOfWork(db, basics.leader, clock), opened.sheet, opened.mapping)
    assert (report.new, report.updated, report.unchanged) == (0, 1, 1)
    assert [c.field for c in report.changes] == ["substation"]
    peace = next(s for s in network_tree(UnitOfWork(db, basics.agent, clock)).substations
                 if s.name == "和平换热站")
    assert [b.name for b in buildings_of(UnitOfWork(db, basics.agent, clock), peace.id)] == [
        "和平里12号楼", "阳光小区4号楼"]


def test_agents_may_not_import(db: Database, basics, clock, tmp_path: Path) -> None:
    path = _csv(tmp_path / "n.csv", [["东郊热源", "阳光换热站", "阳光小区", "3", ""]])
    with pytest.raises(PermissionDenied):
        open_import(UnitOfWork(db, basics.agent, clock), path)
