"""The spreadsheet import wizard every import shares: file -> columns -> preview with
errors -> import with progress and Cancel -> report. One ImportSpec says what differs
(fields, labels, workflow calls, names); a subclass adds an option widget or a signal.

Each step runs through the operation runner off the GUI thread: the preview reads and
checks every row and writes nothing; the import writes in one transaction, with a progress
bar and Cancel (checked between batches: a cancelled import writes nothing).
Keys: Ctrl+O choose a file, Enter the default button of each step, Esc cancels.
"""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import file_dialogs
from app.ui.ops import Op, OpRunner
from app.ui.tabular.errors_view import ErrorsView
from app.ui.tabular.import_pages import (
    FILE,
    MAPPING,
    PREVIEW,
    PROGRESS,
    REPORT,
    file_page,
    mapping_page,
    preview_page,
    report_page,
)
from app.ui.tabular.import_spec import ImportSpec
from app.ui.tabular.mapping_table import MappingTable
from app.ui.tabular.progress import ProgressPanel
from app.ui.tabular.words import problem_text
from app.workflows.desk import Desk
from app.workflows.tabular.engine import ImportReport
from app.workflows.tabular.source import SheetProblem

__all__ = ["FILE", "MAPPING", "PREVIEW", "PROGRESS", "REPORT", "ImportWizard"]


class ImportWizard(QDialog):
    spec: ImportSpec  # set by each subclass
    # the widgets the pages build (app/ui/tabular/import_pages.py)
    path: QLineEdit
    file_problem: QLabel
    next_button: QPushButton
    mapping_title: QLabel
    table: MappingTable
    mapping_problem: QLabel
    preview_button: QPushButton
    preview_figures: QLabel
    preview_changes: QLabel
    errors: ErrorsView
    import_button: QPushButton
    report_title: QLabel
    report_figures: QLabel
    report_changes: QLabel
    close_button: QPushButton

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.spec.object_name)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.opened: Any = None
        self.preview: ImportReport | None = None
        self.report: ImportReport | None = None
        self.mapping: dict[int, str] = {}
        self.running = False
        self.setWindowTitle(self.t(self.spec.title))
        self.resize(*self.spec.size)
        self.pages = QStackedWidget()
        for page in (file_page(self), mapping_page(self), preview_page(self)):
            self.pages.addWidget(page)
        self.progress = ProgressPanel()
        self.pages.addWidget(self.progress)
        self.pages.addWidget(report_page(self))
        QVBoxLayout(self).addWidget(self.pages)
        QShortcut(QKeySequence("Ctrl+O"), self, self._browse)
        self._show(FILE)

    def t(self, source: str) -> str:
        """`source` translated in the spec's context (the dialog's own, as always)."""
        return QCoreApplication.translate(self.spec.context, source)

    # --- what a subclass may add ------------------------------------------------------

    def option_widget(self) -> QWidget | None:
        """A widget under the mapping table (built once, with the mapping page)."""
        return None

    def options(self) -> dict[str, Any]:
        """Keyword arguments the preview and the import get (read on the GUI thread)."""
        return {}

    def after_import(self, report: ImportReport) -> None:
        """Called after an import that was not cancelled."""

    # --- steps ------------------------------------------------------------------------

    def _show(self, page: int) -> None:
        """Bring `page` up with its own default button (Enter) and focus."""
        self.pages.setCurrentIndex(page)
        button = {FILE: self.next_button, MAPPING: self.preview_button,
                  PREVIEW: self.import_button, PROGRESS: self.progress.cancel_button,
                  REPORT: self.close_button}[page]
        if page != PROGRESS:
            button.setDefault(True)
        (self.path if page == FILE else button).setFocus()

    def _browse(self) -> None:
        if self.pages.currentIndex() != FILE:
            return
        chosen = file_dialogs.open_file_name(self, self.t(self.spec.browse_title),
                                             self.t("Spreadsheets (*.xlsx *.csv)"))
        if chosen:
            self.path.setText(chosen)
            self._open()

    def _open(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.file_problem.setText(self.t("Choose a file first."))
            return
        self.file_problem.setText("")
        desk, open_import = self.desk, self.spec.open_import

        def call() -> tuple[Any, list[tuple[str, ...]]] | SheetProblem:
            try:
                opened = open_import(desk.uow(), Path(path))
            except SheetProblem as problem:
                return problem
            return opened, [cells for _, cells in islice(opened.sheet.rows(), 3)]

        self.ops.run(Op(call, done=self._opened, long=True, key=f"{self.spec.key}.open",
                        disable=[self.next_button], label=self.t("Reading the file…")))

    def _opened(self, result: Any) -> None:
        if isinstance(result, SheetProblem):
            self.file_problem.setText(problem_text(result.code))
            return
        self.opened, samples = result
        sheet, label = self.opened.sheet, self.spec.field_label
        self.mapping_title.setText(self.t(
            "%1: choose what each column is (* must be there). The choice is remembered "
            "for the next file.").replace("%1", sheet.path.name))
        self.table.show_columns(sheet.headers, samples,
                                [(name, label(name), required)
                                 for name, required in self.spec.fields],
                                self.opened.mapping)
        self.mapping_problem.setText("")
        self._show(MAPPING)

    def _preview(self) -> None:
        assert self.opened is not None
        mapping = self.table.mapping()
        problems = self.spec.mapping_problems(mapping)
        if problems:
            self.mapping_problem.setText("；".join(
                f"{self.spec.field_label(f)}：{problem_text(code)}"
                for f, code in problems.items()))
            return
        self.mapping_problem.setText("")
        sheet, desk, options = self.opened.sheet, self.desk, self.options()
        preview_import, progress = self.spec.preview_import, self.progress
        token = progress.start(self.t("Checking every row (nothing is written)…"),
                               sheet.size_hint)
        self._show(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: preview_import(
            desk.uow(), sheet, mapping, progress=progress.relay.report, cancel=token,
            **options),
            done=lambda report: self._previewed(report, mapping), long=True,
            key=f"{self.spec.key}.preview", failed=self._failed, label=self.t("Checking…")))

    def _previewed(self, report: ImportReport, mapping: dict[int, str]) -> None:
        self.running = False
        if report.cancelled:
            self._show(MAPPING)
            return
        self.preview, self.mapping = report, mapping
        self.preview_figures.setText(self.t("Preview: %1").replace(
            "%1", self.spec.figures(report)))
        if self.spec.changes is not None:
            self.preview_changes.setText(self.spec.changes(report))
        self.errors.show_errors(report.errors)
        importable = report.new + report.updated
        self.import_button.setText(self.t("&Import %1 rows").replace(
            "%1", f"{importable:,}"))
        self.import_button.setEnabled(importable > 0)
        self._show(PREVIEW)

    def _import(self) -> None:
        assert self.opened is not None and self.preview is not None
        sheet, mapping, desk, options = self.opened.sheet, self.mapping, self.desk, self.options()
        expected, run_import, progress = self.preview.rows, self.spec.run_import, self.progress
        token = progress.start(self.t("Importing…"), expected)
        self._show(PROGRESS)
        self.running = True
        self.ops.run(Op(lambda: run_import(
            desk.uow(), sheet, mapping, progress=progress.relay.report, cancel=token,
            expected_rows=expected, **options),
            done=self._imported, long=True, key=f"{self.spec.key}.run", failed=self._failed,
            label=self.t("Importing…")))

    def _imported(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        if report.cancelled:
            self.report_title.setText(self.t("Import cancelled: nothing was written."))
            self.report_figures.setText("")
            self.report_changes.setText("")
        else:
            self.report_title.setText(self.t("%1 imported.").replace("%1", report.file))
            self.report_figures.setText(self.spec.figures(report))
            if self.spec.changes is not None:
                self.report_changes.setText(self.spec.changes(report))
            self.after_import(report)
        self._show(REPORT)

    def _failed(self, _error: BaseException) -> None:
        self.running = False
        self._show(MAPPING if self.opened else FILE)

    def reject(self) -> None:
        if self.running:  # Esc or Cancel while running: stop it; nothing is written
            self.progress.cancel()
            return
        super().reject()
