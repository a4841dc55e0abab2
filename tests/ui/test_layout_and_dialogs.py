"""Issue 12 items 6 and 7, end to end with the real widgets.

- Nothing is clipped at 1366×768: every window fits the screen, the queue's action
  buttons get their size, the queue's columns show their texts whole (or scroll), the
  overdue dock wraps; the desk's smallest size fits.
- Qt's own dialogs (file, print) speak Chinese; file dialogs start in the documents folder
  and remember the last one; a PDF no program opens is said.
SQLite: these are screen tests (the queries run on both backends elsewhere).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QGroupBox,
    QLabel,
    QListView,
    QPushButton,
    QTabWidget,
    QWidget,
)

from app.db.database import Database
from app.ui import file_dialogs
from app.ui.i18n import install_translators, remove_translators
from app.ui.printing.pdf_choice import open_pdf
from app.ui.screen_fit import FRAME, fit_to_screen, fitted_size
from app.ui.tickets.queue_window import QueueWindow
from app.ui.tickets.table_model import COLUMNS
from app.workflows.desk import Desk
from tests.queue_data import make_orders, set_unit
from tests.support import seed_basics
from tests.ui.intake_support import (  # noqa: F401 (fixtures)
    agent_desk_fixture,
    drafts_fixture,
    open_window_fixture,
    settle,
)

SMALL = QRect(0, 0, 1366, 768)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def queue_desk(sqlite_db: Database, clock) -> Desk:
    basics = seed_basics(sqlite_db, clock)
    set_unit(sqlite_db, basics.agent.id, basics.unit_ids[0])
    make_orders(sqlite_db, clock, basics)
    return Desk(db=sqlite_db, clock=clock, actor=basics.agent)


def _clipped_buttons(root: QWidget) -> list[str]:
    return [b.text() for b in root.findChildren(QAbstractButton)
            if b.isVisible() and b.width() < b.sizeHint().width()]


# --- layout at 1366×768 ----------------------------------------------------------------
def test_a_window_asking_for_more_than_the_screen_gets_the_screen() -> None:
    assert fitted_size(1440, 900, SMALL) == QSize(1366 - FRAME.width(), 768 - FRAME.height())
    assert fitted_size(900, 600, SMALL) == QSize(900, 600)


def test_queue_window_at_1366x768_shows_buttons_and_columns_whole(
        qtbot, queue_desk, house_style, zh_translators) -> None:  # noqa: ARG001
    window = QueueWindow(queue_desk, live=False)
    qtbot.addWidget(window)
    fit_to_screen(window, 1400, 820, area=SMALL)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() > 0)
    window.table.selectRow(0)
    settle(qtbot)
    assert window.width() <= 1366 - FRAME.width() and window.height() <= 768 - FRAME.height()
    assert not _clipped_buttons(window)
    metrics = window.table.fontMetrics()
    header = window.table.horizontalHeader()
    for column, name in enumerate(COLUMNS[:-1]):  # the description takes what is left
        if name in ("address",):
            continue  # a long address scrolls sideways (the table has a scroll bar)
        widest = max(metrics.horizontalAdvance(window.model.index(r, column).data())
                     for r in range(window.model.rowCount()))
        assert header.sectionSize(column) >= widest, name


def test_desk_fits_1366x768_and_its_buttons_are_whole(
        qtbot, open_window, house_style, zh_translators) -> None:  # noqa: ARG001
    window = open_window()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 - FRAME.width() and hint.height() <= 768 - FRAME.height()
    window.resize(1366 - FRAME.width(), 768 - FRAME.height())
    qtbot.wait(50)
    assert not _clipped_buttons(window)


def test_overdue_dock_wraps_instead_of_cutting() -> None:
    from app.ui.tickets.alert_list import AlertList

    alerts = AlertList()
    assert alerts.wordWrap()
    assert alerts.resizeMode() == QListView.ResizeMode.Adjust


# --- Qt's own dialogs in Chinese ---------------------------------------------------------
def _english_texts(root: QWidget) -> list[str]:
    """The words a user reads on a Qt dialog (labels, buttons, group titles, tabs) still
    in English; paths and file names are no words."""
    texts = [w.text() for kind in (QLabel, QAbstractButton) for w in root.findChildren(kind)]
    texts += [g.title() for g in root.findChildren(QGroupBox)]
    texts += [t.tabText(i) for t in root.findChildren(QTabWidget) for i in range(t.count())]
    return [t for t in texts if re.search("[A-Za-z]{2,}", t) and not CJK.search(t)
            and not t.startswith("/") and "*" not in t]


def test_qt_file_and_print_dialogs_speak_chinese(qtbot, qapp) -> None:
    """Qt's own catalogue (qtbase_zh_CN) misses the labels whose mnemonics it lacks
    (&Look in:, Files of &type:, Page &Set:); resources/translations/qtbase_extra fills them."""
    translators = install_translators(qapp, "zh_CN")
    try:
        assert any("qtbase_zh_CN" in t.objectName() for t in translators)
        files = QFileDialog(None, "x")
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(files)
        texts = [b.text() for b in files.findChildren(QPushButton)]
        assert any(CJK.search(t) for t in texts), texts
        assert not _english_texts(files)
        printer = QPrinter()
        printing = QPrintDialog(printer)
        qtbot.addWidget(printing)
        texts = [b.text() for b in printing.findChildren(QPushButton)]
        assert any(CJK.search(t) for t in texts), texts
        assert not _english_texts(printing)
    finally:
        remove_translators(qapp, translators)


# --- file dialogs: documents folder, then the last one -----------------------------------
def test_file_dialogs_start_in_documents_then_remember(qtbot, data_dir, tmp_path,
                                                        monkeypatch) -> None:  # noqa: ARG001
    asked: list[str] = []
    chosen = tmp_path / "exports" / "report.pdf"
    chosen.parent.mkdir()

    def fake_save(_parent, _title, start, _filter):
        asked.append(start)
        return str(chosen), ""

    def fake_open(_parent, _title, start, _filter):
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake_open))
    documents = file_dialogs.documents_folder()
    assert file_dialogs.save_file_name(None, "t", "report.pdf", "PDF (*.pdf)") == str(chosen)
    assert asked[0] == str(documents / "report.pdf")
    assert file_dialogs.open_file_name(None, "t", "CSV (*.csv)") == ""   # cancelled
    assert asked[1] == str(chosen.parent)          # remembered, also across dialogs
    assert file_dialogs.start_folder() == chosen.parent


def test_every_file_dialog_goes_through_file_dialogs() -> None:
    """A QFileDialog called anywhere else would open in the working folder and forget."""
    from pathlib import Path

    ui = Path(file_dialogs.__file__).parent
    direct = [str(p.relative_to(ui)) for p in sorted(ui.rglob("*.py"))
              if p.name != "file_dialogs.py" and "QFileDialog" in p.read_text(encoding="utf-8")]
    assert not direct, direct
    users = [p for p in ui.rglob("*.py") if "file_dialogs" in p.read_text(encoding="utf-8")]
    assert len(users) >= 8


# --- a PDF that does not open (the sheet's preview: tests/ui/test_handover_sheet_preview.py)
def test_a_pdf_that_no_program_opens_is_said(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ARG001
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
    path = tmp_path / "sheet.pdf"
    assert str(path) in open_pdf(path) and "no program opened it" in open_pdf(path)


def test_a_pdf_that_opens_says_nothing(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ARG001
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url) or True))
    assert open_pdf(tmp_path / "sheet.pdf") == "" and len(opened) == 1
