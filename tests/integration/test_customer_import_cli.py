"""`import customers FILE [--mapping M] [--dry-run]` (issue 14): the same engine from the
command line, a leader's login asked, the report in the user's language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import run
from app.db.database import Database
from app.models.customer import Customer
from app.repositories.uow import UnitOfWork
from app.workflows.auth import seed_user
from bench.archive_sheet import write_archive

LEADER_PW = "leader-pass-1"


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    queue: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": queue.pop(0))
    monkeypatch.setattr("builtins.input", lambda _prompt="": queue.pop(0))
    yield queue
    assert not queue


def customers(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(Customer)).scalar_one()


def test_dry_run_then_import_with_a_mapping(sqlite_db: Database, answers: list[str],
                                            tmp_path: Path, capsys) -> None:
    seed_user(UnitOfWork(sqlite_db), "2001", "赵强", "shift_leader", LEADER_PW)
    seed_user(UnitOfWork(sqlite_db), "1001", "王芳", "agent", "agent-pass-1")
    sheet = write_archive(tmp_path / "档案.csv", 120, bad_every=20, encoding="gbk")
    answers += [LEADER_PW]
    assert run(["import", "customers", str(sheet.path), "--user", "2001", "--dry-run",
                "--db", sqlite_db.url]) == 0
    out = capsys.readouterr().out
    assert "预览（未写入任何数据）" in out and "与第" in out and "行重复" in out
    assert customers(sqlite_db) == 0
    # 备注 mapped to nothing and 特殊标记 to notes: the mapping file wins over the guess
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"特殊标记": "notes", "备注": ""}, ensure_ascii=False),
                       encoding="utf-8")
    answers += [LEADER_PW]
    assert run(["--lang", "en", "import", "customers", str(sheet.path), "--user", "2001",
                "--mapping", str(mapping), "--json", "--db", sqlite_db.url]) == 0
    figures = json.loads(capsys.readouterr().out)
    faults = sum(sheet.expected.values()) - sheet.expected["estate.unknown"]
    assert figures["refused"] == faults  # an empty archive takes every estate as new
    assert figures["new"] == 120 - faults
    assert customers(sqlite_db) == figures["new"]
    # an agent is refused, and says why
    answers += ["agent-pass-1"]
    assert run(["--lang", "en", "import", "customers", str(sheet.path), "--user", "1001",
                "--db", sqlite_db.url]) == 2
    assert "Refused" in capsys.readouterr().err


def test_a_file_that_is_no_table(sqlite_db: Database, answers: list[str], tmp_path: Path,
                                 capsys) -> None:
    seed_user(UnitOfWork(sqlite_db), "2001", "赵强", "shift_leader", LEADER_PW)
    bad = tmp_path / "archive.xlsx"
    bad.write_text("no spreadsheet")
    answers += [LEADER_PW]
    assert run(["import", "customers", str(bad), "--user", "2001",
                "--db", sqlite_db.url]) == 2
    assert "不是可读的 .xlsx 或 .csv 文件" in capsys.readouterr().err
