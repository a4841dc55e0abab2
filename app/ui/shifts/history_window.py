"""Past handovers: search by date, agent and text; read one; append a
correction to a completed log (it is never edited); print its sheet."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
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
from app.ui.shifts.override_dialog import OverrideDialog
from app.ui.shifts.sheet import save_sheet
from app.ui.shifts.view_html import handover_html
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.shifts.handover_views import HandoverSummary, HandoverView
from app.workflows.shifts.history import handover_detail, search_handovers
from app.workflows.shifts.signoff import add_correction


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class HistoryWindow(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.zone = desk.zone
        self.results: list[HandoverSummary] = []
        self.view: HandoverView | None = None
        self.setWindowTitle(self.tr("Handover history"))
        self.setModal(False)
        today = desk.clock().astimezone(self.zone).date()
        self.use_dates = QCheckBox(self.tr("&Dates"))
        self.use_dates.setChecked(True)
        self.first_day = QDateEdit(_qdate(today - timedelta(days=7)))
        self.last_day = QDateEdit(_qdate(today))
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.agent = QLineEdit()
        self.agent.setPlaceholderText(self.tr("Agent name or job number"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Text in the log"))
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Created"), self.tr("Shift"),
                                              self.tr("Outgoing"), self.tr("Incoming"),
                                              self.tr("Status")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.detail = QTextBrowser()
        self.correction = QPlainTextEdit()
        self.correction.setTabChangesFocus(True)
        self.correction.setPlaceholderText(self.tr(
            "A signed log is read-only: write a correction here; it is appended with your "
            "name and the time"))
        self.correction.setMaximumHeight(80)
        self.append_button = QPushButton(self.tr("&Append correction"))
        self.append_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.release_button = QPushButton(self.tr("&Leader release…"))
        self.release_button.setShortcut(QKeySequence("Ctrl+L"))
        self.release_button.setToolTip(self.tr(
            "Complete an unsigned handover without the incoming signature (shift leader)"))
        self.print_button = QPushButton(self.tr("&Print sheet…"))
        self.print_button.setShortcut(QKeySequence("Ctrl+P"))
        self.count = QLabel()
        self.general = FieldError()
        self.errors = handover_field_errors(general=self.general)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain())
        self.override_dialog: OverrideDialog | None = None
        self._build()
        self.search()
        fit_to_screen(self, 1200, 780)  # never larger than a 1366×768 screen

    def _build(self) -> None:
        bar = QHBoxLayout()
        for w in (self.use_dates, self.first_day, QLabel("—"), self.last_day):
            bar.addWidget(w)
        bar.addWidget(QLabel(self.tr("Agent")))
        bar.addWidget(self.agent, 1)
        bar.addWidget(QLabel(self.tr("Text")))
        bar.addWidget(self.text, 2)
        bar.addWidget(self.search_button)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.count)
        left_box.addWidget(self.table)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.detail, 1)
        right_box.addWidget(self.errors.add("correction", self.correction))
        row = QHBoxLayout()
        row.addWidget(self.append_button)
        row.addStretch(1)
        row.addWidget(self.release_button)
        row.addWidget(self.print_button)
        right_box.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([520, 680])
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.errors.add("last_day", QWidget()))
        box.addWidget(split, 1)
        box.addWidget(self.general)
        self.search_button.clicked.connect(self.search)
        self.agent.returnPressed.connect(self.search)
        self.text.returnPressed.connect(self.search)
        self.use_dates.toggled.connect(self.first_day.setEnabled)
        self.use_dates.toggled.connect(self.last_day.setEnabled)
        self.table.itemSelectionChanged.connect(self._selected)
        self.append_button.clicked.connect(self.append_correction)
        self.print_button.clicked.connect(lambda: self.print_sheet())
        self.release_button.clicked.connect(self.leader_release)
        QShortcut(QKeySequence("Ctrl+F"), self).activated.connect(self.text.setFocus)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.search)

    def search(self) -> None:
        """A search may read years of logs: it runs off the GUI thread (F5, Enter)."""
        first = labels.picked_day(self.first_day) if self.use_dates.isChecked() else None
        last = labels.picked_day(self.last_day) if self.use_dates.isChecked() else None
        desk, agent, text = self.desk, self.agent.text(), self.text.text()
        self.ops.run(Op(lambda: search_handovers(desk.uow(), first, last, agent, text),
                        done=self._found, errors=self.errors, long=True,
                        disable=(self.search_button,), key="search",
                        label=self.tr("Searching…")))

    def _found(self, results: list[HandoverSummary]) -> None:
        self.results = results
        self.errors.clear()
        statuses = labels.statuses()
        self.table.setRowCount(0)
        for h in self.results:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, text in enumerate(["", h.shift_name, h.outgoing_name, h.incoming_name,
                                      statuses.get(h.status, h.status)]):
                self.table.setItem(r, c, QTableWidgetItem(text))
            # the year only when it is not this year's; sorts by the moment
            self.table.setItem(r, 0, timefmt.time_item(h.created_at, timefmt.SHORT, "—",
                                                       self.zone))
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("%1 handovers found").replace("%1", str(len(self.results))))
        if self.results:
            self.table.selectRow(0)
        else:
            self.show_view(None)

    def _selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.results):
            desk, handover_id = self.desk, self.results[row].id
            self.ops.run(Op(lambda: handover_detail(desk.uow(), handover_id),
                            done=self._detail_arrived, errors=self.errors,
                            key=f"detail:{handover_id}"))

    def _detail_arrived(self, view: HandoverView) -> None:
        """Shown only if that log is still the one selected (the user may have moved on)."""
        row = self.table.currentRow()
        if 0 <= row < len(self.results) and self.results[row].id == view.id:
            self.show_view(view)

    def show_view(self, view: HandoverView | None) -> None:
        self.view = view
        self.detail.setHtml(handover_html(view, self.zone) if view else "")
        completed = view is not None and view.completed
        self.correction.setEnabled(completed)
        self.append_button.setEnabled(completed)
        self.print_button.setEnabled(view is not None)
        leader = self.desk.actor is not None and allowed(self.desk.actor.role,
                                                          Permission.HANDOVER_OVERRIDE)
        self.release_button.setVisible(leader)
        self.release_button.setEnabled(leader and view is not None and not completed)

    def append_correction(self) -> None:
        if self.view is None:
            return
        desk, handover_id, text = self.desk, self.view.id, self.correction.toPlainText()
        self.ops.run(Op(lambda: add_correction(desk.uow(), handover_id, text),
                        done=self._corrected, errors=self.errors,
                        disable=(self.append_button,), key="correct"))

    def _corrected(self, view: HandoverView) -> None:
        self.errors.clear()
        self.correction.clear()
        self.show_view(view)

    def leader_release(self) -> None:
        """A leader at their own desk completes an agent's unsigned handover (rule 3.4.2)."""
        if self.view is None:
            return
        dialog = OverrideDialog(self.desk, self.view.id, self)
        dialog.released.connect(self.show_view)
        self.override_dialog = dialog
        dialog.open()

    def print_sheet(self, path: str | None = None) -> None:
        if self.view is not None:
            save_sheet(self, self.ops, self.errors, self.desk, self.view.id, path)
