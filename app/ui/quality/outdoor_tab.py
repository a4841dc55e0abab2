"""Outdoor daily mean temperatures: typed for one day, or imported from a CSV file.

Rule 5.1.1: a day below −7 °C makes its samples exempt. An import with a wrong line writes
nothing and lists every wrong line with its number.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.file_dialogs import open_file_name
from app.ui.ops import Op, OpRunner
from app.ui.quality.messages import line_message, quality_field_errors, quality_message
from app.ui.quality.tables import fill, make_table
from app.workflows.desk import Desk
from app.workflows.quality.outdoor import (
    CsvLineErrors,
    OutdoorDay,
    import_outdoor_csv,
    outdoor_between,
    record_outdoor,
)
from app.workflows.quality.season import SeasonView


class OutdoorTab(QWidget):
    day_saved = Signal()  # a typed day or an import changed the season's outdoor means

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.season: SeasonView | None = None
        self._asked = 0  # only the newest of overlapping reads is shown
        self.day = QLineEdit(desk.local(desk.clock()).date().isoformat())
        self.mean = QLineEdit()
        self.mean.setPlaceholderText("°C")
        self.general = FieldError()
        self.errors = quality_field_errors(general=self.general)
        self.save_button = QPushButton(self.tr("&Save day"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("&Import CSV…"))  # mnemonic Alt+I
        self.import_button.setToolTip(self.tr("Import outdoor temperatures from a CSV file "
                                              "(Ctrl+I)"))
        self.import_button.clicked.connect(self.choose_file)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_file)
        self.day.returnPressed.connect(self.mean.setFocus)
        self.mean.returnPressed.connect(self.save)
        self.import_result = FieldError()  # what the last import did, or why it did not
        self.import_result.setObjectName("importResult")
        self.import_errors = quality_field_errors(general=self.import_result)
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
        self._asked += 1
        asked, desk, first, last = self._asked, self.desk, self.season.first, self.season.last
        self.ops.run(Op(lambda: outdoor_between(desk.uow(), first, last),
                        done=lambda days: self._show(asked, days), errors=self.errors,
                        key=f"quality.outdoor.{asked}"))

    def _show(self, asked: int, days: list[OutdoorDay]) -> None:
        if asked != self._asked:
            return
        yes, no = self.tr("yes"), ""
        fill(self.table, [[d.day.isoformat(), d.mean, yes if d.exempt else no,
                           self.tr("CSV") if d.source == "csv" else self.tr("typed")]
                          for d in days])

    def save(self) -> None:
        desk, day, mean = self.desk, self.day.text(), self.mean.text()
        self.ops.run(Op(lambda: record_outdoor(desk.uow(), day, mean), done=self._saved,
                        errors=self.errors, disable=(self.save_button,),
                        label=self.tr("Saving…")))

    def _saved(self, _result: object) -> None:
        self.errors.clear()
        self.mean.clear()
        self.day.setFocus()
        self.refresh()
        self.day_saved.emit()

    def choose_file(self) -> None:
        name = open_file_name(self, self.tr("Import outdoor temperatures"),
                              self.tr("CSV files (*.csv *.txt)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> bool:
        """Import in the background; False when the file cannot be read or one still runs.

        An import with a wrong line writes nothing and lists every wrong line."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            self.import_result.show_text(self.tr("The file cannot be read as UTF-8 text."))
            return False
        desk = self.desk
        self.import_result.clear()
        return self.ops.run(Op(lambda: import_outdoor_csv(desk.uow(), text),
                               done=self._imported, errors=self.import_errors,
                               failed=self._import_failed, long=True,
                               disable=(self.import_button,), key="quality.outdoor.import",
                               label=self.tr("Importing outdoor temperatures…")))

    def _imported(self, count: int) -> None:
        self.import_result.show_text(self.tr("%1 days imported.").replace("%1", str(count)))
        self.refresh()
        self.day_saved.emit()

    def _import_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CsvLineErrors):
            lines = [line_message(n, code) for n, code in sorted(exc.lines.items())]
            self.import_result.show_text("\n".join([quality_message("csv.invalid"), *lines]))

