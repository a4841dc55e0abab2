"""Add or change one node of the network: a heat source, a substation or a building.

A building is named as the customer archive writes it (estate and building number), so its
households are the customers at that address; saving recounts the substations it touches.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError
from app.ui.network.labels import network_errors
from app.ui.ops import Op, OpRunner
from app.workflows.desk import Desk
from app.workflows.network.tree import save_building, save_source, save_substation
from app.workflows.network.vocab import NodeView


class NodeDialog(QDialog):
    saved = Signal(str, int)  # kind, id

    def __init__(self, desk: Desk, kind: str, parent_id: int | None,
                 node: NodeView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.kind, self.parent_id, self.node = desk, kind, parent_id, node
        self.setObjectName("networkNodeDialog")
        titles = {"source": self.tr("Heat source"), "substation": self.tr("Substation"),
                  "building": self.tr("Building")}
        self.setWindowTitle(titles[kind])
        self.ops = OpRunner(self, desk)
        self.general = FieldError()
        self.errors = network_errors(self.general)
        form = QFormLayout(self)
        self.first = QLineEdit()
        self.second = QLineEdit()
        if kind == "building":
            form.addRow(self.tr("Estate"), self.errors.add("estate", self.first))
            form.addRow(self.tr("Building No."), self.errors.add("building", self.second))
            if node is not None:
                self.first.setText(node.estate)
                self.second.setText(node.building)
        else:
            form.addRow(self.tr("Name"), self.errors.add("name", self.first))
            form.addRow(self.tr("Address"), self.second)
            if node is not None:
                self.first.setText(node.name)
                self.second.setText(node.address)
        form.addRow(self.general)
        self.buttons = add_ok_cancel(form, self, self.save)

    def _call(self) -> Callable[[], int]:
        desk, first, second = self.desk, self.first.text(), self.second.text()
        node_id = self.node.id if self.node else None
        version = self.node.version if self.node else None
        parent_id = self.parent_id
        if self.kind == "source":
            return lambda: save_source(desk.uow(), first, second, node_id, version)
        assert parent_id is not None
        if self.kind == "substation":
            return lambda: save_substation(desk.uow(), parent_id, first, second, node_id,
                                           version)
        return lambda: save_building(desk.uow(), parent_id, first, second, node_id, version)

    def save(self) -> None:
        def done(node_id: int) -> None:
            self.saved.emit(self.kind, node_id)
            self.accept()

        self.ops.run(Op(self._call(), done=done, errors=self.errors, key="network.node",
                        disable=(self.buttons,), label=self.tr("Saving…")))
