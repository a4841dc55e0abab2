"""The incoming agent's signature (rule 3.4.2): read the log, acknowledge every carried-over
work order, and sign with your own password.

At the incoming agent's own desk the job number is theirs and fixed; at the outgoing
agent's desk ("incoming signs here") the arriving colleague types their job number too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.shifts import labels
from app.ui.shifts.messages import handover_explain, handover_field_errors
from app.ui.shifts.view_html import handover_html
from app.workflows.desk import Desk
from app.workflows.errors import ValidationError
from app.workflows.shifts.handover_views import HandoverView
from app.workflows.shifts.history import handover_detail
from app.workflows.shifts.signoff import Signature, awaiting_my_signature, sign_handover


class SignDialog(QDialog):
    signed = Signal(object)   # the signed HandoverView

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 handover_id: int | None = None, own_desk: bool = True) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        self.own_desk = own_desk
        self.zone = desk.zone
        self.views: list[HandoverView] = []
        self.setWindowTitle(self.tr("Take over the shift: sign the handover"))
        self.choice = QComboBox()
        self.log = QTextBrowser()
        self.carry = QTableWidget(0, 5)
        self.carry.setHorizontalHeaderLabels([self.tr("Acknowledged"), self.tr("Work order"),
                                              self.tr("Why"), self.tr("Due"),
                                              self.tr("Description")])
        self.carry.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.carry.verticalHeader().setVisible(False)
        self.carry.horizontalHeader().setStretchLastSection(True)
        self.ack_all = QPushButton(self.tr("&Acknowledge all"))
        self.ack_all.setToolTip(self.tr("Tick every carried-over work order (Alt+A)"))
        self.job_number = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sign_button = QPushButton(self.tr("&Sign and take over"))
        self.sign_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.sign_button.setToolTip(self.tr("Sign (Ctrl+Enter)"))
        self.sign_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setShortcut(QKeySequence("Esc"))
        self.general = FieldError()
        self.errors = handover_field_errors(general=self.general)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain())
        self.empty = QLabel(self.tr("No handover is waiting for your signature."))
        self.empty.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Job number"), self.errors.add("job_number", self.job_number))
        form.addRow(self.tr("&Password"), self.errors.add("password", self.password))
        carry_head = QHBoxLayout()
        self.carry_title = QLabel()
        self.carry_title.setStyleSheet("font-weight:600")
        carry_head.addWidget(self.carry_title)
        carry_head.addStretch(1)
        carry_head.addWidget(self.ack_all)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.sign_button)
        box = QVBoxLayout(self)
        box.addWidget(self.choice)
        box.addWidget(self.empty)
        box.addWidget(self.log, 3)
        box.addLayout(carry_head)
        box.addWidget(self.errors.add("carryover", self.carry), 2)
        box.addLayout(form)
        box.addWidget(self.general)
        box.addLayout(buttons)

        self.choice.currentIndexChanged.connect(self._show_current)
        self.ack_all.clicked.connect(self.acknowledge_all)
        self.sign_button.clicked.connect(self.sign)
        cancel.clicked.connect(self.reject)
        self.password.textEdited.connect(lambda _t: self.errors.error("password").clear())
        self.job_number.textEdited.connect(lambda _t: self.errors.error("job_number").clear())
        if own_desk:
            self.job_number.setText(desk.actor.job_number)
            self.job_number.setReadOnly(True)
        self.sign_button.setEnabled(False)  # until the log to sign has arrived
        self.load(handover_id)
        fit_to_screen(self, 980, 760)  # never larger than a 1366×768 screen

    def load(self, handover_id: int | None = None) -> None:
        desk = self.desk

        def fetch() -> list[HandoverView]:
            if handover_id is not None:
                return [handover_detail(desk.uow(), handover_id)]
            return awaiting_my_signature(desk.uow())

        self.ops.run(Op(fetch, done=self._loaded, errors=self.errors, key="load"))

    def _loaded(self, views: list[HandoverView]) -> None:
        self.views = views
        self.choice.clear()
        for v in self.views:
            self.choice.addItem(self.tr("From %1, handed over %2").replace(
                "%1", v.outgoing_name).replace("%2", labels.when(v.handed_over_at, self.zone)),
                v.id)
        self.choice.setVisible(len(self.views) > 1)
        self.empty.setVisible(not self.views)
        self.sign_button.setEnabled(bool(self.views))
        self._show_current()
        (self.password if self.own_desk else self.job_number).setFocus()

    @property
    def current(self) -> HandoverView | None:
        index = self.choice.currentIndex()
        return self.views[index] if 0 <= index < len(self.views) else None

    def _show_current(self) -> None:
        view = self.current
        self.carry.setRowCount(0)
        if view is None:
            self.log.clear()
            self.carry_title.setText("")
            return
        self.log.setHtml(handover_html(view, self.zone))
        reasons = labels.carry_reasons()
        for c in view.carryovers:
            row = self.carry.rowCount()
            self.carry.insertRow(row)
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, c.ticket_id)
            self.carry.setItem(row, 0, check)
            for col, text in enumerate([c.number, reasons.get(c.reason, c.reason), "",
                                        c.description], 1):
                self.carry.setItem(row, col, QTableWidgetItem(text))
            # the deadline by the year rule, sorting by the moment
            self.carry.setItem(row, 3, timefmt.time_item(c.due_at, timefmt.SHORT, "—", self.zone))
        self.carry.resizeColumnsToContents()
        self.carry_title.setText(self.tr("Carried-over work orders to acknowledge: %1")
                                 .replace("%1", str(len(view.carryovers))))
        self.ack_all.setEnabled(bool(view.carryovers))

    def _checks(self) -> list[QTableWidgetItem]:
        """The acknowledgement box of each carried-over order, row by row."""
        items = (self.carry.item(row, 0) for row in range(self.carry.rowCount()))
        return [item for item in items if item is not None]

    def acknowledge_all(self) -> None:
        for check in self._checks():
            check.setCheckState(Qt.CheckState.Checked)

    def acknowledged(self) -> set[int]:
        return {int(check.data(Qt.ItemDataRole.UserRole)) for check in self._checks()
                if check.checkState() == Qt.CheckState.Checked}

    def sign(self) -> None:
        view = self.current
        if view is None:
            return
        desk, handover_id = self.desk, view.id
        signature = Signature(self.job_number.text(), self.password.text())
        acknowledged = self.acknowledged()
        self.ops.run(Op(lambda: sign_handover(desk.uow(), handover_id, signature, acknowledged),
                        done=self._signed, errors=self.errors, failed=self._refused,
                        disable=(self.sign_button,), key="sign"))

    def _refused(self, exc: BaseException) -> None:
        """A wrong password is typed again from scratch; any other refusal (an order not
        ticked, the wrong colleague named) and an outage keep what was typed."""
        if isinstance(exc, ValidationError) and exc.errors.get("password") == "signature.invalid":
            self.password.clear()

    def _signed(self, done: HandoverView) -> None:
        self.signed.emit(done)
        self.accept()
