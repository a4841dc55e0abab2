"""Leave: an agent asks, a shift leader approves or rejects (rule 3.4.1). Approval takes the
person off the roster for those days and names the shifts that now need cover."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.shifts import labels
from app.ui.shifts.messages import handover_explain, handover_field_errors
from app.workflows.desk import Desk
from app.workflows.shifts.handover_views import LeaveView
from app.workflows.shifts.leave import (
    LeaveDecision,
    decide_leave,
    my_leave,
    pending_leave,
    request_leave,
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class LeaveTab(QWidget):
    roster_changed = Signal()

    def __init__(self, desk: Desk, leader: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.leader = leader
        self.pending: list[LeaveView] = []
        today = desk.clock().astimezone(desk.zone).date() + timedelta(days=1)
        self.first_day = QDateEdit(QDate(today.year, today.month, today.day))
        self.last_day = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMaximumWidth(160)
        self.reason = QLineEdit()
        self.request_button = QPushButton(self.tr("&Request leave"))
        self.mine = _table([self.tr("From"), self.tr("To"), self.tr("Reason"), self.tr("Status"),
                            self.tr("Decided by"), self.tr("Note")])
        self.queue = _table([self.tr("Colleague"), self.tr("From"), self.tr("To"),
                             self.tr("Reason")])
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note to the colleague (required to reject)"))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.general = FieldError()
        self.errors = handover_field_errors(general=self.general)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain())
        form = QFormLayout()
        form.addRow(self.tr("First day"), self.errors.add("first_day", self.first_day))
        form.addRow(self.tr("Last day"), self.errors.add("last_day", self.last_day))
        form.addRow(self.tr("Rea&son"), self.errors.add("reason", self.reason))
        form.addRow("", self.request_button)
        box = QVBoxLayout(self)
        box.addWidget(QLabel(self.tr("My leave requests")))
        box.addLayout(form)
        box.addWidget(self.mine, 1)
        if leader:
            box.addWidget(QLabel(self.tr("Requests waiting for a leader's decision")))
            box.addWidget(self.queue, 1)
            row = QHBoxLayout()
            row.addWidget(self.errors.add("note", self.note), 1)
            row.addWidget(self.approve_button)
            row.addWidget(self.reject_button)
            box.addLayout(row)
            box.addWidget(self.outcome)
        box.addWidget(self.general)
        self.request_button.clicked.connect(self.request)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.load()

    def load(self) -> None:
        desk, leader = self.desk, self.leader
        self.ops.run(Op(lambda: (my_leave(desk.uow()),
                                 pending_leave(desk.uow()) if leader else []),
                        done=self._loaded, errors=self.errors, key="load"))

    def _loaded(self, loaded: tuple[list[LeaveView], list[LeaveView]]) -> None:
        mine, self.pending = loaded
        names = labels.leave_statuses()
        self._fill(self.mine, [[v.first_day, v.last_day, v.reason,
                                names.get(v.status, v.status), v.decided_by_name,
                                v.decision_note] for v in mine])
        self._fill(self.queue, [[v.staff_name, v.first_day, v.last_day,
                                 v.reason] for v in self.pending])
        if self.pending:
            self.queue.selectRow(0)

    def _fill(self, table: QTableWidget, rows: list[list[str | date]]) -> None:
        table.setRowCount(0)
        for values in rows:
            r = table.rowCount()
            table.insertRow(r)
            for c, value in enumerate(values):  # a day by the year rule, sorting by the day
                table.setItem(r, c, QTableWidgetItem(value) if isinstance(value, str)
                              else timefmt.time_item(value, timefmt.MONTH_DAY))
        table.resizeColumnsToContents()

    def request(self) -> None:
        desk = self.desk
        first, last = labels.picked_day(self.first_day), labels.picked_day(self.last_day)
        reason = self.reason.text()
        self.ops.run(Op(lambda: request_leave(desk.uow(), first, last, reason),
                        done=lambda _view: self._requested(), errors=self.errors,
                        disable=(self.request_button,), key="request"))

    def _requested(self) -> None:
        self.errors.clear()
        self.reason.clear()
        self.load()

    def decide(self, approve: bool) -> None:
        row = self.queue.currentRow()
        if not 0 <= row < len(self.pending):
            return
        desk, leave_id, note = self.desk, self.pending[row].id, self.note.text()
        self.ops.run(Op(lambda: decide_leave(desk.uow(), leave_id, approve, note),
                        done=self._decided, errors=self.errors,
                        disable=(self.approve_button, self.reject_button), key="decide"))

    def _decided(self, decision: LeaveDecision) -> None:
        self.errors.clear()
        self.note.clear()
        if decision.uncovered:
            self.outcome.setText(self.tr("Approved. These shifts now need cover: %1").replace(
                "%1", "、".join(decision.uncovered)))
        else:
            self.outcome.setText(self.tr("Decision recorded."))
        self.load()
        self.roster_changed.emit()
