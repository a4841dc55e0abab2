"""One season's heating contract (rule 3.1.3): new (Ctrl+N) or changed (Enter) by a leader.

Ranges and the response level are filled only where the contract differs from the
company's standard; empty means the standard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from app.ui.customers.messages import archive_explain, archive_field_errors
from app.ui.customers.names import contract_status_names
from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.workflows.customers.contracts import ContractForm, ContractView, save_contract
from app.workflows.customers.season import season_label
from app.workflows.desk import Desk


def _text(value: object) -> str:
    return "" if value is None else str(value)


class ContractDialog(QDialog):
    saved = Signal(object)  # ContractView

    def __init__(self, desk: Desk, customer_id: int, season: int,
                 contract: ContractView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.customer_id = customer_id
        self.contract = contract
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(archive_explain)
        self.setWindowTitle(self.tr("Heating contract") if contract is None
                            else self.tr("Heating contract %1").replace(
                                "%1", contract.season_label))
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)
        self.season = QLineEdit(contract.season_label if contract else season_label(season))
        self.season.setReadOnly(contract is not None)  # a season's contract stays its own
        self.status = QComboBox()
        for value, text in contract_status_names().items():
            if value != "none":
                self.status.addItem(text, value)
        self.signed_on = QLineEdit()
        self.signed_on.setPlaceholderText("2026-10-20")
        self.area = QLineEdit()
        self.area.setPlaceholderText(self.tr("empty: the recorded area"))
        self.heating = QCheckBox(self.tr("Space &heating"))
        self.hot_water = QCheckBox(self.tr("Hot &water"))
        self.steam = QCheckBox(self.tr("S&team"))
        self.level = QComboBox()
        self.level.addItem(self.tr("Standard (by importance)"), None)
        for level in (1, 2, 3):
            self.level.addItem(self.tr("Level %1").replace("%1", str(level)), level)
        self.room_min, self.room_max = QLineEdit(), QLineEdit()
        self.water_min, self.water_max = QLineEdit(), QLineEdit()
        for edit in (self.room_min, self.room_max, self.water_min, self.water_max):
            edit.setPlaceholderText(self.tr("standard"))
        self.notes = QLineEdit()

        form = QFormLayout(self)
        form.addRow(self.tr("&Season"), self.errors.add("season", self.season))
        form.addRow(self.tr("S&tatus"), self.errors.add("status", self.status))
        form.addRow(self.tr("Signed &on"), self.errors.add("signed_on", self.signed_on))
        form.addRow(self.tr("Heated &area (m²)"), self.errors.add("heated_area", self.area))
        services = QHBoxLayout()
        for box in (self.heating, self.hot_water, self.steam):
            services.addWidget(box)
        services_box = QWidget()
        services_box.setLayout(services)
        form.addRow(self.tr("Services"), self.errors.add("services", services_box))
        form.addRow(self.tr("&Response level"), self.errors.add("response_level", self.level))
        form.addRow(self.tr("Room temperature from (°C)"),
                    self.errors.add("room_temp_min", self.room_min))
        form.addRow(self.tr("Room temperature to (°C)"),
                    self.errors.add("room_temp_max", self.room_max))
        form.addRow(self.tr("Hot water from (°C)"),
                    self.errors.add("hot_water_min", self.water_min))
        form.addRow(self.tr("Hot water to (°C)"),
                    self.errors.add("hot_water_max", self.water_max))
        form.addRow(self.tr("&Notes"), self.errors.add("notes", self.notes))
        form.addRow(self.general)
        self.buttons = add_ok_cancel(form, self, self.save)
        self._fill(contract)

    def _fill(self, contract: ContractView | None) -> None:
        if contract is None:
            self.heating.setChecked(True)
            return
        self.status.setCurrentIndex(max(0, self.status.findData(contract.status)))
        self.signed_on.setText(_text(contract.signed_on))
        self.area.setText(_text(contract.heated_area))
        self.heating.setChecked(contract.heating)
        self.hot_water.setChecked(contract.hot_water)
        self.steam.setChecked(contract.steam)
        self.level.setCurrentIndex(max(0, self.level.findData(contract.response_level)))
        for edit, value in ((self.room_min, contract.room_temp_min),
                            (self.room_max, contract.room_temp_max),
                            (self.water_min, contract.hot_water_min),
                            (self.water_max, contract.hot_water_max)):
            edit.setText(_text(value))
        self.notes.setText(contract.notes)

    def form(self) -> ContractForm:
        return ContractForm(
            season=self.season.text(), status=str(self.status.currentData()),
            signed_on=self.signed_on.text(), heated_area=self.area.text(),
            heating=self.heating.isChecked(), hot_water=self.hot_water.isChecked(),
            steam=self.steam.isChecked(), response_level=self.level.currentData(),
            room_temp_min=self.room_min.text(), room_temp_max=self.room_max.text(),
            hot_water_min=self.water_min.text(), hot_water_max=self.water_max.text(),
            notes=self.notes.text())

    def save(self) -> None:
        desk, customer_id, form = self.desk, self.customer_id, self.form()
        version = self.contract.version if self.contract else None
        self.ops.run(Op(lambda: save_contract(desk.uow(), customer_id, form, version),
                        done=self._saved, errors=self.errors, disable=(self.buttons,),
                        key="archive.contract.save", label=self.tr("Saving the contract…")))

    def _saved(self, contract: ContractView) -> None:
        self.saved.emit(contract)
        self.accept()
