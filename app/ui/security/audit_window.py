"""The audit viewer (Ctrl+Shift+Z, issue 15): who did what, when and at which desk, for
supervisors and administrators. Read-only; filtered by person, desk, order, customer and
days; newest first, one page at a time (older pages load as the list is scrolled to its
end); exported to Excel with the same filters."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.file_dialogs import save_file_name
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.security.messages import security_explain, security_field_errors
from app.workflows.desk import Desk
from app.workflows.security.audit import (
    AuditPage,
    AuditQuery,
    AuditRow,
    audit_desks,
    audit_page,
    describe_changes,
    export_audit,
)
from app.workflows.security.staff import StaffRow, list_staff
from app.workflows.tickets.numbers import format_ticket_number, ticket_id_of

DEFAULT_DAYS = 7


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditWindow(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Audit log"))
        self.setModal(False)
        self.query = AuditQuery()
        self.next_before: int | None = None
        self.shown = 0
        self.person_box = QComboBox(self)
        self.person_box.setObjectName("auditPerson")
        self.person_box.addItem(self.tr("Everyone"), None)
        self.desk_box = QComboBox(self)
        self.desk_box.setObjectName("auditDesk")
        self.desk_box.setEditable(True)
        self.desk_box.addItem("")
        self.order_edit = QLineEdit(self)
        self.order_edit.setPlaceholderText("GD00000012")
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setPlaceholderText(self.tr("account number"))
        today = desk.local(desk.clock()).date()
        first = today - timedelta(days=DEFAULT_DAYS - 1)
        self.first_edit = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.last_edit = QDateEdit(QDate(today.year, today.month, today.day), self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.general = FieldError(parent=self)
        self.errors = security_field_errors(self.general)
        self.search_button = QPushButton(self.tr("&Show"), self)
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        self.more_button = QPushButton(self.tr("&Older events"), self)
        self.more_button.clicked.connect(self.more)
        self.export_button = QPushButton(self.tr("&Export to Excel…"), self)
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.clicked.connect(self.export)
        QShortcut(QKeySequence("F5"), self, self.search)

        filters = QFormLayout()
        row1, row2 = QHBoxLayout(), QHBoxLayout()
        row1.addWidget(self._label(self.tr("&Person"), self.person_box))
        row1.addWidget(self.person_box, 2)
        row1.addWidget(self._label(self.tr("&Desk"), self.desk_box))
        row1.addWidget(self.desk_box, 1)
        row1.addWidget(self._label(self.tr("&Order"), self.order_edit))
        row1.addWidget(self.errors.add("order", self.order_edit), 1)
        row1.addWidget(self._label(self.tr("&Customer"), self.customer_edit))
        row1.addWidget(self.errors.add("customer", self.customer_edit), 1)
        row2.addWidget(self._label(self.tr("&From"), self.first_edit))
        row2.addWidget(self.first_edit)
        row2.addWidget(self._label(self.tr("&To"), self.last_edit))
        row2.addWidget(self.errors.add("last", self.last_edit))
        row2.addStretch(1)
        row2.addWidget(self.search_button)
        row2.addWidget(self.export_button)
        filters.addRow(row1)
        filters.addRow(row2)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Staff"), self.tr("Desk"), self.tr("Record"),
            self.tr("Action"), self.tr("Changes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.status = QLabel(self)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.general)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        fit_to_screen(self, 1200, 680)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(security_explain)
        self._load_choices()
        self.search()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _load_choices(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: (list_staff(desk.uow()), audit_desks(desk.uow())),
                        done=self._choices, errors=self.errors, key="audit.choices",
                        quiet=True))

    def _choices(self, result: tuple[list[StaffRow], list[str]]) -> None:
        staff, desks = result
        for row in staff:
            self.person_box.addItem(f"{row.job_number} {row.name}", row.id)
        typed = self.desk_box.currentText()
        self.desk_box.addItems(desks)
        self.desk_box.setCurrentText(typed)

    # ---- reading ---------------------------------------------------------------------
    def _query(self) -> AuditQuery | None:
        order_text = self.order_edit.text().strip()
        order_id = ticket_id_of(order_text) if order_text else None
        if order_text and order_id is None:
            self.errors.show({"order": "order.malformed"})
            return None
        return AuditQuery(
            person_id=self.person_box.currentData(), desk=self.desk_box.currentText(),
            order_id=order_id, customer_account=self.customer_edit.text().strip(),
            first=_day(self.first_edit.date()), last=_day(self.last_edit.date()))

    def search(self) -> None:
        query = self._query()
        if query is None:
            return
        self.errors.clear()
        self.query = query
        desk = self.desk
        self.ops.run(Op(lambda: audit_page(desk.uow(), query), done=self._first_page,
                        errors=self.errors, long=True, latest=True, key="audit.page",
                        label=self.tr("Searching the audit log…")))

    def more(self) -> None:
        before = self.next_before
        if before is None:
            return
        desk, query = self.desk, self.query
        self.ops.run(Op(lambda: audit_page(desk.uow(), query, before), done=self._next_page,
                        errors=self.errors, long=True, key="audit.more",
                        label=self.tr("Reading older events…")))

    def _scrolled(self, value: int) -> None:
        bar = self.table.verticalScrollBar()
        if value >= bar.maximum() and self.next_before is not None:
            self.more()

    def _first_page(self, page: AuditPage) -> None:
        self.table.setRowCount(0)
        self.shown = 0
        self._next_page(page)

    def _next_page(self, page: AuditPage) -> None:
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.rows))
        for i, row in enumerate(page.rows, start):
            for j, text in enumerate(self._cells(row)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.shown += len(page.rows)
        self.next_before = page.next_before
        self.more_button.setEnabled(page.next_before is not None)
        self.status.setText(
            self.tr("%1 events shown; older ones load as you scroll.").replace(
                "%1", str(self.shown)) if page.next_before is not None else
            self.tr("%1 events: all that match.").replace("%1", str(self.shown)))

    def _cells(self, row: AuditRow) -> list[str]:
        who = f"{row.actor_job_number} {row.actor_name}" if row.actor_job_number else "—"
        return [self.desk.local(row.occurred_at).strftime("%Y-%m-%d %H:%M:%S"), who,
                row.desk or "", self._record(row), self._action(row.action),
                describe_changes(row.changes)]

    def _record(self, row: AuditRow) -> str:
        if row.entity == "ticket":
            return self.tr("Order %1").replace("%1", format_ticket_number(row.entity_id))
        if row.entity == "customer":
            return self.tr("Customer %1").replace("%1", str(row.entity_id))
        if row.entity == "staff":
            if not row.entity_id and row.action == "permission.denied":
                return self.tr("Nobody signed in")
            if not row.entity_id:
                return self.tr("Unknown job number")
            return self.tr("Staff %1").replace("%1", row.subject or str(row.entity_id))
        return f"{row.entity} {row.entity_id}"

    def _action(self, action: str) -> str:
        words = {"create": self.tr("created"), "update": self.tr("changed"),
                 "delete": self.tr("deleted"), "login": self.tr("logged in"),
                 "login.failed": self.tr("failed login"),
                 "login.locked": self.tr("account locked"),
                 "permission.denied": self.tr("refused (no permission)")}
        return words.get(action, action)

    # ---- export ----------------------------------------------------------------------
    def export(self) -> None:
        query = self._query()
        if query is None:
            return
        path = save_file_name(self, self.tr("Export the audit log"), "audit.xlsx",
                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        from pathlib import Path

        desk = self.desk
        self.ops.run(Op(lambda: export_audit(desk.uow(), query, Path(path), desk.zone),
                        done=self._exported, errors=self.errors, long=True,
                        key="audit.export", disable=(self.export_button,),
                        label=self.tr("Exporting…")))

    def _exported(self, count: int) -> None:
        self.status.setText(self.tr("%1 events exported.").replace("%1", str(count)))
