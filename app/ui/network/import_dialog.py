"""Importing the network from a spreadsheet (issue 16), the customer archive's flow with
the shared parts of app/ui/tabular: file -> columns -> preview with the refused rows ->
import -> what changed. Each step runs through the operation runner off the GUI thread;
the preview writes nothing, the import writes in one transaction with a progress bar and
Cancel. Leaders and admins only (the window shows the button to them)."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import file_dialogs
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.ops import Op, OpRunner
from app.ui.tabular.errors_view import ErrorsView
from app.ui.tabular.mapping_table import MappingTable
from app.ui.tabular.progress import ProgressPanel
from app.ui.tabular.words import problem_text
from app.workflows.desk import Desk
from app.workflows.network.importing import (
    FIELDS,
    OpenedImport,
    open_import,
    preview_import,
    run_import,
)
from app.workflows.tabular.engine import ImportReport
from app.workflows.tabular.mapping import mapping_problems
from app.workflows.tabular.source import SheetProblem

FILE, MAPPING, PREVIEW, PROGRESS, REPORT = range(5)
CONTEXT = "NetworkImport"
LABELS = {
    "source": QT_TRANSLATE_NOOP("NetworkImport", "Heat source"),
    "substation": QT_TRANSLATE_NOOP("NetworkImport", "Substation"),
    "estate": QT_TRANSLATE_NOOP("NetworkImport", "Estate"),
    "building": QT_TRANSLATE_NOOP("NetworkImport", "Building"),
    "source_address": QT_TRANSLATE_NOOP("NetworkImport", "Source address"),
    "substation_address": QT_TRANSLATE_NOOP("NetworkImport", "Substation address"),
}

PROBLEMS = {"network.place_twice": QT_TRANSLATE_NOOP(
    "ImportWords", "the same building is in an earlier row")}


def field_label(name: str) -> str:
    source = LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


def figures(report: ImportReport) -> str:
    return (QCoreApplication.translate(
        CONTEXT, "%1 rows: %2 new buildings, %3 changed, %4 unchanged, %5 refused")
        .replace("%1", f"{report.rows:,}").replace("%2", f"{report.new:,}")
        .replace("%3", f"{report.updated:,}").replace("%4", f"{report.unchanged:,}")
        .replace("%5", f"{report.refused:,}"))


class NetworkImportDialog(QDialog):
    imported = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("networkImport")
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.opened: OpenedImport | None = None
        self.preview: ImportReport | None = None
        self.mapping: dict[int, str] = {}
        self.running = False
        self.setWindowTitle(self.tr("Import the heating network"))
        self.resize(1000, 640)
        self.pages = QStackedWidget()
        for page in (self._file_page(), self._mapping_page(), self._preview_page()):
            self.pages.addWidget(page)
        self.progress = ProgressPanel()
        self.pages.addWidget(self.progress)
        self.pages.addWidget(self._report_page())
        QVBoxLayout(self).addWidget(self.pages)
        QShortcut(QKeySequence("Ctrl+O"), self, self._browse)

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("an .xlsx or .csv file (UTF-8 or GBK)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.file_problem = QLabel()
        self.file_problem.setObjectName("fieldError")
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._open)
        hint = QLabel(self.tr(
            "One row per building: heat source, substation, estate and building number "
            "(the addresses of source and substation if you have them). New sources and "
            "substations are created, a building under another substation moves; nothing "
            "is removed. Nothing is written before you have seen the preview."))
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(self.file_problem)
        layout.addStretch(1)
        layout.addLayout(_buttons(self._cancel_button(), self.next_button))
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_title = QLabel()
        self.mapping_title.setWordWrap(True)
        self.table = MappingTable()
        self.mapping_problem = QLabel()
        self.mapping_problem.setObjectName("fieldError")
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(FILE))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self._preview)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mapping_problem)
        layout.addLayout(_buttons(self._cancel_button(), back, self.preview_button))
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_figures = QLabel()
        self.preview_figures.setObjectName("networkImportFigures")
        self.errors = ErrorsView(field_label, extra=PROBLEMS)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(MAPPING))
        self.import_button = QPushButton()
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self._import)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_figures)
        layout.addWidget(self.errors, 1)
        layout.addLayout(_buttons(self._cancel_button(), back, self.import_button))
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.report_title = QLabel()
        self.report_title.setObjectName("networkImportReport")
        self.report_figures = QLabel()
        close = QPushButton(self.tr("&Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report_figures)
        layout.addStretch(1)
        layout.addLayout(_buttons(close))
        return page

    def _cancel_button(self) -> QPushButton:
        button = QPushButton(self.tr("Cancel"))
        button.clicked.connect(self.reject)
        return button

    def _browse(self) -> None:
        if self.pages.currentIndex() != FILE:
            return
        chosen = file_dialogs.open_file_name(self, self.tr("Heating network"),
                                             self.tr("Spreadsheets (*.xlsx *.csv)"))
        if chosen:
            self.path.setText(chosen)
            self._open()

    def _open(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.file_problem.setText(self.tr("Choose a file first."))
            return
        self.file_problem.setText("")
        desk = self.desk

        def call() -> tuple[OpenedImport, list[tuple[str, ...]]] | SheetProblem:
            try:
                opened = open_import(desk.uow(), Path(path))
            except SheetProblem as problem:
                return problem
            return opened, [cells for _, cells in islice(opened.sheet.rows(), 3)]

        self.ops.run(Op(call, done=self._opened, long=True, key="network.import.open",
                        disable=[self.next_button], label=self.tr("Reading the file…")))

    def _opened(self, result: Any) -> None:
        if isinstance(result, SheetProblem):
            self.file_problem.setText(problem_text(result.code))
            return
        self.opened, samples = result
        sheet = self.opened.sheet
        self.mapping_title.setText(self.tr(
            "%1: choose what each column is (* must be there). The choice is remembered "
            "for the next file.").replace("%1", sheet.path.name))
        self.table.show_columns(sheet.headers, samples,
                                [(f.name, field_label(f.name), f.required) for f in FIELDS],
                                self.opened.mapping)
        self.pages.setCurrentIndex(MAPPING)
        self.preview_button.setFocus()

    def _preview(self) -> None:
        assert self.opened is not None
        mapping = self.table.mapping()
        problems = mapping_problems(mapping, FIELDS)
        if problems:
            self.mapping_problem.setText("；".join(
                f"{field_label(f)}：{problem_text(code)}" for f, code in problems.items()))
            return
        self.mapping_problem.setText("")
        sheet, desk = self.opened.sheet, self.desk
        token = self.progress.start(self.tr("Checking every row (nothing is written)…"),
                                    sheet.size_hint)
        self.pages.setCurrentIndex(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: preview_import(desk.uow(), sheet, mapping,
                                               progress=self.progress.relay.report,
                                               cancel=token),
                        done=lambda report: self._previewed(report, mapping), long=True,
                        key="network.import.preview", failed=self._failed,
                        label=self.tr("Checking…")))

    def _previewed(self, report: ImportReport, mapping: dict[int, str]) -> None:
        self.running = False
        if report.cancelled:
            self.pages.setCurrentIndex(MAPPING)
            return
        self.preview, self.mapping = report, mapping
        self.preview_figures.setText(self.tr("Preview: %1").replace("%1", figures(report)))
        self.errors.show_errors(report.errors)
        importable = report.new + report.updated
        self.import_button.setText(self.tr("&Import %1 rows").replace(
            "%1", f"{importable:,}"))
        self.import_button.setEnabled(importable > 0)
        self.pages.setCurrentIndex(PREVIEW)

    def _import(self) -> None:
        assert self.opened is not None and self.preview is not None
        sheet, mapping, desk = self.opened.sheet, self.mapping, self.desk
        expected = self.preview.rows
        token = self.progress.start(self.tr("Importing…"), expected)
        self.pages.setCurrentIndex(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: run_import(desk.uow(), sheet, mapping,
                                           progress=self.progress.relay.report,
                                           cancel=token, expected_rows=expected),
                        done=self._imported, long=True, key="network.import.run",
                        failed=self._failed, label=self.tr("Importing…")))

    def _imported(self, report: ImportReport) -> None:
        self.running = False
        if report.cancelled:
            self.report_title.setText(self.tr("Import cancelled: nothing was written."))
            self.report_figures.setText("")
        else:
            self.report_title.setText(self.tr("%1 imported.").replace("%1", report.file))
            self.report_figures.setText(figures(report))
            self.imported.emit()
        self.pages.setCurrentIndex(REPORT)

    def _failed(self, _error: BaseException) -> None:
        self.running = False
        self.pages.setCurrentIndex(MAPPING if self.opened else FILE)

    def reject(self) -> None:
        if self.running:  # Esc while running: stop it; nothing is written
            self.progress.cancel()
            return
        super().reject()


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row
