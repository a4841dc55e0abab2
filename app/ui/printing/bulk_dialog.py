"""Bulk posting notices (rule 5.2.1): every household of an estate, building or stairwell
for planned maintenance, an interruption or sampling visits, as one PDF.

The agent picks the address level, the reason and the time; the count of households shows
at once. Save writes the PDF in the background with a progress bar and Cancel, then records
every household as notified; Preview opens the pages first. Every database call and the
PDF go through the operation runner, so a big estate never freezes the desk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
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
from app.ui.file_dialogs import save_file_name
from app.ui.ops import Op, OpRunner
from app.ui.printing import labels
from app.ui.printing.notice_preview import open_notice_preview
from app.ui.printing.pdf_job import PdfProgress, PdfWritten, prepare_fonts, write_pdf
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.notices import (
    PER_HOUSEHOLD,
    PER_STAIRWELL,
    POSTING_REASONS,
    MaintenanceException,
    NoticeRecord,
    PostingNoticeForm,
    PreparedNotice,
    ScopeChoices,
    maintenance_exception,
    posting_notice,
    record_notice,
    scope_choices,
)

LEVELS = ("", "estate", "building", "entrance")  # what changed: "" is everything
SAVE = "bulk.save"


class BulkNoticeDialog(QDialog):
    job_done = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = desk.zone
        self.ops = OpRunner(self, desk)
        self.pdf: PdfProgress | None = None
        self.preview_dialog: PreviewDialog | None = None
        self._asked = 0  # only the newest answer about the address is shown
        self._level = len(LEVELS)  # the broadest change not yet answered
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
        # rule 5.2.1: planned maintenance inside the season or at short notice says why
        self.exception_reason = QLineEdit()
        self.exception_reason.setObjectName("exceptionReason")
        self.exception_reason.setPlaceholderText(self.tr(
            "Why it cannot wait (printed on the notice and kept on its record)"))
        self.exception_why = QLabel()
        self.exception_why.setObjectName("exceptionWhy")
        self.exception_why.setWordWrap(True)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general, translate=labels.message)
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
        self.exception_caption = QLabel(self.tr("Reason for the e&xception"))
        self.exception_caption.setBuddy(self.exception_reason)
        self.exception_cell = self.errors.add("exception_reason", self.exception_reason)
        form.addRow("", self.exception_why)
        form.addRow(self.exception_caption, self.exception_cell)
        self._show_exception(MaintenanceException())
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
        self.reason.currentIndexChanged.connect(lambda _i: self._check_exception())
        self.starts.dateTimeChanged.connect(lambda _t: self._check_exception())
        self.ends.dateTimeChanged.connect(lambda _t: self._check_exception())
        self._refresh("")
        self._check_exception()

    def _check_exception(self) -> None:
        """Rule 5.2.1: ask for a reason only when the maintenance falls in the heating
        season or comes at shorter notice than the setting."""
        desk, form = self.desk, self.form()
        self.ops.run(Op(lambda: maintenance_exception(desk.uow(), form.reason, form.starts_at,
                                                      form.ends_at),
                        done=self._show_exception, key="bulk.exception", latest=True,
                        quiet=True))

    def _show_exception(self, exception: MaintenanceException) -> None:
        why = []
        if exception.in_season:
            why.append(self.tr("The work falls inside the heating season."))
        if exception.short_notice:
            why.append(self.tr("Less than %1 h notice.").replace(
                "%1", str(exception.advance_hours)))
        parts = [*why, self.tr("Planned maintenance belongs outside the heating season "
                               "with notice in advance (rule 5.2.1): state the reason.")]
        # sentences end in "." (a space follows) or in the full-width "。" (none follows)
        self.exception_why.setText("".join(
            p if p.endswith("。") else p + " " for p in parts).strip() if why else "")
        for widget in (self.exception_why, self.exception_caption, self.exception_cell):
            widget.setVisible(exception.needs_reason)

    def _time_edit(self, local: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(QDateTime(QDate(local.year, local.month, local.day),
                                       QTime(local.hour, local.minute)))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        return edit

    def _texts(self) -> tuple[str, str, str]:
        return (self.estate.currentText().strip(), self.building.currentText().strip(),
                self.entrance.currentText().strip())

    def _refresh(self, changed: str) -> None:
        """Offer the buildings of the estate and the stairwells of the building."""
        if self._filling:
            return
        self._level = min(self._level, LEVELS.index(changed))
        self._asked += 1
        asked, desk, texts = self._asked, self.desk, self._texts()
        self.ops.run(Op(lambda: scope_choices(desk.uow(), *texts),
                        done=lambda choices: self._scoped(asked, texts, choices),
                        errors=self.errors, key=f"bulk.scope.{asked}"))

    def _scoped(self, asked: int, texts: tuple[str, str, str], choices: ScopeChoices) -> None:
        if asked != self._asked:
            return  # the agent typed on; the newest answer fills the lists
        level, self._level = self._level, len(LEVELS)
        self._filling = True
        try:
            if level <= 0:
                self._fill(self.estate, choices.estates)
            if level <= 1:
                self._fill(self.building, ("", *choices.buildings))
            if level <= 2:
                self._fill(self.entrance, ("", *choices.entrances))
        finally:
            self._filling = False
        now = self._texts()
        if now != texts:  # a list no longer holds what was typed: ask about what it shows
            self._refresh(LEVELS[1 + next(i for i in range(3) if now[i] != texts[i])])
            return
        self.households.setText(self.tr("%1 household(s)").replace("%1",
                                                                    str(choices.households)))

    @staticmethod
    def _fill(combo: QComboBox, values: tuple[str, ...]) -> None:
        text = combo.currentText()
        combo.clear()
        combo.addItems(list(values))
        combo.setCurrentText(text if text in values else (values[0] if values else ""))

    def form(self) -> PostingNoticeForm:
        def aware(edit: QDateTimeEdit) -> datetime:
            moment = edit.dateTime()
            day, time = moment.date(), moment.time()
            return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                            tzinfo=self.zone)
        return PostingNoticeForm(
            estate=self.estate.currentText(), building=self.building.currentText(),
            entrance=self.entrance.currentText(), reason=self.reason.currentData(),
            starts_at=aware(self.starts), ends_at=aware(self.ends), note=self.note.text(),
            per=PER_HOUSEHOLD if self.per_household.isChecked() else PER_STAIRWELL,
            exception_reason=self.exception_reason.text())

    def prepare(self, then: Callable[[PreparedNotice], object] | None = None) -> bool:
        """Check the form and lay out the notices; `then` gets them, a wrong field is said
        beside it. False while the same is still being prepared."""
        self.errors.clear()
        self._check_exception()  # the clock moves on: the reason may be needed by now
        desk, form = self.desk, self.form()
        return self.ops.run(Op(lambda: posting_notice(desk.uow(), form), done=then,
                               errors=self.errors, key="bulk.prepare",
                               disable=(self.preview_button, self.save_button),
                               label=self.tr("Preparing the notices…")))

    def preview(self) -> None:
        self.prepare(self._open_preview)

    def _open_preview(self, prepared: PreparedNotice) -> None:
        self.preview_dialog = open_notice_preview(self, self.desk, prepared)

    def choose_file(self) -> None:
        self.prepare(self._ask_file)

    def _ask_file(self, prepared: PreparedNotice) -> None:
        path = save_file_name(self, self.tr("Save PDF"), f"{prepared.job.title}.pdf",
                              self.tr("PDF files (*.pdf)"))
        if path:
            self.save_to(Path(path), prepared)

    def save_to(self, path: Path, prepared: PreparedNotice | None = None) -> None:
        """Write the PDF in the background, then record every household; `job_done` says
        how it ended. Without `prepared` the form is checked first."""
        if self.ops.is_running(SAVE):
            return
        if prepared is None:
            self.prepare(lambda ready: self.save_to(path, ready))
            return
        desk, progress = self.desk, PdfProgress(self)
        progress.advanced.connect(self.progress.setValue)
        prepare_fonts()
        self.pdf = progress
        self._busy(True, prepared.page_count)
        self.ops.run(Op(lambda: write_pdf(prepared.job, path, progress,
                                          lambda: record_notice(desk.uow(), prepared)),
                        done=lambda written: self._written(written, prepared),
                        errors=self.errors, failed=self._failed, long=True, key=SAVE,
                        label=self.tr("Writing the notices…")))

    def _written(self, written: PdfWritten, prepared: PreparedNotice) -> None:
        if written.cancelled:
            self._stopped(self.tr("Cancelled; no file written."))
        elif not written.ok:
            self._stopped(self.tr("Not saved: %1").replace(
                "%1", written.render_error or written.disk_error))
        else:
            record: NoticeRecord = written.delivered
            self._stopped(self.tr("Saved %1 page(s) to %2; %3 household(s) recorded as "
                                  "notified.").replace("%1", str(prepared.page_count))
                          .replace("%2", str(written.path))
                          .replace("%3", str(record.households)))

    def _failed(self, _exc: BaseException) -> None:
        """The runner has said why beneath the form; neither file nor record remains."""
        self._stopped(self.tr("Not saved: %1").replace("%1", self.general.text()))

    def cancel(self) -> None:
        if self.pdf is not None and self.ops.is_running(SAVE):
            self.pdf.cancel()

    def reject(self) -> None:
        """Esc cancels a running job first; a second Esc closes the dialog."""
        if self.pdf is not None and self.ops.is_running(SAVE) and not self.pdf.cancelled():
            self.pdf.cancel()
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
