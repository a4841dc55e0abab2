"""The outgoing agent's handover log (rules 3.4.2, 3.4.3).

Write the log, save it as a draft as often as you like, then hand it over: it freezes, the
orders you are responsible for are carried over, and you stay on duty until the incoming
colleague signs with their own password (here, or at their own desk) or a shift leader
releases you with a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.shifts import labels
from app.ui.shifts.carry_table import CarryTable
from app.ui.shifts.duty_guard import duty_text
from app.ui.shifts.live import HandoverWatch
from app.ui.shifts.log_editor import CasesTable, EquipmentTable, StaffingEdit, remove_selected
from app.ui.shifts.messages import RowErrors, handover_explain, handover_message
from app.ui.shifts.override_dialog import OverrideDialog
from app.ui.shifts.sheet import save_sheet
from app.ui.shifts.sign_dialog import SignDialog
from app.workflows.desk import Desk
from app.workflows.shifts.duty import DutyState, duty_state
from app.workflows.shifts.handover import (
    HandoverDraft,
    HandoverForm,
    open_draft,
    reopen,
    save_handover,
)
from app.workflows.shifts.handover_views import HandoverView, StaffChoice
from app.workflows.shifts.history import handover_detail
from app.workflows.shifts.roster import desk_staff


def _button(text: str, keys: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setShortcut(QKeySequence(keys))
    button.setToolTip(f"{text.replace('&', '')} ({keys})")
    return button


class HandoverDialog(QDialog):
    state_changed = Signal(object)   # the HandoverView after every save, sign or release

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 live: bool = True) -> None:
        super().__init__(parent)
        assert desk.actor is not None
        self.desk = desk
        self.zone = desk.zone
        self.view: HandoverView | None = None
        self.setWindowTitle(self.tr("Shift handover — %1").replace("%1", desk.actor.name))
        self.banner = QLabel()
        self.banner.setObjectName("handoverBanner")
        self.banner.setWordWrap(True)
        self.incoming = QComboBox()
        self.equipment = EquipmentTable()
        self.cases = CasesTable()
        self.staffing = StaffingEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(self.tr("Anything else the next shift must know"))
        self.carry = CarryTable(self.zone)
        self.carry_title = QLabel()
        self.general = FieldError()
        # a log row's problem (`equipment.2`) is said on its section's line, naming the row
        self.errors = RowErrors(self.general, lambda row, text: self.tr("Row %1: %2").replace(
            "%1", str(row)).replace("%2", text))
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(handover_explain())
        self.sign_dialog: SignDialog | None = None
        self.override_dialog: OverrideDialog | None = None
        self.duty: DutyState | None = None  # duty_state, as the status bar shows it
        self._build()
        # while handed over, another desk's signature reloads the state (rule 3.4.2)
        self.watch = HandoverWatch(desk, self.refresh, self, live=live)
        self.finished.connect(lambda _r: self.watch.stop())
        self.load()
        fit_to_screen(self, 1280, 820)  # never larger than a 1366×768 screen

    # ---- building -------------------------------------------------------------------
    def _section(self, title: str) -> QLabel:
        label = QLabel(title)
        label.setProperty("role", "section")
        label.setStyleSheet("font-weight:600; padding-top:6px;")
        return label

    def _build(self) -> None:
        self.save_button = _button(self.tr("&Save draft"), "Ctrl+S", self)
        self.hand_over_button = _button(self.tr("&Hand over"), "Ctrl+Return", self)
        self.hand_over_button.setDefault(True)
        self.take_back_button = _button(self.tr("&Take back to edit"), "Ctrl+R", self)
        self.sign_here_button = _button(self.tr("Incoming si&gns here…"), "Ctrl+G", self)
        self.override_button = _button(self.tr("&Leader release…"), "Ctrl+L", self)
        self.print_button = _button(self.tr("&Print sheet…"), "Ctrl+P", self)
        self.close_button = _button(self.tr("Close"), "Esc", self)
        add_eq = _button(self.tr("Add e&quipment"), "Ctrl+E", self)
        del_eq = _button(self.tr("Remove"), "Ctrl+Shift+E", self)
        add_case = _button(self.tr("Add &case"), "Ctrl+D", self)
        del_case = _button(self.tr("Remove"), "Ctrl+Shift+D", self)
        self._editors = [add_eq, del_eq, add_case, del_case]

        left = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Incoming colleague"), self.errors.add("incoming", self.incoming))
        left.addLayout(form)
        for title, widget, section_buttons, key, stretch in (
                (self.tr("Equipment status"), self.equipment, (add_eq, del_eq), "equipment", 4),
                (self.tr("Difficult cases"), self.cases, (add_case, del_case), "cases", 3),
                (self.tr("Staffing changes"), self.staffing, (), "staffing", 1),
                (self.tr("Other notes"), self.notes, (), "notes", 2)):
            row = QHBoxLayout()
            row.addWidget(self._section(title))
            row.addStretch(1)
            for b in section_buttons:
                row.addWidget(b)
            left.addLayout(row)
            left.addWidget(self.errors.add(key, widget), stretch)
        right = QVBoxLayout()
        right.addWidget(self.carry_title)
        hint = QLabel(self.tr("Your open, overdue and callback-pending work orders pass to the "
                              "incoming colleague, who acknowledges each one when signing."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#5b6b7b")
        right.addWidget(hint)
        right.addWidget(self.carry, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        buttons = QHBoxLayout()
        for b in (self.save_button, self.hand_over_button, self.take_back_button,
                  self.sign_here_button, self.override_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        outer.addWidget(self.general)
        outer.addLayout(buttons)

        add_eq.clicked.connect(lambda: self._add_row(self.equipment))
        del_eq.clicked.connect(lambda: remove_selected(self.equipment))
        add_case.clicked.connect(lambda: self._add_row(self.cases))
        del_case.clicked.connect(lambda: remove_selected(self.cases))
        self.save_button.clicked.connect(lambda: self.save(hand_over=False))
        self.hand_over_button.clicked.connect(lambda: self.save(hand_over=True))
        self.take_back_button.clicked.connect(self.take_back)
        self.sign_here_button.clicked.connect(self.sign_here)
        self.override_button.clicked.connect(self.leader_release)
        self.print_button.clicked.connect(lambda _checked=False: self.print_sheet())
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)

    def _add_row(self, table: EquipmentTable | CasesTable) -> None:
        row = table.add_line()
        table.setCurrentCell(row, 0)
        item = table.item(row, 0)
        if item is not None:
            table.editItem(item)

    # ---- data -----------------------------------------------------------------------
    def load(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: (open_draft(desk.uow()), desk_staff(desk.uow()),
                                 duty_state(desk.uow())),
                        done=self._loaded, errors=self.errors, key="load"))

    def _loaded(self, loaded: tuple[HandoverDraft, list[StaffChoice], DutyState]) -> None:
        draft, staff, self.duty = loaded
        me = self.desk.actor.id if self.desk.actor is not None else None
        self.incoming.clear()
        self.incoming.addItem(self.tr("— choose —"), None)
        for s in staff:
            if s.id != me:
                self.incoming.addItem(f"{s.job_number} {s.name}", s.id)
        self._fill(draft.form)
        if draft.saved is None and not draft.form.staffing:
            self.staffing.set_lines(self._staffing_lines(draft))
        self.view = draft.saved
        if self.view is not None and self.view.status == "handed_over":
            self._show_carry_saved(self.view)
        else:
            self._show_carry([(c.ticket.number, c.reason, c.ticket.level, c.ticket.due_at,
                               c.ticket.status, c.ticket.description) for c in draft.carryover])
        self._show_state()

    def reload_duty(self) -> None:
        """The duty as the status bar and the close guard see it (one source: duty_state)."""
        desk = self.desk
        self.ops.run(Op(lambda: duty_state(desk.uow()), done=self._duty_arrived,
                        key="duty", latest=True, quiet=True))

    def _duty_arrived(self, state: DutyState) -> None:
        self.duty = state
        self._show_state()

    def _staffing_lines(self, draft: HandoverDraft) -> list[str]:
        """What the roster already knows, offered as the log's staffing lines (3.4.3)."""
        lines = [self.tr("Swap: %1 and %2 (%3 / %4) %5").replace("%1", s.first_staff_name)
                 .replace("%2", s.second_staff_name).replace("%3", s.first_duty)
                 .replace("%4", s.second_duty or "—").replace("%5", s.reason).strip()
                 for s in draft.swaps]
        lines += [self.tr("Leave: %1 from %2 to %3").replace("%1", v.staff_name)
                  .replace("%2", v.first_day.isoformat()).replace("%3", v.last_day.isoformat())
                  for v in draft.leave]
        return lines

    def _fill(self, form: HandoverForm) -> None:
        self.incoming.setCurrentIndex(max(0, self.incoming.findData(form.incoming_id)))
        self.equipment.set_lines(form.equipment)
        self.cases.set_lines(form.cases)
        self.staffing.set_lines(form.staffing)
        self.notes.setPlainText(form.notes)

    def _show_carry(self, rows: list[tuple]) -> None:
        self.carry.show_rows(rows)
        self.carry_title.setText(self.tr("Carried-over work orders: %1").replace(
            "%1", str(len(rows))))
        self.carry_title.setStyleSheet("font-weight:600")

    def _show_carry_saved(self, view: HandoverView) -> None:
        self._show_carry([(c.number, c.reason, c.level, c.due_at, c.status, c.description)
                          for c in view.carryovers])

    def form(self) -> HandoverForm:
        return HandoverForm(incoming_id=self.incoming.currentData(),
                            notes=self.notes.toPlainText(), equipment=self.equipment.lines(),
                            cases=self.cases.lines(), staffing=self.staffing.lines())

    def _show_state(self) -> None:
        view = self.view
        status = view.status if view is not None else "draft"
        editing = status == "draft"
        for w in (self.incoming, self.staffing, self.notes, *self._editors):
            w.setEnabled(editing)
        self.equipment.set_read_only(not editing)
        self.cases.set_read_only(not editing)
        self.save_button.setEnabled(editing)
        self.hand_over_button.setEnabled(editing)
        self.take_back_button.setEnabled(status == "handed_over")
        self.sign_here_button.setEnabled(status == "handed_over")
        self.override_button.setEnabled(status in ("draft", "handed_over")
                                        and view is not None)
        self.print_button.setEnabled(view is not None)
        if view is not None and status == "handed_over":
            self.banner.setText(self.tr(
                "Handed over to %1 at %2. You remain on duty until they sign with their own "
                "password (rule 3.4.2).").replace("%1", view.incoming_name)
                .replace("%2", labels.when(view.handed_over_at, self.zone, False)))
            self.banner.setStyleSheet("background:#fff4d6; color:#7a4b00; padding:8px;"
                                      "border:1px solid #e0b050; border-radius:4px;")
        elif view is not None and status in ("signed", "overridden"):
            who = view.signed_by_name or view.override_by_name
            self.banner.setText(self.tr("Handover complete (%1, %2). You may end your shift.")
                                .replace("%1", who)
                                .replace("%2", labels.when(view.completed_at, self.zone,
                                                           False)))
            self.banner.setStyleSheet("background:#e2f3e6; color:#1e6b34; padding:8px;"
                                      "border:1px solid #8cc79a; border-radius:4px;")
        elif self.duty is not None and not self.duty.on_duty:
            if self.duty.no_roster:
                text = self.tr(
                    "Nobody is on the roster now, so the desk cannot tell who is on duty. A "
                    "shift leader sets up the shifts in Roster, leave and swaps (Ctrl+Shift+R). "
                    "You may still write and hand over a log.")
            else:
                text = self.tr("You are not on duty now. You may still write and hand over a "
                               "log; once handed over you stay on duty until the incoming "
                               "colleague signs (rule 3.4.2).")
            self.banner.setText(text)
            self.banner.setStyleSheet("background:#f1f3f5; color:#3d4b59; padding:8px;"
                                      "border:1px solid #c3ccd5; border-radius:4px;")
        else:
            self.banner.setText(self.tr(
                "%1. Write the log, then hand it over: you stay on duty until the incoming "
                "colleague signs (rule 3.4.2).").replace(
                "%1", duty_text(self.duty, self.zone) if self.duty is not None
                else self.tr("You are on duty")))
            self.banner.setStyleSheet("background:#e3eef9; color:#1d4f86; padding:8px;"
                                      "border:1px solid #8fb4dc; border-radius:4px;")
        self._follow()

    def _follow(self) -> None:
        """Listen for the signature only while handed over and on screen."""
        if self.view is not None and self.view.status == "handed_over":
            if self.isVisible():
                self.watch.start()
        else:
            self.watch.stop()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self._follow()

    def save(self, hand_over: bool) -> None:
        desk, form = self.desk, self.form()
        self.ops.run(Op(lambda: save_handover(desk.uow(), form, hand_over=hand_over),
                        done=lambda view: self._saved(view, hand_over), errors=self.errors,
                        disable=(self.save_button, self.hand_over_button), key="save"))

    def _saved(self, view: HandoverView, hand_over: bool) -> None:
        self.view = view
        self.errors.clear()
        if hand_over:
            self._show_carry_saved(view)
        self._show_state()
        self.reload_duty()
        self.state_changed.emit(view)

    def take_back(self) -> None:
        if self.view is None:
            return
        desk, handover_id = self.desk, self.view.id
        self.ops.run(Op(lambda: reopen(desk.uow(), handover_id), done=self._taken_back,
                        errors=self.errors, disable=(self.take_back_button,), key="save"))

    def _taken_back(self, view: HandoverView) -> None:
        self.view = view
        self._show_state()
        self.reload_duty()
        self.state_changed.emit(view)

    def refresh(self) -> None:
        """F5, a handover change from another desk, or the slow fallback timer while
        waiting: has the incoming colleague signed?"""
        if self.view is None:
            return
        desk, handover_id = self.desk, self.view.id
        self.ops.run(Op(lambda: handover_detail(desk.uow(), handover_id),
                        done=self._refreshed, errors=self.errors, key="refresh"))

    def _refreshed(self, view: HandoverView) -> None:
        if self.general.text() == handover_message("offline"):
            self.general.clear()  # the database is back
        self.view = view
        self._show_state()
        if view.status in ("signed", "overridden"):
            self.reload_duty()
            self.state_changed.emit(view)

    def sign_here(self) -> None:
        if self.view is None:
            return
        dialog = SignDialog(self.desk, self, handover_id=self.view.id, own_desk=False)
        dialog.signed.connect(lambda _v: self.refresh())
        self.sign_dialog = dialog
        dialog.open()

    def leader_release(self) -> None:
        if self.view is None:
            return
        dialog = OverrideDialog(self.desk, self.view.id, self)
        dialog.released.connect(lambda _v: self.refresh())
        self.override_dialog = dialog
        dialog.open()

    def print_sheet(self, path: str | None = None) -> None:
        if self.view is not None:
            save_sheet(self, self.ops, self.errors, self.desk, self.view.id, path)
