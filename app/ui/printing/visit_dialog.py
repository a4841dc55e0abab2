"""The visit notice (上门通知, rule 3.8.2(1)) for the customer on the desk.

Filled from the current work order when there is one; the time is optional, because
field staff often agree it by phone and write it on the notice by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.printing import labels
from app.ui.printing.notice_preview import open_notice_preview
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.notices import VISIT_REASONS, VisitNoticeForm, visit_notice


class VisitNoticeDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 customer_id: int | None = None, ticket_id: int | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.zone = desk.zone
        self.preview_dialog: PreviewDialog | None = None
        self.setWindowTitle(self.tr("Visit notice"))
        self.ticket = QLineEdit(f"GD{ticket_id:08d}" if ticket_id else "")
        self.ticket.setPlaceholderText(self.tr("GD00000012, or empty for the customer only"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("From the work order"), "")
        for reason in VISIT_REASONS:
            self.reason.addItem(labels.reason_label(reason.value), reason.value)
        self.agreed = QCheckBox(self.tr("&Agreed time (otherwise blanks to fill in by hand)"))
        tomorrow = desk.clock().astimezone(self.zone).date() + timedelta(days=1)
        self.day = QDateEdit(tomorrow)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start, self.end = QTimeEdit(QTime(9, 0)), QTimeEdit(QTime(12, 0))
        window = QHBoxLayout()
        for widget in (self.day, self.start, self.end):
            widget.setEnabled(False)
            window.addWidget(widget)
        self.agreed.toggled.connect(lambda on: [w.setEnabled(on) for w in
                                                (self.day, self.start, self.end)])
        self.staff, self.staff_phone, self.note = QLineEdit(), QLineEdit(), QLineEdit()
        self.staff.setPlaceholderText(self.tr("Empty: the assignee of the work order"))
        self.staff_phone.setPlaceholderText(self.tr("Empty: the unit's phone"))
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout()
        form.addRow(self.tr("&Work order"), self.errors.add("ticket", self.ticket))
        form.addRow(self.tr("&Reason"), self.errors.add("reason", self.reason))
        form.addRow("", self.agreed)
        window_box = QWidget()
        window_box.setLayout(window)
        form.addRow(self.tr("Day and time"), self.errors.add("ends_at", window_box))
        form.addRow(self.tr("&Staff"), self.staff)
        form.addRow(self.tr("Staff &phone"), self.staff_phone)
        form.addRow(self.tr("&Note"), self.errors.add("note", self.note))
        preview = QPushButton(self.tr("Preview… (Ctrl+Enter)"))
        preview.setDefault(True)
        preview.clicked.connect(self.preview)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(preview)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addLayout(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.preview)

    def _ticket_id(self) -> int | None:
        text = self.ticket.text().strip().upper().removeprefix("GD")
        if not text:
            return None
        if not text.isdigit():
            raise ValidationError({"ticket": "ticket.unknown"})
        return int(text)

    def _moment(self, time: QTime) -> datetime:
        value = QDateTime(self.day.date(), time).toPython()
        return value.replace(tzinfo=self.zone)  # type: ignore[union-attr]

    def form(self) -> VisitNoticeForm:
        agreed = self.agreed.isChecked()
        return VisitNoticeForm(
            ticket_id=self._ticket_id(), customer_id=self.customer_id,
            reason=self.reason.currentData(),
            starts_at=self._moment(self.start.time()) if agreed else None,
            ends_at=self._moment(self.end.time()) if agreed else None,
            staff=self.staff.text(), staff_phone=self.staff_phone.text(), note=self.note.text())

    def preview(self) -> PreviewDialog | None:
        self.errors.clear()
        try:
            prepared = visit_notice(self.desk.uow(), self.form())
        except ValidationError as exc:
            self.errors.show(exc.errors)
            for field, code in exc.errors.items():
                try:
                    self.errors.error(field).show_text(labels.message(code))
                except KeyError:
                    self.general.show_text(labels.message(code))
            return None
        self.preview_dialog = open_notice_preview(self, self.desk, prepared)
        return self.preview_dialog
