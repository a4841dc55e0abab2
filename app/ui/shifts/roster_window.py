"""The duty roster (rule 3.4.1): a week of shifts, who is on each, and the swaps between
colleagues; with the pattern and leave on their own tabs. Leaders assign and remove;
any colleague records a swap of their own duty."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.shifts import labels
from app.ui.shifts.leave_tab import LeaveTab
from app.ui.shifts.messages import handover_explain, handover_field_errors
from app.ui.shifts.pattern_tab import PatternTab
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.shifts.handover_views import DutyView, StaffChoice
from app.workflows.shifts.pattern import format_minute
from app.workflows.shifts.roster import RosterWeek, assign, desk_staff, roster_week, unassign
from app.workflows.shifts.swap import swap_duties


class RosterWindow(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        self.leader = allowed(desk.actor.role, Permission.SHIFT_ROSTER)
        zone = desk.zone
        today = desk.clock().astimezone(zone).date()
        self.first_day = today - timedelta(days=today.weekday())
        self.week: RosterWeek | None = None
        self._stale = False
        self.setWindowTitle(self.tr("Roster, leave and swaps"))
        self.setModal(False)
        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_label = QLabel()
        self.duties = QListWidget()
        self.staff = QComboBox()
        self.swap_with = QComboBox()
        self.give_to = QComboBox()
        self.reason = QLineEdit()
        self.general = FieldError()
        self.errors = handover_field_errors(general=self.general)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain(refused="swap.not_party"))
        # a change re-enables the buttons it greyed out: keep only those that can act
        self.ops.finished.connect(lambda key: self._update_actions() if key == "change" else None)
        self.pattern = PatternTab(desk, self.leader)
        self.leave = LeaveTab(desk, self.leader)
        tabs = QTabWidget()
        tabs.addTab(self._roster_page(), self.tr("&Roster"))
        tabs.addTab(self.pattern, self.tr("Shift &pattern"))
        tabs.addTab(self.leave, self.tr("L&eave"))
        self.tabs = tabs
        box = QVBoxLayout(self)
        box.addWidget(tabs)
        self.pattern.saved.connect(self.load)
        self.leave.roster_changed.connect(self.load)
        self._load_staff()
        self.load()
        fit_to_screen(self, 1200, 760)  # never larger than a 1366×768 screen

    def _roster_page(self) -> QWidget:
        page = QWidget()
        prev = QPushButton(self.tr("◀ Previous week"))
        prev.setShortcut(QKeySequence("Alt+Left"))
        nxt = QPushButton(self.tr("Next week ▶"))
        nxt.setShortcut(QKeySequence("Alt+Right"))
        prev.setAutoDefault(False)
        nxt.setAutoDefault(False)
        nav = QHBoxLayout()
        nav.addWidget(prev)
        nav.addWidget(self.week_label, 1, Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(nxt)
        self.assign_button = QPushButton(self.tr("&Assign to selected shift"))
        self.remove_button = QPushButton(self.tr("Re&move duty"))
        self.swap_button = QPushButton(self.tr("Record s&wap"))
        # An empty roster starts at the shift pattern: that button is the default one, and
        # the actions that need a shift or a duty stay disabled until there is one.
        self.start_button = QPushButton(self.tr("Set &up the shift pattern…"))
        self.start_button.setVisible(False)
        for button in (self.assign_button, self.remove_button, self.swap_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        side = QGridLayout()
        side.addWidget(QLabel(self.tr("On the selected shift")), 0, 0, 1, 2)
        side.addWidget(self.duties, 1, 0, 1, 2)
        side.addWidget(QLabel(self.tr("Colleague")), 2, 0)
        side.addWidget(self.errors.add("staff", self.staff), 2, 1)
        side.addWidget(self.assign_button, 3, 1)
        side.addWidget(self.remove_button, 4, 1)
        side.addWidget(QLabel(self.tr("Swap with duty")), 5, 0)
        side.addWidget(self.errors.add("second", self.swap_with), 5, 1)
        side.addWidget(QLabel(self.tr("or give to")), 6, 0)
        side.addWidget(self.errors.add("colleague", self.give_to), 6, 1)
        side.addWidget(QLabel(self.tr("Reason")), 7, 0)
        side.addWidget(self.reason, 7, 1)
        side.addWidget(self.errors.add("first", self.swap_button), 8, 1)
        side.setRowStretch(9, 1)
        body = QHBoxLayout()
        body.addWidget(self.grid, 3)
        body.addLayout(side, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("rosterEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("background:#fff4d6; color:#5c3b00; padding:8px;"
                                      "border:1px solid #e0b050; border-radius:4px;")
        self.empty_hint.hide()
        box = QVBoxLayout(page)
        box.addLayout(nav)
        box.addWidget(self.empty_hint)
        box.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addLayout(body, 1)
        box.addWidget(self.general)
        prev.clicked.connect(lambda: self.move_week(-7))
        nxt.clicked.connect(lambda: self.move_week(7))
        self.grid.currentCellChanged.connect(lambda *_: self._show_cell())
        self.assign_button.clicked.connect(self.assign)
        self.remove_button.clicked.connect(self.remove)
        self.swap_button.clicked.connect(self.swap)
        self.start_button.clicked.connect(lambda: self.tabs.setCurrentWidget(self.pattern))
        self.duties.currentRowChanged.connect(lambda *_: self._update_actions())
        QShortcut(QKeySequence("F5"), self).activated.connect(self.load)
        return page

    def _load_staff(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: desk_staff(desk.uow()), done=self._staff_loaded,
                        errors=self.errors, key="staff"))

    def _staff_loaded(self, staff: list[StaffChoice]) -> None:
        for combo in (self.staff, self.give_to):
            combo.clear()
            if combo is self.give_to:
                combo.addItem(self.tr("— nobody —"), None)
            for s in staff:
                combo.addItem(f"{s.job_number} {s.name}", s.id)
        self._update_actions()

    def move_week(self, days: int) -> None:
        """Previous / next week (named so as not to hide QWidget.move)."""
        self.first_day += timedelta(days=days)
        self.load()

    def load(self) -> None:
        desk, first_day = self.desk, self.first_day
        if not self.ops.run(Op(lambda: roster_week(desk.uow(), first_day),
                               done=self._week_arrived, errors=self.errors, key="week")):
            self._stale = True  # a read already under way may miss this change

    def _week_arrived(self, week: RosterWeek) -> None:
        if self._stale or (week.days and week.days[0] != self.first_day):
            self._stale = False  # changed, or moved on to another week, meanwhile
            self.load()
            return
        self.week = week
        w = self.week
        self.week_label.setText(f"{w.days[0].isoformat()} — {w.days[-1].isoformat()}")
        self.grid.setRowCount(len(w.days))
        self.grid.setColumnCount(len(w.slots))
        self.grid.setVerticalHeaderLabels([labels.day(d) for d in w.days])
        self.grid.setHorizontalHeaderLabels([
            f"{s.name} {format_minute(s.start_minute)}" for s in w.slots])
        for r, d in enumerate(w.days):
            for c, s in enumerate(w.slots):
                names = "、".join(x.staff_name for x in w.cell(d, s.id))
                self.grid.setItem(r, c, QTableWidgetItem(names))
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.resizeRowsToContents()
        self.swap_with.clear()
        self.swap_with.addItem(self.tr("— none —"), None)
        for x in w.duties:
            self.swap_with.addItem(f"{x.duty_date.isoformat()} {x.slot_name} {x.staff_name}",
                                   x.id)
        self._show_empty_hint(w)
        self._show_cell()

    def _show_empty_hint(self, week: RosterWeek) -> None:
        """An empty roster says how to start, so the duty indicator can know who is on."""
        if not week.slots:
            text = (self.tr(
                "No shifts are set up yet, so the desk cannot tell who is on duty. To start: "
                "1. on the Shift pattern tab (Alt+P), add the shifts, e.g. 白班 08:00 for 12 h "
                "and 夜班 20:00 for 12 h, and save; 2. back here, select a day and a shift, "
                "choose a colleague and press Assign (Alt+A).") if self.leader else self.tr(
                "No shifts are set up yet, so the desk cannot tell who is on duty. A shift "
                "leader sets up the shift pattern and the roster here."))
        elif not week.duties:
            text = (self.tr(
                "Nobody is on the roster this week. Select a day and a shift, choose a "
                "colleague and press Assign (Alt+A).") if self.leader else self.tr(
                "Nobody is on the roster this week. A shift leader assigns the shifts here."))
        else:
            text = ""
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(bool(text))
        starting = self.leader and not week.slots
        self.start_button.setVisible(starting)
        self.start_button.setDefault(starting)
        self.assign_button.setDefault(self.leader and bool(week.slots))

    def selected_cell(self) -> tuple[date, int] | None:
        if self.week is None or not self.week.slots:
            return None
        r, c = self.grid.currentRow(), self.grid.currentColumn()
        if r < 0 or c < 0:
            return None
        return self.week.days[r], self.week.slots[c].id

    def _show_cell(self) -> None:
        self.duties.clear()
        cell = self.selected_cell()
        if cell is None or self.week is None:
            self._update_actions()
            return
        for duty in self.week.cell(*cell):
            item = QListWidgetItem(f"{duty.job_number} {duty.staff_name}")
            item.setData(Qt.ItemDataRole.UserRole, duty.id)
            self.duties.addItem(item)
        if self.duties.count():
            self.duties.setCurrentRow(0)
        self._update_actions()

    def _update_actions(self) -> None:
        """Only what can act now is enabled: assign needs a shift cell and a colleague,
        remove and swap a duty on it."""
        on_duty = self.selected_duty() is not None
        self.assign_button.setEnabled(self.leader and self.selected_cell() is not None
                                      and self.staff.currentData() is not None)
        self.remove_button.setEnabled(self.leader and on_duty)
        self.swap_button.setEnabled(on_duty)

    def selected_duty(self) -> DutyView | None:
        item = self.duties.currentItem()
        if item is None or self.week is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.week.duties if d.id == wanted), None)

    def _change(self, action: Callable[[], object]) -> None:
        """Assign, remove or swap (values read before), then show the week again."""
        self.ops.run(Op(action, done=lambda _result: self._changed(), errors=self.errors,
                        disable=(self.assign_button, self.remove_button, self.swap_button),
                        key="change"))

    def _changed(self) -> None:
        self.errors.clear()
        self.load()

    def assign(self) -> None:
        cell = self.selected_cell()
        if cell is not None:
            desk, (day, slot_id), staff_id = self.desk, cell, self.staff.currentData()
            self._change(lambda: assign(desk.uow(), slot_id, day, staff_id))

    def remove(self) -> None:
        duty = self.selected_duty()
        if duty is not None:
            desk, duty_id = self.desk, duty.id
            self._change(lambda: unassign(desk.uow(), duty_id))

    def swap(self) -> None:
        duty = self.selected_duty()
        if duty is not None:
            desk, duty_id = self.desk, duty.id
            second, colleague = self.swap_with.currentData(), self.give_to.currentData()
            reason = self.reason.text()
            self._change(lambda: swap_duties(desk.uow(), duty_id, second, colleague, reason))
