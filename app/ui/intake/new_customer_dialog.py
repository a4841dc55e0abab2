"""Registering an unknown caller without leaving the call.

The dialog is window-modal but opened with `open()`, so the intake form underneath keeps
every character typed; the new card comes back through `created`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.workflows.customers import CustomerForm, create_customer
from app.workflows.desk import Desk
from app.workflows.phone import normalise_phone
from app.workflows.screen_pop import CustomerCard


class NewCustomerDialog(QDialog):
    created = Signal(object)  # the CustomerCard

    def __init__(self, desk: Desk, phone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.setObjectName("newCustomerDialog")
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(460)
        self.problem = FieldError()
        self.problem.setObjectName("formError")
        self.errors = FieldErrors(general=self.problem)
        # the number as the desk read it (full-width digits folded), else as typed
        self.name, self.phones = QLineEdit(), QLineEdit(normalise_phone(phone) or phone)
        self.phones.setToolTip(self.tr("Several numbers separated by commas"))
        self.district, self.estate, self.building = QLineEdit(), QLineEdit(), QLineEdit()
        self.entrance, self.room, self.area = QLineEdit(), QLineEdit(), QLineEdit("0")
        self.contract = QLineEdit()
        self.heating = QCheckBox(self.tr("Space heating"))
        self.heating.setChecked(True)
        self.hot_water = QCheckBox(self.tr("Domestic hot water"))
        self.steam = QCheckBox(self.tr("Steam"))
        self.important = QCheckBox(self.tr("Important customer (level 1, rule 5.2.2)"))
        services = QWidget()
        row = QHBoxLayout(services)
        row.setContentsMargins(0, 0, 0, 0)
        for check in (self.heating, self.hot_water, self.steam):
            row.addWidget(check)
        row.addStretch(1)

        form = QFormLayout()
        for field, caption, widget in [
            ("name", self.tr("Name"), self.name), ("phones", self.tr("Phones"), self.phones),
            ("district", self.tr("District"), self.district),
            ("estate", self.tr("Estate"), self.estate),
            ("building", self.tr("Building"), self.building),
            ("entrance", self.tr("Entrance"), self.entrance),
            ("room", self.tr("Room"), self.room),
            ("heated_area", self.tr("Heated area (m²)"), self.area),
            ("services", self.tr("Services"), services),
            ("important", "", self.important),
            ("contract_notes", self.tr("Contract notes"), self.contract),
        ]:
            form.addRow(caption, self.errors.add(field, widget))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save (Ctrl+S)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel (Esc)"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.problem)
        box.addWidget(buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_S and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.submit()
            return
        super().keyPressEvent(event)

    def form(self) -> CustomerForm:
        return CustomerForm(
            name=self.name.text(), phones=[p for p in self.phones.text().replace("，", ",")
                                           .split(",")],
            district=self.district.text(), estate=self.estate.text(),
            building=self.building.text(), entrance=self.entrance.text(),
            room=self.room.text(), heated_area=self.area.text(),
            heating=self.heating.isChecked(), hot_water=self.hot_water.isChecked(),
            steam=self.steam.isChecked(), important=self.important.isChecked(),
            contract_notes=self.contract.text(),
        )

    def submit(self) -> None:
        self.errors.clear()
        form = self.form()
        self.ops.run(Op(lambda: create_customer(self.desk.uow(), form), done=self._created,
                        errors=self.errors, key="customer.create",
                        label=self.tr("Saving…")))

    def _created(self, card: CustomerCard) -> None:
        self.created.emit(card)
        self.accept()
