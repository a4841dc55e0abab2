"""The sheet printed from a DRAFT handover lists the orders the handover dialog lists.

A draft's orders are attached to it only when it is handed over; before that the dialog
shows what the author holds now (carryover_for), and the printed sheet must show the same
orders, not "无" under 四、移交工单. On the demo's data (the extras at a fixed moment).
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.ui.printing.preview_dialog import PreviewDialog
from app.ui.shifts.handover_dialog import HandoverDialog
from app.workflows.auth import login
from app.workflows.desk import Desk
from app.workflows.shifts.handover import HandoverForm, save_handover
from tests.demo_support import DEMO_NOW, DemoCopy
from tests.ui.intake_support import settle


def _text(pdf: bytes) -> str:
    return "".join("".join(page.extract_text().split())
                   for page in PdfReader(BytesIO(pdf)).pages)


def test_a_drafts_sheet_lists_the_orders_its_dialog_lists(demo_copy: DemoCopy, qtbot: QtBot,
                                                           data_dir) -> None:  # noqa: ARG001
    desk = Desk(db=demo_copy.db, clock=FixedClock(DEMO_NOW))  # a fresh demo, as made
    leader = login(desk.uow(), "2001", "demo2001")   # holds the escalated orders
    save_handover(desk.signed_in(leader).uow(), HandoverForm(notes="草稿，未交班"))

    dialog = HandoverDialog(desk.signed_in(leader), live=False)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    assert dialog.view is not None and dialog.view.status == "draft"
    listed = [dialog.carry.item(r, 0).text() for r in range(dialog.carry.rowCount())]
    assert listed, "the demo gives the leader orders to carry over"

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    preview = dialog.sheet_dialog
    assert isinstance(preview, PreviewDialog)
    text = _text(preview.job.render_pdf())
    assert "草稿，未交班" in text
    section = text[text.index("四、移交工单"):text.index("五、其他事项")]
    missing = [number for number in listed if number not in section]
    assert not missing, f"{len(missing)} of {len(listed)} listed orders not on the sheet"
    assert not section.removeprefix("四、移交工单").startswith("无")
