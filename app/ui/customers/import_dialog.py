"""Importing the customer archive: file -> columns -> preview with errors -> import -> report.

Leaders and administrators only (the archive window shows the button to them; the workflow
refuses anyone else). Each step runs through the operation runner off the GUI thread:
the preview reads and checks every row and writes nothing; the import writes in one
transaction, with a progress bar and Cancel (checked between batches: a cancelled import
writes nothing). The columns' mapping is remembered for next month's file.
Keys: Ctrl+O choose a file, Enter the default button of each step, Esc cancels.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.ui.customers import hooks
from app.ui.customers.import_labels import changed_fields, field_label, figures
from app.ui.ops import Op, OpRunner
from app.ui.tabular.errors_view import ErrorsView
from app.ui.tabular.mapping_table import MappingTable
from app.ui.tabular.progress import ProgressPanel
from app.ui.tabular.words import problem_text
from app.workflows.customers.import_fields import FIELDS
from app.workflows.customers.importing import (
    OpenedImport,
    customer_mapping_problems,
    open_import,
    preview_import,
    run_import,
)
from app.workflows.desk import Desk
from app.workflows.tabular.engine import ImportReport
from app.workflows.tabular.source import SheetProblem

FILE, MAPPING, PREVIEW, PROGRESS, REPORT = range(5)


class ImportDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerImport")
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.opened: OpenedImport | None = None
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.running = False
        self.setWindowTitle(self.tr("Import the customer archive"))
        self.resize(1100, 680)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._preview_page())
        self.progress = ProgressPanel()
        self.pages.addWidget(self.progress)
        self.pages.addWidget(self._report_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        QShortcut(QKeySequence("Ctrl+O"), self, self._browse)
        self._show(FILE)

    def _show(self, page: int) -> None:
        """Bring `page` up with its own default button (Enter) and focus."""
        self.pages.setCurrentIndex(page)
        button = {FILE: self.next_button, MAPPING: self.preview_button,
                  PREVIEW: self.import_button, PROGRESS: self.progress.cancel_button,
                  REPORT: self.close_button}[page]
        if page != PROGRESS:
            button.setDefault(True)
        (self.path if page == FILE else button).setFocus()

    # --- pages ------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("an .xlsx or .csv file (UTF-8 or GBK)"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        self.file_problem = QLabel()
        self.file_problem.setObjectName("fieldError")
        self.file_problem.setWordWrap(True)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setObjectName("importNext")
        self.next_button.clicked.connect(self._open)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        hint = QLabel(self.tr(
            "Choose the archive exported from billing or kept in a spreadsheet. Rows are "
            "matched by account number: new accounts are added, known ones updated where a "
            "cell differs; an empty cell keeps what is stored. Nothing is written before "
            "you have seen the preview."))
        hint.setWordWrap(True)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path)
        layout = QVBoxLayout(page)
        layout.addWidget(hint)
        layout.addWidget(path_label)
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
        self.new_estates = QCheckBox(self.tr("Accept &estates the archive does not know yet"))
        self.new_estates.setObjectName("importNewEstates")
        self.mapping_problem = QLabel()
        self.mapping_problem.setObjectName("fieldError")
        self.mapping_problem.setWordWrap(True)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self._show(FILE))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setObjectName("importPreview")
        self.preview_button.clicked.connect(self._preview)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.new_estates)
        layout.addWidget(self.mapping_problem)
        layout.addLayout(_buttons(self._cancel_button(), back, self.preview_button))
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.preview_figures = QLabel()
        self.preview_figures.setObjectName("importPreviewFigures")
        self.preview_changes = QLabel()
        self.preview_changes.setWordWrap(True)
        self.errors = ErrorsView(field_label)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(lambda: self._show(MAPPING))
        self.import_button = QPushButton()
        self.import_button.setObjectName("importRun")
        self.import_button.clicked.connect(self._import)
        layout = QVBoxLayout(page)
        layout.addWidget(self.preview_figures)
        layout.addWidget(self.preview_changes)
        layout.addWidget(self.errors, 1)
        layout.addLayout(_buttons(self._cancel_button(), back, self.import_button))
        return page

    def _report_page(self) -> QWidget:
        page = QWidget()
        self.report_title = QLabel()
        self.report_title.setObjectName("importReportTitle")
        self.report_figures = QLabel()
        self.report_changes = QLabel()
        self.report_changes.setWordWrap(True)
        close = QPushButton(self.tr("&Close"))
        self.close_button = close
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        for label in (self.report_title, self.report_figures, self.report_changes):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addLayout(_buttons(close))
        return page

    def _cancel_button(self) -> QPushButton:
        button = QPushButton(self.tr("Cancel"))
        button.clicked.connect(self.reject)
        return button

    # --- steps ------------------------------------------------------------------------

    def _browse(self) -> None:
        if self.pages.currentIndex() != FILE:
            return
        chosen = file_dialogs.open_file_name(self, self.tr("Customer archive"),
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

        def call() -> tuple[OpenedImport, list[tuple[str, ...]]] | SheetProblem:
            try:
                opened = open_import(self.desk.uow(), Path(path))
            except SheetProblem as problem:
                return problem
            return opened, [cells for _, cells in islice(opened.sheet.rows(), 3)]

        self.ops.run(Op(call, done=self._opened, long=True, key="import.open",
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
                                [(f.name, field_label(f.name),
                                  f.required or f.name == "estate") for f in FIELDS],
                                self.opened.mapping)
        self.mapping_problem.setText("")
        self._show(MAPPING)
        self.preview_button.setFocus()

    def _preview(self) -> None:
        assert self.opened is not None
        mapping = self.table.mapping()
        problems = customer_mapping_problems(mapping)
        if problems:
            self.mapping_problem.setText("；".join(
                f"{field_label(f)}：{problem_text(code)}" for f, code in problems.items()))
            return
        sheet, new_estates = self.opened.sheet, self.new_estates.isChecked()
        token = self.progress.start(self.tr("Checking every row (nothing is written)…"),
                                    sheet.size_hint)
        self._show(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: preview_import(
            self.desk.uow(), sheet, mapping, new_estates=new_estates,
            progress=self.progress.relay.report, cancel=token),
            done=lambda report: self._previewed(report, mapping), long=True,
            key="import.preview", failed=self._failed, label=self.tr("Checking…")))

    def _previewed(self, report: ImportReport, mapping: dict[int, str]) -> None:
        self.running = False
        if report.cancelled:
            self._show(MAPPING)
            return
        self.preview = report
        self.mapping = mapping
        self.preview_figures.setText(self.tr("Preview: %1").replace("%1", figures(report)))
        self.preview_changes.setText(changed_fields(report))
        self.errors.show_errors(report.errors)
        importable = report.new + report.updated
        self.import_button.setText(self.tr("&Import %1 rows").replace(
            "%1", f"{importable:,}"))
        self.import_button.setEnabled(importable > 0)
        self._show(PREVIEW)

    def _import(self) -> None:
        assert self.opened is not None and self.preview is not None
        sheet, mapping = self.opened.sheet, self.mapping
        new_estates, expected = self.new_estates.isChecked(), self.preview.rows
        token = self.progress.start(self.tr("Importing…"), expected)
        self._show(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: run_import(
            self.desk.uow(), sheet, mapping, new_estates=new_estates,
            progress=self.progress.relay.report, cancel=token, expected_rows=expected),
            done=self._imported, long=True, key="import.run", failed=self._failed,
            label=self.tr("Importing…")))

    def _imported(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        if report.cancelled:
            self.report_title.setText(self.tr("Import cancelled: nothing was written."))
            self.report_figures.setText("")
            self.report_changes.setText("")
        else:
            self.report_title.setText(self.tr("%1 imported.").replace("%1", report.file))
            self.report_figures.setText(figures(report))
            self.report_changes.setText(changed_fields(report))
        self._show(REPORT)

    def _failed(self, _error: BaseException) -> None:
        self.running = False
        self._show(MAPPING if self.opened else FILE)

    def reject(self) -> None:
        if self.running:  # Esc or Cancel while running: stop it; nothing is written
            self.progress.cancel()
            return
        super().reject()


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


hooks.IMPORT_DIALOG = ImportDialog
