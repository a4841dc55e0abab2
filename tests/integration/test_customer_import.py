"""Importing the customer archive (issue 14): preview with per-row errors, upsert by
account number, idempotent re-import, all-or-nothing cancel, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.models.customer import Customer, CustomerMarkRow, CustomerPhone
from app.models.event import Event
from app.repositories.uow import UnitOfWork
from app.workflows.customers.importing import open_import, preview_import, run_import
from app.workflows.customers.search import find_customers
from app.workflows.errors import PermissionDenied
from app.workflows.tabular.engine import CancelToken
from bench.archive_sheet import write_archive
from tests.support import seed_basics

ROWS = 10_000
SMALL = 400


@pytest.fixture(scope="module")
def sheets(tmp_path_factory: pytest.TempPathFactory):
    """The same 10,000-row archive as an .xlsx with merged headers and as a GBK .csv; a
    small one, and the small one a month later with a tenth of the areas changed."""
    folder = tmp_path_factory.mktemp("archive")
    xlsx = write_archive(folder / "archive.xlsx", ROWS, bad_every=40)
    gbk = write_archive(folder / "archive_gbk.csv", ROWS, bad_every=40, encoding="gbk")
    small = write_archive(folder / "small.csv", SMALL, estates=20)
    month = write_archive(folder / "next_month.csv", SMALL, estates=20, changed=0.1)
    return xlsx, gbk, month, small


def count(db: Database, table) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def leader(db: Database, clock):
    basics = seed_basics(db, clock)
    return basics


def test_preview_lists_each_bad_row_and_writes_nothing(db: Database, leader, clock,
                                                       sheets) -> None:
    xlsx, small = sheets[0], sheets[3]
    before = count(db, Customer.__table__)
    opened = open_import(UnitOfWork(db, leader.leader, clock), small.path)
    report = preview_import(UnitOfWork(db, leader.leader, clock), opened.sheet,
                            opened.mapping, new_estates=False)
    assert report.dry_run and report.rows == SMALL
    # the archive knows two estates (阳光小区, 和平里): the file's others are unknown ...
    assert set(report.error_codes) == {"estate.unknown"}
    assert report.refused == report.error_codes["estate.unknown"] > SMALL // 2
    assert all(e.value != "阳光小区" for e in report.errors)
    opened = open_import(UnitOfWork(db, leader.leader, clock), xlsx.path)
    assert opened.sheet.headers[2:4] == ("联系电话/手机", "联系电话/座机")  # merged header
    assert not opened.problems
    report = preview_import(UnitOfWork(db, leader.leader, clock), opened.sheet,
                            opened.mapping, new_estates=True)
    # ... and with new estates allowed, exactly the deliberate faults are refused
    faults = dict(xlsx.expected)
    faults.pop("estate.unknown")
    assert {code: n for code, n in report.error_codes.items()} == faults
    assert report.refused == sum(faults.values())
    assert report.new == ROWS - report.refused
    duplicate = next(e for e in report.errors if e.code == "key.duplicate")
    assert int(duplicate.detail) == duplicate.row - 5
    assert {e.field for e in report.errors} == {"phones", "account_number", "heated_area"}
    assert count(db, Customer.__table__) == before  # nothing written


def test_import_gbk_csv_then_reimport_is_idempotent(db: Database, leader, clock,
                                                   sheets) -> None:
    _, gbk, month, _ = sheets
    opened = open_import(UnitOfWork(db, leader.leader, clock), gbk.path)
    assert opened.sheet.encoding == "gb18030"
    report = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping,
                        new_estates=True)
    good = ROWS - report.refused
    assert report.new == good and report.updated == 0
    assert count(db, Customer.__table__) == good + 2
    events = count(db, Event.__table__)
    # full-width digits were read as the number
    with db.engine.connect() as conn:
        row4 = conn.execute(select(CustomerPhone.number).join(Customer).where(
            Customer.account_number == "H000000004")).scalar_one()
        vulnerable = conn.execute(select(func.count()).select_from(
            CustomerMarkRow.__table__)).scalar_one()
    assert row4.isascii() and len(row4) == 11
    assert vulnerable > 0
    # the same file again: nothing changes, no event but the import's own summary
    again = open_import(UnitOfWork(db, leader.leader, clock), gbk.path)
    assert again.mapping == opened.mapping  # remembered
    report = run_import(UnitOfWork(db, leader.leader, clock), again.sheet, again.mapping)
    assert (report.new, report.updated, report.unchanged) == (0, 0, good)
    assert count(db, Event.__table__) == events + 1


def test_next_month_updates_what_changed_only(db: Database, leader, clock, sheets) -> None:
    _, _, month, small = sheets
    first = open_import(UnitOfWork(db, leader.leader, clock), small.path)
    run_import(UnitOfWork(db, leader.leader, clock), first.sheet, first.mapping,
               new_estates=True)
    events = count(db, Event.__table__)
    nxt = open_import(UnitOfWork(db, leader.leader, clock), month.path)
    report = run_import(UnitOfWork(db, leader.leader, clock), nxt.sheet, nxt.mapping)
    assert report.new == 0 and SMALL // 20 < report.updated < SMALL // 5
    assert report.updated + report.unchanged == SMALL
    assert dict(report.field_changes) == {"heated_area": report.updated}
    change = report.changes[0]
    assert change.field == "heated_area" and change.old != change.new
    # one history event per changed customer, and the import's own
    assert count(db, Event.__table__) == events + 1 + report.updated
    assert count(db, Customer.__table__) == SMALL + 2


def test_cancel_mid_import_writes_nothing(db: Database, leader, clock, sheets) -> None:
    xlsx = sheets[0]
    before = (count(db, Customer.__table__), count(db, Event.__table__),
              count(db, CustomerPhone.__table__))
    opened = open_import(UnitOfWork(db, leader.leader, clock), xlsx.path)
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int | None) -> None:
        seen.append(done)
        if len(seen) == 2:
            token.cancel()  # the user presses Cancel after the second batch

    report = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping,
                        new_estates=True, progress=progress, cancel=token, batch_rows=1000,
                        expected_rows=ROWS)
    assert report.cancelled and not report.written
    assert 1000 <= seen[-1] < ROWS
    assert (count(db, Customer.__table__), count(db, Event.__table__),
            count(db, CustomerPhone.__table__)) == before


def test_imported_customers_are_found_by_pinyin(db: Database, leader, clock,
                                                sheets) -> None:
    small = sheets[3]
    opened = open_import(UnitOfWork(db, leader.leader, clock), small.path)
    run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping,
               new_estates=True)
    with db.engine.connect() as conn:
        name, estate, account = conn.execute(
            select(Customer.name, Customer.estate, Customer.account_number)
            .where(Customer.account_number == "H000000010")).one()
    from app.repositories.customers.pinyin import pinyin_keys

    initials = pinyin_keys(estate)[1]
    hits = find_customers(UnitOfWork(db, leader.agent), f"{initials} {pinyin_keys(name)[1]}")
    assert account in [h.account_number for h in hits]
    assert [h.account_number for h in find_customers(UnitOfWork(db, leader.agent),
                                                     "h000000010")] == [account]


def test_agents_may_not_import(db: Database, leader, clock, sheets) -> None:
    with pytest.raises(PermissionDenied):
        open_import(UnitOfWork(db, leader.agent, clock), sheets[3].path)
    assert count(db, Customer.__table__) == 2


def test_unreadable_file_says_so(tmp_path: Path, db: Database, leader, clock) -> None:
    from app.workflows.tabular.source import SheetProblem

    bad = tmp_path / "archive.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(SheetProblem) as problem:
        open_import(UnitOfWork(db, leader.leader, clock), bad)
    assert problem.value.code == "file.unreadable"


def test_export_re_imports_unchanged(db: Database, leader, clock, sheets,
                                     tmp_path: Path) -> None:
    from app.repositories.customers.pinyin import pinyin_keys
    from app.workflows.customers.export import ExportFilter, export_customers

    small = sheets[3]
    opened = open_import(UnitOfWork(db, leader.leader, clock), small.path)
    run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping,
               new_estates=True)
    out = tmp_path / "export.xlsx"
    written = export_customers(UnitOfWork(db, leader.leader, clock), out, ExportFilter())
    assert written == SMALL + 2
    again = open_import(UnitOfWork(db, leader.leader, clock), out)
    report = preview_import(UnitOfWork(db, leader.leader, clock), again.sheet, again.mapping)
    assert (report.new, report.updated, report.refused) == (0, 0, 0)
    assert report.unchanged == SMALL + 2
    # one estate, by its pinyin initials
    with db.engine.connect() as conn:
        estate = conn.execute(select(Customer.estate).where(
            Customer.account_number == "H000000001")).scalar_one()
        in_estate = conn.execute(select(func.count()).select_from(Customer).where(
            Customer.estate == estate)).scalar_one()
    only = tmp_path / "one.xlsx"
    assert export_customers(UnitOfWork(db, leader.leader, clock), only,
                            ExportFilter(estate=pinyin_keys(estate)[2])) == in_estate
    with pytest.raises(PermissionDenied):
        export_customers(UnitOfWork(db, leader.agent, clock), only, ExportFilter())


def test_one_address_column_is_split(db: Database, leader, clock, tmp_path: Path) -> None:
    path = tmp_path / "addresses.csv"
    path.write_text("户号,户名,电话,地址,面积\n"
                    "Z001,周强,13900001111,长安区幸福苑3号楼2单元501室,88\n"
                    "Z002,吴敏,13900002222,幸福苑 5-1-101,90\n"
                    "Z003,郑华,13900003333,和平路12号,300\n"
                    "Z004,王五,13900004444,,80\n", encoding="utf-8")
    opened = open_import(UnitOfWork(db, leader.leader, clock), path)
    assert not opened.problems  # the estate comes from the address
    report = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping,
                        new_estates=True)
    assert (report.new, report.refused) == (3, 1)
    assert [(e.row, e.field, e.code) for e in report.errors] == [(5, "estate", "required")]
    with db.engine.connect() as conn:
        rows = dict(conn.execute(select(Customer.account_number, Customer.address)
                                 .where(Customer.account_number.like("Z%"))).all())
    assert rows == {"Z001": "长安区幸福苑3号楼2单元501室", "Z002": "幸福苑5号楼1单元101室",
                    "Z003": "和平路12号"}
    assert [h.name for h in find_customers(UnitOfWork(db, leader.agent), "xfy 5-1-101")] \
        == ["吴敏"]


def test_contract_status_as_billing_says(db: Database, leader, clock, tmp_path: Path) -> None:
    """Rule 3.1.3: the season's contract status is imported (signed / not renewed /
    stopped / in arrears); a changed status is one change, an unchanged file none."""
    from app.models.heating_contract import HeatingContract

    def write(status: str) -> Path:
        path = tmp_path / f"contracts-{status}.csv"
        path.write_text("户号,户名,小区,合同状态,供暖季,签订日期\n"
                        f"R00000001,张伟,阳光小区,{status},2026-2027,2026/10/8\n"
                        "R00000002,李娜,和平里,未续签,,\n", encoding="utf-8")
        return path

    def contracts() -> dict[tuple[int, int], tuple[str, object]]:
        with db.engine.connect() as conn:
            return {(c, s): (str(st), d) for c, s, st, d in conn.execute(select(
                HeatingContract.customer_id, HeatingContract.season, HeatingContract.status,
                HeatingContract.signed_on))}

    opened = open_import(UnitOfWork(db, leader.leader, clock), write("已签订"))
    report = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping)
    assert (report.updated, report.refused) == (2, 0)
    # clock: 2026-11-26, inside the 2026-2027 season: the season of a row that names none
    assert contracts() == {(leader.zhang.id, 2026): ("signed", date(2026, 10, 8)),
                           (leader.li.id, 2026): ("not_renewed", None)}
    opened = open_import(UnitOfWork(db, leader.leader, clock), write("欠费"))
    report = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping)
    assert (report.updated, report.unchanged) == (1, 1)
    assert dict(report.field_changes) == {"contract_status": 1}
    assert contracts()[(leader.zhang.id, 2026)] == ("arrears", date(2026, 10, 8))
    again = run_import(UnitOfWork(db, leader.leader, clock), opened.sheet, opened.mapping)
    assert (again.updated, again.unchanged) == (0, 2)
