"""Outdoor daily mean temperatures: typed for one day, or imported from a CSV file.

Rule 5.1.1: a day below −7 °C makes its samples exempt. An import with a wrong line writes
nothing and lists every wrong line with its number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.quality.messages import line_message, quality_field_errors, quality_message
from app.ui.quality.tables import fill, make_table
from app.workflows.desk import DatabaseUnavailable, Desk
from app.workflows.errors import ValidationError
from app.workflows.quality.outdoor import (
    CsvLineErrors,
    import_outdoor_csv,
    outdoor_between,
    record_outdoor,
)
from app.workflows.quality.season import SeasonView


class OutdoorTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.season: SeasonView | None = None
        self.day = QLineEdit(desk.local(desk.clock()).date().isoformat())
        self.mean = QLineEdit()
        self.mean.setPlaceholderText("°C")
        self.general = FieldError()
        self.errors = quality_field_errors(general=self.general)
        self.save_button = QPushButton(self.tr("&Save day"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("&Import CSV… (Ctrl+I)"))
        self.import_button.clicked.connect(self.choose_file)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_file)
        self.day.returnPressed.connect(self.mean.setFocus)
        self.mean.returnPressed.connect(self.save)
        self.import_result = QLabel()
        self.import_result.setWordWrap(True)
        self.import_result.setObjectName("importResult")
        self.table = make_table([self.tr("Date"), self.tr("Daily mean °C"), self.tr("Exempt"),
                                 self.tr("Source")])
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.errors.add("day", self.day))
        form.addRow(self.tr("Daily &mean °C"), self.errors.add("mean", self.mean))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("CSV lines: date,mean, e.g. 2025-12-05,-8.5. A day colder than "
                              "the exemption threshold makes its samples exempt (rule 5.1.1)."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addWidget(self.import_result)
        layout.addWidget(self.table, 1)

    def set_season(self, season: SeasonView) -> None:
        self.season = season
        self.refresh()

    def refresh(self) -> None:
        if self.season is None:
            return
        try:
            days = outdoor_between(self.desk.uow(), self.season.first, self.season.last)
        except DatabaseUnavailable:
            self.general.show_text(quality_message("offline"))
            return
        yes, no = self.tr("yes"), ""
        fill(self.table, [[d.day.isoformat(), d.mean, yes if d.exempt else no,
                           self.tr("CSV") if d.source == "csv" else self.tr("typed")]
                          for d in days])

    def save(self) -> None:
        try:
            record_outdoor(self.desk.uow(), self.day.text(), self.mean.text())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        except DatabaseUnavailable:
            self.general.show_text(quality_message("offline"))
            return
        self.errors.clear()
        self.mean.clear()
        self.day.setFocus()
        self.refresh()

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import outdoor temperatures"), "", self.tr("CSV files (*.csv *.txt)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> int | None:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            self.import_result.setText(self.tr("The file cannot be read as UTF-8 text."))
            return None
        try:
            count = import_outdoor_csv(self.desk.uow(), text)
        except CsvLineErrors as exc:
            lines = [line_message(n, code) for n, code in sorted(exc.lines.items())]
            self.import_result.setText("\n".join([quality_message("csv.invalid"), *lines]))
            return None
        except ValidationError as exc:
            self.import_result.setText(quality_message(next(iter(exc.errors.values()))))
            return None
        except DatabaseUnavailable:
            self.import_result.setText(quality_message("offline"))
            return None
        self.import_result.setText(self.tr("%1 days imported.").replace("%1", str(count)))
        self.refresh()
        return count
