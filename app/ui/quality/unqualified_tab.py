"""Homes whose non-exempt samples failed, each one key from a heating-quality work order.

The order goes to the chosen executing unit with the level the customer's importance or
contract gives (rule 5.2.2); a home with an open order shows its number instead.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.messages import quality_field_errors
from app.ui.quality.tables import fill, make_table
from app.workflows.desk import Desk
from app.workflows.intake import IntakeResult
from app.workflows.quality.unqualified import UnqualifiedHome, open_work_order, unqualified_homes
from app.workflows.tickets.numbers import format_ticket_number
from app.workflows.units import active_units


class UnqualifiedTab(QWidget):
    order_opened = Signal(str)  # the work-order number

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self._asked = 0  # only the newest of overlapping reads is shown
        self.season = ""
        self.homes: list[UnqualifiedHome] = []
        self.units = QComboBox()
        self.open_button = QPushButton(self.tr("&Open work order (Ctrl+O)"))
        QShortcut(QKeySequence("Ctrl+O"), self, self.open_order)
        self.open_button.clicked.connect(self.open_order)
        self.error = FieldError()
        self.errors = quality_field_errors(general=self.error)
        self.result = QLabel()
        self.result.setObjectName("orderResult")
        self.table = make_table([self.tr("Account"), self.tr("Name"), self.tr("Failed samples"),
                                 self.tr("Last date"), self.tr("Room"), self.tr("°C"),
                                 self.tr("Qualified range °C"), self.tr("Work order"),
                                 self.tr("Address")])
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.activated.connect(lambda _i: self.open_order())
        top = QHBoxLayout()
        unit_label = QLabel(self.tr("Executing &unit"))
        unit_label.setBuddy(self.units)
        top.addWidget(unit_label)
        top.addWidget(self.units)
        top.addWidget(self.open_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addWidget(self.table, 1)

    def set_season(self, label: str) -> None:
        self.season = label
        self.refresh()

    def refresh(self) -> None:
        self._asked += 1
        asked, desk, season = self._asked, self.desk, self.season
        need_units = self.units.count() == 0

        def load() -> tuple[list[tuple[str, int]], list[UnqualifiedHome]]:
            units = [(f"{u.code} {u.name}", u.id) for u in active_units(desk.uow())] \
                if need_units else []
            return units, unqualified_homes(desk.uow(), season)

        self.ops.run(Op(load, done=lambda loaded: self._show(asked, *loaded),
                        errors=self.errors, key=f"quality.unqualified.{asked}"))

    def _show(self, asked: int, units: list[tuple[str, int]],
              homes: list[UnqualifiedHome]) -> None:
        if asked != self._asked:
            return
        if self.units.count() == 0:
            for text, unit_id in units:
                self.units.addItem(text, unit_id)
        self.homes = homes
        contract = self.tr(" (contract)")
        fill(self.table, [[h.account_number, h.name, h.failed, h.last_day.isoformat(),
                           h.last_room, h.last_temperature,
                           f"{h.low}–{h.high}" + (contract if h.contract else ""),
                           format_ticket_number(h.open_ticket_id) if h.open_ticket_id else "", h.address]
                          for h in self.homes])
        if self.homes:
            self.table.selectRow(0)
        self._selection()

    def _current(self) -> UnqualifiedHome | None:
        rows = self.table.selectionModel().selectedRows()
        return self.homes[rows[0].row()] if rows else None

    def _selection(self) -> None:
        home = self._current()
        self.open_button.setEnabled(home is not None and home.open_ticket_id is None)

    def description(self, home: UnqualifiedHome) -> str:
        return self.tr("Room temperature sample not qualified: %1 %2 %3 °C "
                       "(qualified %4–%5 °C), %6 failed samples this season.") \
            .replace("%1", home.last_day.isoformat()).replace("%2", home.last_room) \
            .replace("%3", str(home.last_temperature)).replace("%4", str(home.low)) \
            .replace("%5", str(home.high)).replace("%6", str(home.failed))

    def open_order(self) -> None:
        home = self._current()
        if home is None or home.open_ticket_id is not None:
            return
        desk, unit, text = self.desk, self.units.currentData(), self.description(home)
        self.ops.run(Op(lambda: open_work_order(desk.uow(), home.customer_id, unit, text),
                        done=lambda result: self._opened(home, result), errors=self.errors,
                        disable=(self.open_button,), key="quality.unqualified.open",
                        label=self.tr("Opening the work order…")))

    def _opened(self, home: UnqualifiedHome, result: IntakeResult) -> None:
        self.error.clear()
        self.open_button.setEnabled(False)  # the home has its order now; the list follows
        number = result.ticket_number or ""
        self.result.setText(self.tr("Work order %1 opened for %2.").replace("%1", number)
                            .replace("%2", home.name))
        self.refresh()
        self.order_opened.emit(number)
