"""The "new incident" form of the incidents window (a burst pipe, a substation fault).

Kind, title, the executing unit, the estate and its buildings (empty: the whole estate),
the expected end and a description. The workflow checks it; its codes appear under the
fields and nothing is written until the form is right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.tickets.incident_text import KINDS, kind_label
from app.ui.time_edit import from_qdatetime, time_editor
from app.workflows.desk import Desk
from app.workflows.tickets.incidents import IncidentForm, IncidentView, open_incident
from app.workflows.units import UnitView

_SEPARATORS = re.compile(r"[,，、;；\s]+")
DEFAULT_DURATION = timedelta(hours=4)


def buildings_of(text: str) -> list[str]:
    """'3, 4号楼、5' -> ['3', '4', '5']; the customer records keep the bare number."""
    return [part.removesuffix("号楼") for part in _SEPARATORS.split(text.strip()) if part]


class IncidentFormView(QGroupBox):
    """Emits `opened(IncidentView)` after the incident was saved."""

    opened = Signal(object)

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("New incident (Ctrl+N, save with Ctrl+S)"))
        self.desk = desk
        self.ops = ops  # the incidents window's runner
        self.kind = QComboBox()
        for key in KINDS:
            self.kind.addItem(kind_label(key), key)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("incidentTitle")
        self.title_edit.setPlaceholderText(self.tr("e.g. Pipe burst at buildings 3 and 4"))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("(choose a unit)"), None)  # as on the desk
        self.estate = QComboBox()
        self.estate.setObjectName("incidentEstate")
        self.estate.setEditable(True)
        self.buildings = QLineEdit()
        self.buildings.setObjectName("incidentBuildings")
        self.buildings.setPlaceholderText(self.tr("e.g. 3, 4 (empty: the whole estate)"))
        self.expected_end = time_editor(desk.clock() + DEFAULT_DURATION)
        self.description = QLineEdit()
        self.save_button = QPushButton(self.tr("Open incident"))
        self.save_button.setObjectName("incidentSave")
        self.save_button.clicked.connect(self.save)
        self.general = FieldError()
        self.errors = FieldErrors(general=self.general)
        form = QFormLayout(self)
        form.addRow(self.tr("&Kind"), self.errors.add("kind", self.kind))
        form.addRow(self.tr("&Title"), self.errors.add("title", self.title_edit))
        form.addRow(self.tr("&Unit"), self.errors.add("unit", self.unit))
        form.addRow(self.tr("&Estate"), self.errors.add("areas", self.estate))
        form.addRow(self.tr("&Buildings"), self.buildings)
        form.addRow(self.tr("E&xpected end"), self.errors.add("expected_end_at",
                                                              self.expected_end))
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.general)
        form.addRow(self.save_button)

    def set_places(self, places: tuple[Sequence[UnitView], Sequence[str]]) -> None:
        """The units and estates to choose from, read after the window opened; what was
        chosen or typed meanwhile is kept."""
        units, estates = places
        unit, estate = self.unit.currentData(), self.estate.currentText()
        while self.unit.count() > 1:  # the first entry is "choose"
            self.unit.removeItem(1)
        for found in units:
            self.unit.addItem(found.name, found.id)
        self.unit.setCurrentIndex(max(self.unit.findData(unit), 0))
        self.estate.clear()
        self.estate.addItems(list(estates))
        self.estate.setCurrentText(estate)

    def values(self) -> IncidentForm:
        estate = self.estate.currentText().strip()
        areas = [(estate, b) for b in buildings_of(self.buildings.text())] or [(estate, "")]
        return IncidentForm(kind=self.kind.currentData(), title=self.title_edit.text(),
                            unit_id=self.unit.currentData() or -1, areas=areas,
                            description=self.description.text(),
                            expected_end_at=from_qdatetime(self.expected_end.dateTime()))

    def expected_end_at(self) -> datetime:
        return from_qdatetime(self.expected_end.dateTime())

    def save(self) -> None:
        """Open the incident; `opened` follows once it is saved."""
        self.errors.clear()
        form = self.values()
        if form.expected_end_at is not None and form.expected_end_at <= self.desk.clock():
            self.errors.show({"expected_end_at": "time.not_future"})
            return
        desk = self.desk
        self.ops.run(Op(lambda: open_incident(desk.uow(), form), done=self._saved,
                        errors=self.errors, disable=(self.save_button,),
                        key="incident.open"))

    def _saved(self, incident: IncidentView) -> None:
        self.title_edit.clear()
        self.buildings.clear()
        self.description.clear()
        self.opened.emit(incident)
