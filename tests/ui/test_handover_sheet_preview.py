"""The handover sheet has the same preview / print / save-PDF choice as the other
documents (issue 12 item 7): the handover dialog's and the history window's print action
open the in-app print preview with the sheet's pages; the same pages go to a QPrinter and
into the saved PDF. A sheet written to a given path and then opened says so when no
program opens it.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtPrintSupport import QPrinter

from app.repositories.uow import UnitOfWork
from app.ui.printing.preview_dialog import PreviewDialog
from app.ui.shifts.handover_dialog import HandoverDialog
from app.ui.shifts.history_window import HistoryWindow
from app.workflows.shifts.handover import HandoverForm, save_handover
from tests.shift_support import seed_shifts, to_handover_time
from tests.ui.intake_support import settle

HEADINGS = ("客服中心交接班记录", "一、设备状况", "二、疑难个案", "三、人员变动", "四、移交工单",
            "五、其他事项", "移交原因", "交班时状态", "完成时限", "接班人确认")


@pytest.fixture
def handed_over(db, clock, basics):
    world = seed_shifts(db, clock, basics)
    to_handover_time(clock)
    view = save_handover(UnitOfWork(db, world.outgoing, clock), HandoverForm(
        incoming_id=world.incoming.id, notes="换热站巡检正常"), hand_over=True)
    return world, view.id


def _text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text().split())
                   for page in PdfReader(BytesIO(pdf)).pages)


def _inked(preview: PreviewDialog) -> bool:
    image = preview.page.pixmap().toImage()
    return any(QColor(image.pixel(x, y)) != QColor(Qt.GlobalColor.white)
               for y in range(0, image.height(), 7) for x in range(0, image.width(), 7))


def test_the_print_action_opens_the_preview_with_the_sheets_pages(
        qtbot, desk, handed_over, data_dir, tmp_path) -> None:  # noqa: ARG001
    world, handover_id = handed_over
    dialog = HandoverDialog(desk.signed_in(world.outgoing), live=False)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.print_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)                                   # the sheet is read off the GUI thread
    preview = dialog.sheet_dialog
    assert isinstance(preview, PreviewDialog) and preview.isVisible()
    assert preview.job.page_count >= 1 and preview.job.title.startswith("交接班记录")
    assert preview.file_name == f"handover-{handover_id}.pdf"
    assert preview.page_label.text().endswith(str(preview.job.page_count)) and _inked(preview)
    assert preview.print_button.isEnabled() and preview.save_button.isEnabled()

    printed = tmp_path / "printed.pdf"             # printing paints the same pages
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert preview.print_to(printer)
    settle(qtbot)
    assert len(PdfReader(printed).pages) == preview.job.page_count

    saved = tmp_path / "sheet.pdf"                 # Save PDF… writes the sheet
    with qtbot.waitSignal(preview.job_done, timeout=20000):
        assert preview.save_to(saved)
    text = _text(saved.read_bytes())
    for heading in HEADINGS:
        assert heading in text, heading
    assert "王芳（工号1001）" in text and "李明（工号1002）" in text
    assert "换热站巡检正常" in text and "诚信服务、温暖万家" in text


def _history_on_the_first(qtbot, desk, world) -> HistoryWindow:
    """The leader's handover history, shown, with its newest handover selected."""
    history = HistoryWindow(desk.signed_in(world.leader))
    qtbot.addWidget(history)
    history.show()
    settle(qtbot)
    history.table.selectRow(0)
    settle(qtbot)
    return history


def test_the_history_windows_print_action_opens_the_same_preview(
        qtbot, desk, handed_over, data_dir) -> None:  # noqa: ARG001
    world, handover_id = handed_over
    history = _history_on_the_first(qtbot, desk, world)
    assert history.view is not None and history.view.id == handover_id
    qtbot.mouseClick(history.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    preview = history.sheet_dialog
    assert isinstance(preview, PreviewDialog) and preview.isVisible() and _inked(preview)


def test_a_written_sheet_that_no_program_opens_is_said(
        qtbot, desk, handed_over, data_dir, tmp_path, monkeypatch,
        zh_translators) -> None:  # noqa: ARG001
    world, _handover_id = handed_over
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    history = _history_on_the_first(qtbot, desk, world)
    pdf = tmp_path / "sheet.pdf"
    history.print_sheet(str(pdf))
    settle(qtbot)                                   # written off the GUI thread
    said = history.errors.general.text()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in said and "没有程序能打开它" in said and history.errors.general.isVisible()
