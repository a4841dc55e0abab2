"""Printing from the GUI: preview pages, save the PDF, print to a (PDF) printer, bulk
notices with progress and cancel; every household of a saved notice is recorded."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.printing.document import PrintJob
from app.repositories.uow import UnitOfWork
from app.ui.ops import active_operations
from app.ui.printing.bulk_dialog import BulkNoticeDialog
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.notices import (
    VisitNoticeForm,
    latest_notice,
    posting_notice,
    record_notice,
    visit_notice,
)
from tests.print_support import pdf_pages, seed_building

TIMEOUT = 30_000  # ms: only an upper bound for a hung worker, never a speed assertion


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def leader_desk(desk, basics):
    return desk.signed_in(basics.leader)


def settle(qtbot) -> None:
    """Wait for every operation: on PostgreSQL each call arrives from a worker thread."""
    qtbot.waitUntil(lambda: active_operations() == 0, timeout=TIMEOUT)


def _bulk(qtbot, leader_desk, clock) -> BulkNoticeDialog:
    dialog = BulkNoticeDialog(leader_desk)
    qtbot.addWidget(dialog)
    settle(qtbot)
    dialog.estate.setCurrentText("阳光小区")
    settle(qtbot)
    dialog.building.setCurrentText("3")
    settle(qtbot)
    dialog.exception_reason.setText("阀门漏水")  # 26 November is in the season (rule 5.2.1)
    return dialog


def test_bulk_dialog_counts_households_and_saves_one_pdf(qtbot, leader_desk, clock, basics,
                                                          db, out):
    building = seed_building(db, clock, basics)
    dialog = _bulk(qtbot, leader_desk, clock)
    assert dialog.households.text().startswith(str(len(building.ids)))
    assert [dialog.entrance.itemText(i) for i in range(dialog.entrance.count())] == ["", "1", "2"]
    dialog.per_household.setChecked(True)
    shown: list[int] = []
    dialog.progress.valueChanged.connect(shown.append)
    with qtbot.waitSignal(dialog.job_done, timeout=TIMEOUT):
        dialog.save_to(out / "bulk.pdf")
    assert 6 in shown  # the worker's progress reached the bar on the GUI thread
    assert len(pdf_pages((out / "bulk.pdf").read_bytes())) == 6
    assert "6" in dialog.status.text()
    assert latest_notice(UnitOfWork(db, basics.agent, clock), basics.zhang.id) is not None


def test_bulk_dialog_shows_an_unknown_building_at_the_field(qtbot, leader_desk, clock,
                                                            basics, db, out):
    seed_building(db, clock, basics)
    dialog = _bulk(qtbot, leader_desk, clock)
    dialog.building.setCurrentText("99")
    settle(qtbot)
    assert dialog.households.text().startswith("0")
    dialog.save_to(out / "x.pdf")
    settle(qtbot)
    assert dialog.errors.visible_texts().keys() == {"building"}
    assert list(out.iterdir()) == []


def test_bulk_dialog_refuses_a_window_that_ends_before_it_starts(qtbot, leader_desk, clock,
                                                                 basics, db, out):
    seed_building(db, clock, basics)
    dialog = _bulk(qtbot, leader_desk, clock)
    dialog.ends.setDateTime(dialog.starts.dateTime().addSecs(-3600))
    dialog.save_to(out / "x.pdf")
    settle(qtbot)
    assert "ends_at" in dialog.errors.visible_texts()
    assert list(out.iterdir()) == []


def test_cancel_stops_the_bulk_job_without_a_file_or_record(qtbot, leader_desk, clock,
                                                            basics, db, out):
    seed_building(db, clock, basics)
    dialog = _bulk(qtbot, leader_desk, clock)
    prepared = posting_notice(leader_desk.uow(), dialog.form())
    gate = threading.Event()
    first = prepared.job.pages[0]

    def held_page(surface):  # the worker waits here until the user has pressed Cancel
        gate.wait(TIMEOUT / 1000)
        first(surface)

    held = type(prepared)(**{**prepared.__dict__,
                             "job": PrintJob(prepared.job.title,
                                             [held_page, *prepared.job.pages[1:]])})
    with qtbot.waitSignal(dialog.job_done, timeout=TIMEOUT) as done:
        dialog.save_to(out / "x.pdf", held)
        assert dialog.cancel_button.isVisibleTo(dialog) and dialog.ops.busy
        dialog.cancel_button.click()
        gate.set()
    assert "no file" in done.args[0] and not dialog.cancel_button.isVisibleTo(dialog)
    assert list(out.iterdir()) == []
    assert latest_notice(UnitOfWork(db, basics.agent, clock), basics.zhang.id) is None


def test_preview_pages_print_and_save_record_once(qtbot, leader_desk, clock, basics, db, out):
    prepared = visit_notice(leader_desk.uow(), VisitNoticeForm(customer_id=basics.zhang.id,
                                                               reason="meter"))
    recorded: list[int] = []

    def deliver() -> str:
        recorded.append(record_notice(leader_desk.uow(), prepared).notice_id)
        return "recorded"

    dialog = PreviewDialog(prepared.job, on_delivered=deliver, desk=leader_desk)
    qtbot.addWidget(dialog)
    assert dialog.page_label.text() == "Page 1 of 1"
    assert not dialog.page.pixmap().isNull() and dialog.page.pixmap().width() > 700
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "printed.pdf"))
    assert dialog.print_to(printer)
    settle(qtbot)  # the delivery is recorded after the pages went out
    assert dialog.status.text().endswith("recorded")
    [printed] = pdf_pages((out / "printed.pdf").read_bytes())
    assert "张伟" in printed.replace(" ", "")
    with qtbot.waitSignal(dialog.job_done, timeout=TIMEOUT):
        dialog.save_to(out / "saved.pdf")
    assert "检查热计量表" in pdf_pages((out / "saved.pdf").read_bytes())[0]
    assert len(recorded) == 1  # printed and saved: one notice, recorded once
