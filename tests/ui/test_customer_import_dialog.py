"""The customer import dialog (issue 14): file -> columns -> preview with per-row errors
(filterable) -> import with progress -> report; Cancel mid-import writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.database import Database
from app.models.customer import Customer
from app.models.event import Event
from app.ui.customers.import_dialog import MAPPING, PREVIEW, REPORT, ImportDialog
from app.workflows.desk import Desk
from app.workflows.tabular import engine
from bench.archive_sheet import write_archive
from tests.support import seed_basics
from tests.ui.intake_support import settle

ROWS = 300


def count(db: Database, table) -> int:
    with db.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


@pytest.fixture
def leader_desk(desk: Desk, db: Database, clock) -> Desk:
    return desk.signed_in(seed_basics(db, clock).leader)


def open_file(qtbot: QtBot, dialog: ImportDialog, path: Path) -> None:
    from PySide6.QtCore import Qt

    dialog.path.setText(str(path))
    qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter: the step's default button
    settle(qtbot)
    assert dialog.pages.currentIndex() == MAPPING


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def preview(qtbot: QtBot, dialog: ImportDialog) -> None:
    from PySide6.QtCore import Qt

    dialog.new_estates.setChecked(True)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PREVIEW, timeout=20000)


def test_preview_shows_each_bad_row_then_imports(qtbot: QtBot, leader_desk: Desk,
                                                 db: Database, tmp_path: Path) -> None:
    sheet = write_archive(tmp_path / "archive.csv", ROWS, bad_every=25, encoding="gbk")
    dialog = ImportDialog(leader_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    open_file(qtbot, dialog, sheet.path)
    assert dialog.table.mapping()[0] == "account_number"
    assert dialog.table.mapping()[5] == "estate"
    preview(qtbot, dialog)
    faults = dict(sheet.expected)
    faults.pop("estate.unknown")  # accepted as a new estate
    assert dialog.errors.model.rowCount() == sum(faults.values())
    problem = dialog.errors.by_problem
    problem.setCurrentIndex(problem.findData("key.duplicate"))
    assert dialog.errors.model.rowCount() == faults["key.duplicate"]
    assert "重复" in dialog.errors.model.data(dialog.errors.model.index(0, 3)) or \
        "repeats row" in dialog.errors.model.data(dialog.errors.model.index(0, 3))
    assert count(db, Customer.__table__) == 2  # the preview wrote nothing
    good = ROWS - sum(faults.values())
    assert f"{good:,}" in dialog.import_button.text()
    qtbot.mouseClick(dialog.import_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT, timeout=20000)
    assert dialog.report is not None and dialog.report.new == good
    assert count(db, Customer.__table__) == 2 + good


def test_cancel_mid_import_writes_nothing(qtbot: QtBot, leader_desk: Desk, db: Database,
                                          tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(engine, "BATCH_ROWS", 50)
    sheet = write_archive(tmp_path / "archive.xlsx", ROWS)
    before = count(db, Customer.__table__), count(db, Event.__table__)
    dialog = ImportDialog(leader_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    open_file(qtbot, dialog, sheet.path)
    preview(qtbot, dialog)
    relay = dialog.progress.relay
    reported = relay.report

    def report_then_cancel(done: int, total: int | None) -> None:
        reported(done, total)
        if done >= 100:  # the token the Cancel button sets (this runs on the worker)
            dialog.progress.token.cancel()

    monkeypatch.setattr(relay, "report", report_then_cancel)
    qtbot.mouseClick(dialog.import_button, qtbot_left())
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == REPORT, timeout=20000)
    assert dialog.report is not None and dialog.report.cancelled
    assert "nothing was written" in dialog.report_title.text() or \
        "未写入" in dialog.report_title.text()
    assert (count(db, Customer.__table__), count(db, Event.__table__)) == before
    assert dialog.isVisible()


def test_escape_while_running_cancels_instead_of_closing(qtbot: QtBot,
                                                         leader_desk: Desk) -> None:
    dialog = ImportDialog(leader_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    token = dialog.progress.start("…", 10)
    dialog.running = True
    dialog.reject()
    assert token.cancelled and dialog.isVisible()
    assert not dialog.progress.cancel_button.isEnabled()


def test_export_dialog_writes_the_estate_typed(qtbot: QtBot, leader_desk: Desk,
                                               tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from app.ui.customers.export_dialog import ExportDialog

    dialog = ExportDialog(leader_desk)
    qtbot.addWidget(dialog)
    dialog.estate.setText("yg")  # 阳光小区 by its initials (张伟 of the basics)
    out = tmp_path / "list.xlsx"
    dialog.export_to(str(out))
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.written == 1
    rows = list(load_workbook(out, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert rows[1][:2] == ("R00000001", "张伟")
