"""The households a trip may visit (rule 3.8): filtered by day, unit and estate, listed in
walking order with a tick box each; Ctrl+Enter makes the trip of the ticked ones."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import make_table
from app.ui.trips.labels import kinds
from app.ui.trips.messages import trip_field_errors
from app.workflows.desk import Desk
from app.workflows.trips.planning import (
    Candidates,
    Pick,
    TripForm,
    TripView,
    candidates,
    create_trip,
    technicians,
)
from app.workflows.trips.walking import floor_of
from app.workflows.units import active_units


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CandidatesPanel(QWidget):
    created = Signal(object)  # TripView

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.found: Candidates | None = None
        self.day = QDateEdit(qdate(desk.local(desk.clock()).date()))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.unit = QComboBox()
        self.estate = QComboBox()
        self.estate.setEditable(True)
        self.technician = QComboBox()
        self.find_button = QPushButton(self.tr("&Find (F5)"))
        self.find_button.setShortcut("F5")
        self.find_button.clicked.connect(self.search)
        self.create_button = QPushButton(self.tr("&Create trip (Ctrl+Enter)"))
        self.create_button.setShortcut("Ctrl+Return")
        self.create_button.clicked.connect(self.make_trip)
        self.summary = QLabel()
        self.general = FieldError()
        self.errors = trip_field_errors(general=self.general)
        self.table = make_table(["", self.tr("Address"), self.tr("Floor"), self.tr("Type"),
                                 self.tr("Order"), self.tr("Customer"), self.tr("Phone"),
                                 self.tr("Matter")])
        self.table.setObjectName("tripCandidates")
        filters = QHBoxLayout()
        for label, widget in ((self.tr("&Day"), self.day), (self.tr("&Unit"), self.unit),
                              (self.tr("&Estate"), self.estate)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1 if widget is self.estate else 0)
        filters.addWidget(self.find_button)
        make = QHBoxLayout()
        caption = QLabel(self.tr("&Technician"))
        caption.setBuddy(self.technician)
        make.addWidget(self.summary, 1)
        make.addWidget(caption)
        make.addWidget(self.technician)
        make.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)
        layout.addLayout(make)
        self._load_choices()

    def _load_choices(self) -> None:
        desk = self.desk
        self.ops.run(Op(lambda: (active_units(desk.uow()), technicians(desk.uow())),
                        done=self._choices, errors=self.errors, key="trips.choices",
                        latest=True))

    def _choices(self, got: tuple) -> None:
        units, techs = got
        self.unit.clear()
        self.unit.addItem(self.tr("(all units)"), None)
        for u in units:
            self.unit.addItem(u.name, u.id)
        self.technician.clear()
        self.technician.addItem(self.tr("(not named)"), None)
        for tid, job, name in techs:
            self.technician.addItem(f"{name} {job}", tid)
        if self.desk.actor is not None:
            index = self.technician.findData(self.desk.actor.id)
            self.technician.setCurrentIndex(max(index, 0))
        self.search()

    def search(self) -> None:
        desk, day = self.desk, self.picked_day()
        unit, estate = self.unit.currentData(), self.estate.currentText().strip()
        self.ops.run(Op(lambda: candidates(desk.uow(), day, unit, estate), done=self._found,
                        errors=self.errors, key="trips.candidates", latest=True, long=True,
                        label=self.tr("Finding households…")))

    def _found(self, found: Candidates) -> None:
        self.found = found
        self.errors.clear()
        current = self.estate.currentText()
        self.estate.blockSignals(True)
        self.estate.clear()
        self.estate.addItems(["", *found.estates])
        self.estate.setCurrentText(current)
        self.estate.blockSignals(False)
        names = kinds()
        self.table.setRowCount(len(found.rows))
        for r, c in enumerate(found.rows):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            self.table.setItem(r, 0, tick)
            place = f"{c.estate} {'-'.join(p for p in (c.building, c.entrance, c.room) if p)}"
            values = [place, str(floor_of(c.room) or ""), names.get(c.kind, c.kind), c.number,
                      f"{c.name} {c.account_number}", c.phone, c.description[:60]]
            for col, value in enumerate(values, start=1):
                self.table.setItem(r, col, QTableWidgetItem(value))
        self.summary.setText(self.tr("%1 households found; tick the ones to visit (Space).")
                             .replace("%1", str(len(found.rows))))

    def ticked(self) -> list[Pick]:
        if self.found is None:
            return []
        return [Pick(c.kind, c.customer_id, c.ticket_id, c.notice_id)
                for r, c in enumerate(self.found.rows) if self._ticked(r)]

    def _ticked(self, row: int) -> bool:
        item = self.table.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def picked_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    def tick_all(self, count: int | None = None) -> None:
        for r in range(self.table.rowCount() if count is None else count):
            item = self.table.item(r, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked)

    def make_trip(self) -> None:
        desk = self.desk
        form = TripForm(day=self.picked_day(), picks=self.ticked(),
                        unit_id=self.unit.currentData(),
                        estate=self.estate.currentText().strip(),
                        technician_id=self.technician.currentData())
        self.ops.run(Op(lambda: create_trip(desk.uow(), form), done=self._created,
                        errors=self.errors, key="trips.create", disable=[self.create_button],
                        label=self.tr("Creating the trip…")))

    def _created(self, view: TripView) -> None:
        self.errors.clear()
        self.created.emit(view)
        self.search()
