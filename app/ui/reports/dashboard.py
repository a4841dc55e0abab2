"""The service-quality dashboard: every registered report for one season, as tables and
charts, with export to PDF (Ctrl+P) and Excel (Ctrl+E); F5 rebuilds, Ctrl+N enters surveys.

Reports come from the registry (app/workflows/reports/registry.py), so the temperature and
hot-water reports appear here without this window knowing them. A report over a whole
season of a big city takes seconds, so each tab is built in the background, the shown one
first and every other one when it is first shown; the desk keeps working meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.file_dialogs import save_file_name
from app.ui.messages import message_for
from app.ui.ops import Op, OpRunner
from app.ui.reports.chart_widget import ChartWidget
from app.ui.reports.survey_form import SurveyDialog
from app.ui.reports.table_view import table_widget
from app.ui.screen_fit import fit_to_screen
from app.workflows.desk import Desk
from app.workflows.reports.export import BuiltReport, build_report, render, write_atomically
from app.workflows.reports.registry import Figure, Table, reports
from app.workflows.reports.season import season_of


def figure_steps(figure: Figure, column: QVBoxLayout) -> list[Callable[[], None]]:
    """A figure as small steps, one per event-loop turn: its box, then each table, the
    charts and the notes, so that adding it never lays out and paints all of it at once."""
    box = QGroupBox(f"{figure.title}  {figure.subtitle}".strip())
    layout = QVBoxLayout(box)
    steps: list[Callable[[], None]] = [lambda: column.insertWidget(column.count() - 1, box)]

    def add_table(table: Table) -> None:
        if table.title:
            layout.addWidget(QLabel(f"<b>{table.title}</b>"))
        layout.addWidget(table_widget(table))

    def add_charts() -> None:
        charts = QHBoxLayout()
        for chart in figure.charts:
            charts.addWidget(ChartWidget(chart))
        layout.addLayout(charts)

    def add_notes() -> None:
        for note in figure.notes:
            label = QLabel(note)
            label.setWordWrap(True)
            label.setStyleSheet("color: #555;")
            layout.addWidget(label)

    steps += [partial(add_table, table) for table in figure.tables]
    if figure.charts:
        steps.append(add_charts)
    if figure.notes:
        steps.append(add_notes)
    return steps


class DashboardWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.names = [report.name for report in reports()]  # the report of each tab
        self.built: dict[str, BuiltReport] = {}  # the tabs built so far, for `shown_season`
        self.filling: set[str] = set()  # tabs whose figures are still being added
        self.shown_season = ""
        self._asked = 0  # a new season or F5 starts over; older answers are dropped
        self._progress: QProgressDialog | None = None
        self._box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Service-quality reports"))
        current = season_of(desk.local(desk.clock()).date())
        first = current.start.year
        self.season = QComboBox()
        self.season.setEditable(True)
        self.season.addItems([f"{y}-{y + 1}" for y in range(first, first - 5, -1)])
        self.season.activated.connect(lambda _i: self.refresh())
        line = self.season.lineEdit()
        assert line is not None  # the combo is editable
        line.returnPressed.connect(self.refresh)
        self.error = FieldError()
        self.errors = FieldErrors(self.error, translate=self._message)
        self.tabs = QTabWidget()
        for report in reports():
            self.tabs.addTab(self._page(report.name, QLabel(self.tr("Building the report…"))),
                             report.title)
        self.tabs.currentChanged.connect(self._tab_shown)
        pdf = QPushButton(self.tr("Export &PDF (Ctrl+P)"))
        xlsx = QPushButton(self.tr("Export &Excel (Ctrl+E)"))
        survey = QPushButton(self.tr("Enter &surveys (Ctrl+N)"))
        self.export_buttons = (pdf, xlsx)
        pdf.clicked.connect(lambda: self.export("pdf"))
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        survey.clicked.connect(self.enter_surveys)
        bar = QHBoxLayout()
        season_label = QLabel(self.tr("Heating &season"))
        season_label.setBuddy(self.season)
        bar.addWidget(season_label)
        bar.addWidget(self.season)
        bar.addWidget(self.error)
        bar.addStretch()
        for button in (survey, pdf, xlsx):
            bar.addWidget(button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        self.setCentralWidget(body)
        for keys, slot in (("F5", self.refresh), ("Ctrl+P", lambda: self.export("pdf")),
                           ("Ctrl+E", lambda: self.export("xlsx")),
                           ("Ctrl+N", self.enter_surveys), ("Esc", self.close)):
            QShortcut(QKeySequence(keys), self, slot)
        fit_to_screen(self, 1180, 820)  # never larger than a 1366×768 screen
        self.refresh()

    def _message(self, code: str) -> str:
        if code == "invalid":
            return self.tr("Write the season as two years, e.g. 2025-2026.")
        return message_for(code)

    @staticmethod
    def _page(name: str, content: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        scroll.setObjectName(f"report-{name}")
        return scroll

    def refresh(self) -> None:
        """Rebuild for the chosen season, the shown tab first; a bad season is said beside
        the chooser and the figures shown stay."""
        label = self.season.currentText().strip()
        index = max(self.tabs.currentIndex(), 0)
        if not self.names:
            return
        self.error.clear()
        self._asked += 1
        self._build(self._asked, self.names[index], label)

    def _build(self, asked: int, name: str, label: str) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: build_report(desk, name, label),
                        done=lambda built: self._arrived(asked, label, built),
                        errors=self.errors, long=True, key=f"report.{asked}.{name}",
                        label=self.tr("Building the report…")))

    def _arrived(self, asked: int, label: str, built: BuiltReport) -> None:
        if asked != self._asked:
            return  # the season changed or F5 was pressed while this one was built
        if label != self.shown_season:  # a new season: every other tab is built afresh
            self.shown_season = label
            self.built = {}
            self.filling.clear()
            for name in self.names:
                self._show_content(name, QLabel(self.tr("Building the report…")))
        name = built.report.name
        self.built[name] = built
        self._show_content(name, self._figures(name, built))
        self._tab_shown(self.tabs.currentIndex())  # another tab was chosen meanwhile

    def _show_content(self, name: str, content: QWidget) -> None:
        """The tab's page shows `content` instead of what it showed (the tab stays: taking
        it out and in again laid out the whole tab bar and window)."""
        page = self.tabs.widget(self.names.index(name))
        assert isinstance(page, QScrollArea)
        old = page.takeWidget()
        page.setWidget(content)
        if old is not None:
            old.deleteLater()

    def _figures(self, name: str, built: BuiltReport) -> QWidget:
        """The figures in small steps (each figure's box, each table, its charts, its notes),
        one per turn of the event loop, the first at once: adding a report never holds
        the GUI thread for a whole page of tables and charts."""
        page = QWidget()
        column = QVBoxLayout(page)
        column.addStretch()
        steps = [step for figure in built.figures for step in figure_steps(figure, column)]
        self.filling.add(name)

        # a timer of the page's own, not QTimer.singleShot with this closure: PySide kept
        # such a closure, and through it the window and every report's rows, when the
        # window was deleted before the step ran
        turn = QTimer(page)
        turn.setSingleShot(True)
        turn.setInterval(0)

        def add_next() -> None:
            if self.built.get(name) is not built:
                return  # replaced meanwhile (F5, another season)
            steps.pop(0)()
            if steps:
                turn.start()  # dropped with the page if replaced
            else:
                self.filling.discard(name)

        turn.timeout.connect(add_next)
        if steps:
            add_next()
        else:
            self.filling.discard(name)
        return page

    def complete(self, name: str) -> bool:
        """The tab's report has arrived and every figure of it is on its page."""
        return name in self.built and name not in self.filling

    def _tab_shown(self, index: int) -> None:
        """A tab shown for the first time for this season is built now."""
        if not self.shown_season or not 0 <= index < len(self.names):
            return
        name = self.names[index]
        if name not in self.built and not self.ops.is_running(f"report.{self._asked}.{name}"):
            self._build(self._asked, name, self.shown_season)

    def current(self) -> BuiltReport | None:
        i = self.tabs.currentIndex()
        return self.built.get(self.names[i]) if 0 <= i < len(self.names) else None

    def export(self, fmt: str, path: str | None = None) -> bool:
        """Write the shown report in the background; `path` skips the file dialog (tests,
        scripts). False when nothing was started (no report yet, no file, one running)."""
        built = self.current()
        if built is None:
            return False
        if path is None:
            suggested = f"report-{built.report.name}-{built.season.label}.{fmt}"
            filters = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
            path = save_file_name(self, self.tr("Export report"), suggested, filters)
            if not path:
                return False
        desk, target = self.desk, path

        def write() -> str:
            """The disk's complaint, or "" when the file is in place."""
            data = render(desk, built, fmt)
            try:
                write_atomically(target, data)
            except OSError as exc:
                return str(exc)
            return ""

        started = self.ops.run(Op(write, done=lambda problem: self._exported(target, problem),
                                  errors=self.errors, failed=lambda _exc: self._end_progress(),
                                  long=True, key="report.export",
                                  disable=self.export_buttons,
                                  label=self.tr("Writing the report…")))
        if started:
            progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.setValue(0)
            self._progress = progress
        return started

    def _exported(self, path: str, problem: str) -> None:
        self._end_progress()
        if problem:
            self._box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export report"), problem,
                                    QMessageBox.StandardButton.Ok, self)
            self._box.open()
            return
        self.statusBar().showMessage(self.tr("Written to %1").replace("%1", path), 8000)

    def _end_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def enter_surveys(self) -> None:
        dialog = SurveyDialog(self.desk, self)
        dialog.season.setText(self.season.currentText())
        dialog.exec()
        if dialog.saved:
            self.refresh()
