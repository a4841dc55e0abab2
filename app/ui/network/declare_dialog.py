"""Declare an outage over the chosen node (issue 16): a fault reported by the dispatch
centre or declared by the shift leader, or planned maintenance with its start, expected
end and reason. It opens a new incident or joins an open one; from then on every caller
from a covered building is told in the screen pop.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.ui.dialog_buttons import add_ok_cancel
from app.ui.field_errors import FieldError
from app.ui.network import labels
from app.ui.ops import Op, OpRunner
from app.ui.time_edit import from_qdatetime, time_editor
from app.workflows.desk import Desk
from app.workflows.network.outages import Declared, OutageForm, declare_outage
from app.workflows.network.vocab import NodeView
from app.workflows.tickets.incidents import IncidentView, list_incidents
from app.workflows.units import active_units

DEFAULT_HOURS = 6  # a fault's first estimate; the leader corrects it


class DeclareDialog(QDialog):
    declared = Signal(object)  # Declared

    def __init__(self, desk: Desk, node: NodeView, parent: QWidget | None = None,
                 reason: str = "") -> None:
        super().__init__(parent)
        self.desk, self.node = desk, node
        self.setObjectName("declareOutageDialog")
        self.setWindowTitle(self.tr("Declare an outage"))
        self.setMinimumWidth(520)
        self.ops = OpRunner(self, desk)
        self.general = FieldError()
        self.errors = labels.network_errors(self.general)
        form = QFormLayout(self)
        scope = QLabel(self.tr("%1 (%2 households)").replace("%1", node.name)
                       .replace("%2", str(node.households)))
        scope.setObjectName("declareScope")
        form.addRow(self.tr("Covers"), self.errors.add("nodes", scope))
        self.kind = QComboBox()
        for value, text in labels.outage_kinds().items():
            self.kind.addItem(text, value)
        form.addRow(self.tr("Kind"), self.errors.add("kind", self.kind))
        self.origin = QComboBox()
        form.addRow(self.tr("Reported by"), self.errors.add("origin", self.origin))
        self.reason = QLineEdit(reason)
        self.reason.setPlaceholderText(self.tr("e.g. circulation pump failure"))
        form.addRow(self.tr("Reason"), self.errors.add("reason", self.reason))
        now = desk.clock()
        self.starts = time_editor(now)
        form.addRow(self.tr("Starts"), self.errors.add("starts_at", self.starts))
        self.ends = time_editor(now + timedelta(hours=DEFAULT_HOURS))
        form.addRow(self.tr("Expected end"), self.errors.add("expected_end_at", self.ends))
        self.unit = QComboBox()
        form.addRow(self.tr("Executing unit"), self.errors.add("unit", self.unit))
        self.incident = QComboBox()
        self.incident.addItem(self.tr("Open a new incident"), None)
        form.addRow(self.tr("Incident"), self.errors.add("incident", self.incident))
        form.addRow(self.general)
        self.buttons = add_ok_cancel(form, self, self.save)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.ops.run(Op(lambda: (active_units(desk.uow()), list_incidents(desk.uow())),
                        done=self._choices, key="network.declare.choices"))
        self.reason.setFocus()

    def _kind_changed(self) -> None:
        planned = self.kind.currentData() == "planned"
        self.origin.clear()
        for value, text in labels.origins().items():
            if (value == "planned") == planned:
                self.origin.addItem(text, value)

    def _choices(self, loaded: tuple[list[Any], list[IncidentView]]) -> None:
        units, incidents = loaded
        for unit in units:
            self.unit.addItem(unit.name, unit.id)
        for incident in incidents:
            if incident.status == "open":
                self.incident.addItem(self.tr("Join: %1").replace("%1", incident.title),
                                      incident.id)

    def form(self) -> OutageForm:
        node = self.node
        nodes: dict[str, list[int]] = {"source": [], "substation": [], "building": []}
        nodes[node.kind].append(node.id)
        starts: datetime = from_qdatetime(self.starts.dateTime())
        return OutageForm(
            kind=self.kind.currentData(), origin=self.origin.currentData(),
            reason=self.reason.text(), starts_at=starts,
            expected_end_at=from_qdatetime(self.ends.dateTime()),
            unit_id=self.unit.currentData() or 0, sources=nodes["source"],
            substations=nodes["substation"], buildings=nodes["building"],
            incident_id=self.incident.currentData())

    def save(self) -> None:
        form, desk = self.form(), self.desk

        def done(declared: Declared) -> None:
            self.declared.emit(declared)
            self.accept()

        self.ops.run(Op(lambda: declare_outage(desk.uow(), form), done=done,
                        errors=self.errors, key="network.declare", disable=(self.buttons,),
                        label=self.tr("Declaring…")))
