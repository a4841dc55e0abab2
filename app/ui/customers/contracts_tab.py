"""The contracts tab: the customer's heating contract of each season (rule 3.1.3), newest
first, the terms where they differ from the standard; leaders add (Ctrl+N) and change
(Enter) them."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.customers.contract_dialog import ContractDialog
from app.ui.customers.messages import archive_field_errors
from app.ui.customers.names import contract_status_names
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import fill, make_table
from app.workflows.customers.contracts import ContractView, list_contracts
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed


def _range(low: object, high: object) -> str:
    if low is None and high is None:
        return ""
    return f"{'' if low is None else low}–{'' if high is None else high}"


class ContractsTab(QWidget):
    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.customer_id: int | None = None
        self.coming = 0  # the season a new contract is for by default
        self.contracts: list[ContractView] = []
        self.may_edit = allowed(desk.actor.role if desk.actor else None,
                                Permission.ARCHIVE_EDIT_CONTRACT)
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)
        self.table = make_table([
            self.tr("Season"), self.tr("Status"), self.tr("Signed on"), self.tr("Area m²"),
            self.tr("Services"), self.tr("Response level"), self.tr("Room °C"),
            self.tr("Hot water °C"), self.tr("Notes")])
        self.table.setObjectName("archiveContracts")
        self.table.activated.connect(lambda _i: self.edit())
        self.new_button = QPushButton(self.tr("&New contract (Ctrl+N)"))
        self.new_button.clicked.connect(self.new)
        self.edit_button = QPushButton(self.tr("&Change (Enter)"))
        self.edit_button.clicked.connect(self.edit)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new)
        for button in (self.new_button, self.edit_button):
            button.setVisible(self.may_edit)
        self.note = QLabel(self.tr("Empty ranges and level: the company's standard applies. "
                                   "The contract of the season in force sets the deadlines "
                                   "and the quality ranges."))
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.general)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def set_customer(self, customer_id: int, coming_season: int) -> None:
        self.customer_id = customer_id
        self.coming = coming_season
        self.refresh()

    def refresh(self) -> None:
        if self.customer_id is None:
            return
        desk, customer_id = self.desk, self.customer_id
        self.ops.run(Op(lambda: list_contracts(desk.uow(), customer_id),
                        done=self.show_contracts, errors=self.errors, latest=True,
                        key="archive.contracts"))

    def show_contracts(self, contracts: list[ContractView]) -> None:
        self.contracts = contracts
        statuses = self.tr("heating"), self.tr("hot water"), self.tr("steam")
        names = contract_status_names()
        fill(self.table, [[
            c.season_label, names.get(c.status, c.status),
            c.signed_on.isoformat() if c.signed_on else "",
            "" if c.heated_area is None else c.heated_area,
            "、".join(t for t, on in zip(statuses, (c.heating, c.hot_water, c.steam),
                                         strict=True) if on),
            "" if c.response_level is None else c.response_level,
            _range(c.room_temp_min, c.room_temp_max),
            _range(c.hot_water_min, c.hot_water_max), c.notes] for c in contracts])
        if contracts:
            self.table.selectRow(0)
        self.edit_button.setEnabled(bool(contracts))

    def _current(self) -> ContractView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.contracts[rows[0].row()] if rows else None

    def new(self) -> None:
        if not self.may_edit or self.customer_id is None:
            return
        taken = {c.season for c in self.contracts}
        season = self.coming if self.coming not in taken else max(taken) + 1
        self._open(ContractDialog(self.desk, self.customer_id, season, None, self))

    def edit(self) -> None:
        contract = self._current()
        if not self.may_edit or contract is None or self.customer_id is None:
            return
        self._open(ContractDialog(self.desk, self.customer_id, contract.season, contract,
                                  self))

    def _open(self, dialog: ContractDialog) -> None:
        dialog.saved.connect(lambda _c: self.refresh())
        dialog.open()
