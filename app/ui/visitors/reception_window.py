"""The reception window (Ctrl+Shift+I, rule 3.7.2): the form on the left, the day's
register of visitors on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError, FieldErrors
from app.ui.intake.labels import categories
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import fill, make_table
from app.ui.screen_fit import fit_to_screen
from app.ui.visitors.reception_form import ReceptionForm
from app.workflows.desk import Desk
from app.workflows.visitors.reception import VisitorLine, VisitorSaved, visitors_on


class ReceptionWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Visitor reception"))
        fit_to_screen(self, 1280, 780)
        self.form = ReceptionForm(desk, self.ops)
        self.form.saved.connect(self._saved)
        self.heading = QLabel()
        self.heading.setObjectName("visitorHeading")
        today = desk.local(desk.clock()).date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        self.table = make_table([self.tr("Arrived"), self.tr("Visitor"), self.tr("Persons"),
                                 self.tr("Customer"), self.tr("Category"), self.tr("About"),
                                 self.tr("Handed"), self.tr("Order"), self.tr("Follow-up"),
                                 self.tr("Received by")])
        self.table.setObjectName("visitorRegister")
        right = QWidget()
        column = QVBoxLayout(right)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        caption = QLabel(self.tr("Register of &day"))
        caption.setBuddy(self.day)
        top.addWidget(caption)
        top.addWidget(self.day)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.general)
        split = QSplitter()
        split.addWidget(self.form)
        split.addWidget(right)
        split.setSizes([520, 760])
        self.setCentralWidget(split)
        self.refresh()

    def refresh(self) -> None:
        desk = self.desk
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        self.ops.run(Op(lambda: visitors_on(desk.uow(), day), done=self._shown,
                        errors=self.errors, key="visitors.register", latest=True))

    def _shown(self, lines: list[VisitorLine]) -> None:
        names = categories()
        self.heading.setText(self.tr("Visitors of the day: %1 visits, %2 persons").replace(
            "%1", str(len(lines))).replace("%2", str(sum(v.party for v in lines))))
        fill(self.table, [[timefmt.fmt(v.arrived_at, timefmt.TIME), v.name, v.party,
                           f"{v.customer_name} {v.account_number}".strip(),
                           names.get(v.category, v.category), v.description[:60],
                           "、".join(v.given), v.ticket_number, v.follow_up[:40],
                           v.received_by] for v in lines])

    def _saved(self, saved: VisitorSaved) -> None:
        number = saved.intake.ticket_number
        self.statusBar().showMessage(
            self.tr("Visit saved; work order %1").replace("%1", number) if number
            else self.tr("Visit saved"), 8000)
        self.refresh()

    def reopen(self) -> None:
        self.refresh()
