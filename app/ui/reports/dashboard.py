"""The service-quality dashboard: every registered report for one season, as tables and
charts, with export to PDF (Ctrl+P) and Excel (Ctrl+E); F5 rebuilds, Ctrl+N enters surveys.

Reports come from the registry (app/workflows/reports/registry.py), so part A's
temperature and hot-water reports appear here without this window knowing them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.reports.chart_widget import ChartWidget
from app.ui.reports.survey_form import SurveyDialog
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.reports.export import BuiltReport, build_report, render, write_atomically
from app.workflows.reports.registry import Figure, Table, reports
from app.workflows.reports.season import season_of


def _text(value: object) -> str:
    if value is None:
        return "—"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table_widget(table: Table) -> QTableWidget:
    widget = QTableWidget(len(table.rows), len(table.columns))
    widget.setHorizontalHeaderLabels(table.columns)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(table.rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(_text(value))
            if isinstance(value, int | float):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    widget.resizeColumnsToContents()
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # like the PDF
    height = widget.horizontalHeader().height() + 4 + sum(
        widget.rowHeight(r) for r in range(widget.rowCount()))
    widget.setFixedHeight(max(height, 60))
    return widget


def figure_box(figure: Figure) -> QGroupBox:
    box = QGroupBox(f"{figure.title}  {figure.subtitle}".strip())
    layout = QVBoxLayout(box)
    for table in figure.tables:
        if table.title:
            layout.addWidget(QLabel(f"<b>{table.title}</b>"))
        layout.addWidget(table_widget(table))
    charts = QHBoxLayout()
    for chart in figure.charts:
        charts.addWidget(ChartWidget(chart))
    layout.addLayout(charts)
    for note in figure.notes:
        label = QLabel(note)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555;")
        layout.addWidget(label)
    return box


class DashboardWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.built: dict[str, BuiltReport] = {}
        self.setWindowTitle(self.tr("Service-quality reports"))
        current = season_of(desk.local(desk.clock()).date())
        first = current.start.year
        self.season = QComboBox()
        self.season.setEditable(True)
        self.season.addItems([f"{y}-{y + 1}" for y in range(first, first - 5, -1)])
        self.season.activated.connect(lambda _i: self.refresh())
        self.season.lineEdit().returnPressed.connect(self.refresh)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.tabs = QTabWidget()
        pdf = QPushButton(self.tr("Export &PDF (Ctrl+P)"))
        xlsx = QPushButton(self.tr("Export &Excel (Ctrl+E)"))
        survey = QPushButton(self.tr("Enter &surveys (Ctrl+N)"))
        pdf.clicked.connect(lambda: self.export("pdf"))
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        survey.clicked.connect(self.enter_surveys)
        bar = QHBoxLayout()
        season_label = QLabel(self.tr("Heating &season"))
        season_label.setBuddy(self.season)
        for w in (season_label, self.season, self.error):
            bar.addWidget(w)
        bar.addStretch()
        for w in (survey, pdf, xlsx):
            bar.addWidget(w)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        self.setCentralWidget(body)
        for keys, slot in (("F5", self.refresh), ("Ctrl+P", lambda: self.export("pdf")),
                           ("Ctrl+E", lambda: self.export("xlsx")),
                           ("Ctrl+N", self.enter_surveys), ("Esc", self.close)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self.resize(1180, 820)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild every report for the chosen season; a bad season is said beside it."""
        label = self.season.currentText().strip()
        index = self.tabs.currentIndex()
        self.error.clear()
        built: dict[str, BuiltReport] = {}
        try:
            for report in reports():
                built[report.name] = build_report(self.desk, report.name, label)
        except ValidationError:
            self.error.setText(self.tr("Write the season as two years, e.g. 2025-2026."))
            return
        self.built = built
        self.tabs.clear()
        for name, result in built.items():
            page = QWidget()
            column = QVBoxLayout(page)
            for figure in result.figures:
                column.addWidget(figure_box(figure))
            column.addStretch()
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            scroll.setObjectName(f"report-{name}")
            self.tabs.addTab(scroll, result.report.title)
        self.tabs.setCurrentIndex(max(index, 0))

    def current(self) -> BuiltReport | None:
        names = list(self.built)
        i = self.tabs.currentIndex()
        return self.built[names[i]] if 0 <= i < len(names) else None

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Write the shown report; `path` skips the file dialog (tests, scripts)."""
        built = self.current()
        if built is None:
            return None
        if path is None:
            suggested = f"report-{built.report.name}-{built.season.label}.{fmt}"
            filters = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"),
                                                  suggested, filters)
            if not path:
                return None
        progress = QProgressDialog(self.tr("Writing the report…"), "", 0, 2, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        try:
            data = render(self.desk, built, fmt)
            progress.setValue(1)
            write_atomically(path, data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export report"), str(exc))
            return None
        finally:
            progress.setValue(2)
        self.statusBar().showMessage(self.tr("Written to %1").replace("%1", path), 8000)
        return Path(path)

    def enter_surveys(self) -> None:
        dialog = SurveyDialog(self.desk, self)
        dialog.season.setText(self.season.currentText())
        dialog.exec()
        if dialog.saved:
            self.refresh()
