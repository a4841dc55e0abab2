"""Bulk posting notices (rule 5.2.1): every household of an estate, building or stairwell
for planned maintenance, an interruption or sampling visits, as one PDF.

The agent picks the address level, the reason and the time; the count of households shows
at once. Save writes the PDF in the background with a progress bar and Cancel, then records
every household as notified; Preview opens the pages first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.printing import labels
from app.ui.printing.notice_preview import open_notice_preview
from app.ui.printing.pdf_export import PdfExport
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.notices import (
    PER_HOUSEHOLD,
    PER_STAIRWELL,
    POSTING_REASONS,
    PostingNoticeForm,
    PreparedNotice,
    posting_notice,
    record_notice,
    scope_choices,
    write_pdf_then,
)


class BulkNoticeDialog(QDialog):
    job_done = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = desk.zone
        self.export: PdfExport | None = None
        self.setWindowTitle(self.tr("Posting notices for a building or stairwell"))
        self.estate, self.building, self.entrance = QComboBox(), QComboBox(), QComboBox()
        for combo in (self.estate, self.building, self.entrance):
            combo.setEditable(True)
            combo.setMinimumWidth(260)
        self.households = QLabel()
        self.households.setObjectName("householdCount")
        self.reason = QComboBox()
        for reason in POSTING_REASONS:
            self.reason.addItem(labels.reason_label(reason.value), reason.value)
        tomorrow = datetime.combine(desk.clock().astimezone(self.zone).date()
                                    + timedelta(days=1), datetime.min.time())
        self.starts = self._time_edit(tomorrow.replace(hour=8))
        self.ends = self._time_edit(tomorrow.replace(hour=18))
        self.per_stairwell = QRadioButton(self.tr("One notice per &stairwell (to post)"))
        self.per_household = QRadioButton(self.tr("One notice per &household (to deliver)"))
        self.per_stairwell.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.per_stairwell)
        group.addButton(self.per_household)
        per = QHBoxLayout()
        per.addWidget(self.per_stairwell)
        per.addWidget(self.per_household)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Printed under the text, e.g. what to prepare"))
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout()
        form.addRow(self.tr("&Estate"), self.errors.add("estate", self.estate))
        form.addRow(self.tr("&Building"), self.errors.add("building", self.building))
        form.addRow(self.tr("S&tairwell (unit)"), self.errors.add("entrance", self.entrance))
        form.addRow("", self.households)
        form.addRow(self.tr("&Reason"), self.errors.add("reason", self.reason))
        form.addRow(self.tr("&From"), self.errors.add("starts_at", self.starts))
        form.addRow(self.tr("&To"), self.errors.add("ends_at", self.ends))
        form.addRow(self.tr("Copies"), per)
        form.addRow(self.tr("&Note"), self.errors.add("note", self.note))
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.status = QLabel()
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview… (Ctrl+Enter)"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save PDF… (Ctrl+S)"))
        self.save_button.clicked.connect(self.choose_file)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        for button in (self.preview_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.preview)
        QShortcut(QKeySequence("Ctrl+S"), self, self.choose_file)
        self._filling = False
        self.estate.currentTextChanged.connect(lambda _t: self._refresh("estate"))
        self.building.currentTextChanged.connect(lambda _t: self._refresh("building"))
        self.entrance.currentTextChanged.connect(lambda _t: self._refresh("entrance"))
        self._refresh("")

    def _time_edit(self, local: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(QDateTime(local))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _scope(self):  # noqa: ANN202 (ScopeChoices)
        return scope_choices(self.desk.uow(), self.estate.currentText().strip(),
                             self.building.currentText().strip(),
                             self.entrance.currentText().strip())

    def _refresh(self, changed: str) -> None:
        """Offer the buildings of the estate and the stairwells of the building."""
        if self._filling:
            return
        self._filling = True
        try:
            if changed == "":
                self._fill(self.estate, self._scope().estates)
            if changed in ("", "estate"):
                self._fill(self.building, ("", *self._scope().buildings))
            if changed in ("", "estate", "building"):
                self._fill(self.entrance, ("", *self._scope().entrances))
            count = self._scope().households
        finally:
            self._filling = False
        self.households.setText(self.tr("%1 household(s)").replace("%1", str(count)))

    @staticmethod
    def _fill(combo: QComboBox, values: tuple[str, ...]) -> None:
        text = combo.currentText()
        combo.clear()
        combo.addItems(list(values))
        combo.setCurrentText(text if text in values else (values[0] if values else ""))

    def form(self) -> PostingNoticeForm:
        def aware(edit: QDateTimeEdit) -> datetime:
            return edit.dateTime().toPython().replace(tzinfo=self.zone)  # type: ignore[union-attr]
        return PostingNoticeForm(
            estate=self.estate.currentText(), building=self.building.currentText(),
            entrance=self.entrance.currentText(), reason=self.reason.currentData(),
            starts_at=aware(self.starts), ends_at=aware(self.ends), note=self.note.text(),
            per=PER_HOUSEHOLD if self.per_household.isChecked() else PER_STAIRWELL)

    def prepare(self) -> PreparedNotice | None:
        self.errors.clear()
        try:
            return posting_notice(self.desk.uow(), self.form())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            for field, code in exc.errors.items():
                self._field_text(field, labels.message(code))
            return None

    def _field_text(self, field: str, text: str) -> None:
        try:
            self.errors.error(field).show_text(text)
        except KeyError:
            self.general.show_text(text)

    def preview(self) -> None:
        prepared = self.prepare()
        if prepared is not None:
            open_notice_preview(self, self.desk, prepared)

    def choose_file(self) -> None:
        prepared = self.prepare()
        if prepared is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"),
                                              f"{prepared.job.title}.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path), prepared)

    def save_to(self, path: Path, prepared: PreparedNotice | None = None) -> PdfExport | None:
        prepared = prepared or self.prepare()
        if prepared is None:
            return None
        self._busy(True, prepared.page_count)
        export = PdfExport(prepared.job, self)
        export.progress.connect(lambda done, _total: self.progress.setValue(done))
        export.finished.connect(lambda data: self._write(path, data, prepared))
        export.cancelled.connect(lambda: self._stopped(self.tr("Cancelled; no file written.")))
        export.failed.connect(lambda text: self._stopped(text))
        self.export = export
        export.start()
        return export

    def _write(self, path: Path, data: bytes, prepared: PreparedNotice) -> None:
        try:
            record = write_pdf_then(path, data, lambda: record_notice(self.desk.uow(), prepared))
        except Exception as exc:  # disk or database: neither file nor record remains
            self._stopped(self.tr("Not saved: %1").replace("%1", str(exc)))
            return
        self._stopped(self.tr("Saved %1 page(s) to %2; %3 household(s) recorded as notified.")
                      .replace("%1", str(prepared.page_count)).replace("%2", str(path))
                      .replace("%3", str(record.households)))

    def cancel(self) -> None:
        if self.export is not None and self.export.running:
            self.export.cancel()

    def reject(self) -> None:
        """Esc cancels a running job first; a second Esc closes the dialog."""
        if self.export is not None and self.export.running:
            self.export.cancel()
            return
        super().reject()

    def _busy(self, busy: bool, pages: int = 0) -> None:
        self.progress.setRange(0, max(pages, 1))
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.save_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy)

    def _stopped(self, text: str) -> None:
        self._busy(False)
        self.status.setText(text)
        self.job_done.emit(text)
