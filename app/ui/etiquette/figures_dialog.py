"""Supervision figures for a shift leader (rule 5.4): etiquette per agent and per shift.

Answer delay in rings (rule 4.4), the share of recorded calls that reached the greeting and
the farewell, and curt-phrase warnings (rule 3.2.6). Shifts are the centre's shift pattern
(the roster's slots, with their local times); while none is configured, the stand-in day /
night of the etiquette settings.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.etiquette.messages import message_for
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.telephony.figures_table import PbxFiguresTable, may_see
from app.workflows.desk import Desk
from app.workflows.errors import DatabaseUnavailable, PermissionDenied, ValidationError
from app.workflows.etiquette.supervision import Figures, supervision_figures


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f} %"


class FiguresDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setObjectName("etiquetteFigures")
        self.setWindowTitle(self.tr("Etiquette figures for supervision"))
        self.resize(1080, 520)
        self.rows: list[Figures] = []
        today = desk.local(desk.clock()).date()  # the centre's day, as on the roster
        self.first = self._date_edit(today - timedelta(days=6))
        self.last = self._date_edit(today)
        self.by_shift = QCheckBox(self.tr("Per &shift"))
        self.by_shift.setChecked(True)
        self.show_button = QPushButton(self.tr("Show (F5)"))
        self.show_button.setShortcut("F5")
        self.show_button.clicked.connect(self.reload)
        self.by_shift.toggled.connect(self.reload)
        self.error = FieldError()
        self.error.setStyleSheet("color: #b83227;")
        self.errors = FieldErrors(self.error, translate=message_for)
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(self._explain)
        self.table = QTableWidget(0, 10)
        self.table.setObjectName("figuresTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Agent"), self.tr("Shift"), self.tr("Calls"), self.tr("Recorded"),
            self.tr("Mean rings to answer"), self.tr("Answered in time"),
            self.tr("Greeting reached"), self.tr("Farewell reached"),
            self.tr("Phrase warnings"), self.tr("Curt phrases in saved notes")])
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.note = QLabel(self.tr(
            "Shares are of the calls recorded by the etiquette panel. Shifts: the shift "
            "pattern of the roster; while none is set, day and night as set in the etiquette "
            "settings."))
        self.note.setWordWrap(True)
        self.note.setProperty("role", "caption")
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("From")), self.first, QLabel(self.tr("to")), self.last,
                       self.by_shift, self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(bar)
        box.addWidget(self.error)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        self.pbx = PbxFiguresTable(desk, self._shift_text, self) if may_see(desk) else None
        if self.pbx is not None:  # the phone system's own figures (issue 18)
            box.addWidget(self.pbx, 1)
            self.resize(1080, 760)
        self.reload()

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _shift_text(self, row: Figures) -> str:
        if row.shift_day is None:
            return self.tr("all")
        if row.shift is None or row.shift_start is None or row.shift_end is None:
            outside = self.tr("outside the shift pattern")
            return f"{row.shift_day.isoformat()} {outside}"
        name = row.shift  # the slot's own name, as the leader typed it in the pattern
        if row.stand_in:
            name = self.tr("day") if row.shift == "day" else self.tr("night")
        hours = f"{row.shift_start:%H:%M}–{row.shift_end:%H:%M}"
        return f"{row.shift_day.isoformat()} {name} {hours}"

    def _explain(self, exc: BaseException) -> str | None:
        if isinstance(exc, PermissionDenied):
            return self.tr("The figures are for shift leaders.")
        if isinstance(exc, DatabaseUnavailable):
            return self.tr("The database cannot be reached; try again (F5).")
        return None

    def _asked(self) -> tuple[date, date, bool]:
        def day(edit: QDateEdit) -> date:  # Qt's own toPython() is untyped
            chosen = edit.date()
            return date(chosen.year(), chosen.month(), chosen.day())

        return day(self.first), day(self.last), self.by_shift.isChecked()

    def reload(self) -> None:
        """The figures are a report: they are counted off the GUI thread."""
        desk, (first, last, by_shift) = self.desk, self._asked()
        self.error.setStyleSheet("color: #b83227;")
        self.errors.clear()
        if self.pbx is not None:
            self.pbx.load(first, last, by_shift)
        self.ops.run(Op(lambda: (first, last, by_shift,
                                 supervision_figures(desk.uow(), first, last, by_shift)),
                        done=self._arrived, errors=self.errors, failed=self._refused,
                        long=True, key="figures", label=self.tr("Counting…")))

    def _refused(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            self.last.setFocus()

    def _arrived(self, result: tuple[date, date, bool, list[Figures]]) -> None:
        *asked, rows = result
        if tuple(asked) != self._asked():
            self.reload()  # the leader changed the days or the grouping meanwhile
            return
        self.rows = rows
        self.table.setRowCount(0)
        for row in rows:
            mean = "—" if row.mean_rings is None else f"{row.mean_rings:.1f}"
            cells = [f"{row.agent_job_number} {row.agent_name}", self._shift_text(row),
                     str(row.calls), str(row.recorded), mean, _share(row.within_limit_share),
                     _share(row.greeting_share), _share(row.closing_share),
                     str(row.phrase_warnings), str(row.curt_in_notes)]
            index = self.table.rowCount()
            self.table.insertRow(index)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, col, item)
        if not rows:
            self.error.setStyleSheet("color: #5b6b7b;")
            self.error.show_text(self.tr("No calls in these days."))
