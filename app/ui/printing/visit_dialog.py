"""The visit notice (上门通知, rule 3.8.2(1)) for the customer on the desk.

Filled from the current work order when there is one; the time is optional, because
field staff often agree it by phone and write it on the notice by hand.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
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
from app.ui.ops import Op, OpRunner
from app.ui.printing import labels
from app.ui.printing.notice_preview import open_notice_preview
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.notices import VISIT_REASONS, PreparedNotice, VisitNoticeForm, visit_notice
from app.workflows.tickets.numbers import format_ticket_number, ticket_id_of


class VisitNoticeDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 customer_id: int | None = None, ticket_id: int | None = None) -> None:
        super().__init__(parent)
        self.desk, self.customer_id = desk, customer_id
        self.zone = desk.zone
        self.ops = OpRunner(self, desk)
        self.preview_dialog: PreviewDialog | None = None
        self.setWindowTitle(self.tr("Visit notice"))
        self.ticket = QLineEdit(format_ticket_number(ticket_id) if ticket_id else "")
        self.ticket.setPlaceholderText(self.tr("GD00000012, or empty for the customer only"))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("From the work order"), "")
        for reason in VISIT_REASONS:
            self.reason.addItem(labels.reason_label(reason.value), reason.value)
        self.agreed = QCheckBox(self.tr("&Agreed time (otherwise blanks to fill in by hand)"))
        tomorrow = desk.clock().astimezone(self.zone).date() + timedelta(days=1)
        self.day = QDateEdit(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
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
        self.errors = FieldErrors(general=self.general, translate=labels.message)
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

    def _moment(self, time: QTime) -> datetime:
        day = self.day.date()
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(),
                        tzinfo=self.zone)

    def form(self, ticket_id: int | None) -> VisitNoticeForm:
        agreed = self.agreed.isChecked()
        return VisitNoticeForm(
            ticket_id=ticket_id, customer_id=self.customer_id,
            reason=self.reason.currentData(),
            starts_at=self._moment(self.start.time()) if agreed else None,
            ends_at=self._moment(self.end.time()) if agreed else None,
            staff=self.staff.text(), staff_phone=self.staff_phone.text(), note=self.note.text())

    def preview(self) -> None:
        """Check and fill the notice; its preview opens when it is ready (`preview_dialog`)."""
        self.errors.clear()
        typed = self.ticket.text().strip()
        ticket_id = ticket_id_of(typed) if typed else None
        if typed and ticket_id is None:
            self.errors.show({"ticket": "ticket.unknown"})
            return
        form = self.form(ticket_id)
        desk = self.desk
        self.ops.run(Op(lambda: visit_notice(desk.uow(), form), done=self._prepared,
                        errors=self.errors, key="visit.preview",
                        label=self.tr("Preparing the notice…")))

    def _prepared(self, prepared: PreparedNotice) -> None:
        self.preview_dialog = open_notice_preview(self, self.desk, prepared)
