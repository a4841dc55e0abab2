"""The field-trip window (Ctrl+Shift+T, rule 3.8): the households to choose from above, the
trip with its stops, phone results, feedback and papers below."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from app.ui.ops import OpRunner
from app.ui.screen_fit import fit_to_screen
from app.ui.trips.candidates_panel import CandidatesPanel
from app.ui.trips.trip_panel import TripPanel
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.trips.planning import TripView


class TripWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.setWindowTitle(self.tr("Field trips"))
        fit_to_screen(self, 1280, 800)
        self.candidates = CandidatesPanel(desk, self.ops)
        self.trip = TripPanel(desk, self.ops)
        self.candidates.created.connect(self._created)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.candidates)
        split.addWidget(self.trip)
        split.setSizes([420, 380])
        self.candidates.setVisible(allowed(desk.actor.role if desk.actor else None,
                                           Permission.TRIP_PLAN))
        self.setCentralWidget(split)
        self.trip.refresh()

    def _created(self, view: TripView) -> None:
        self.trip.refresh(select=view.head.id)
        self.trip.show_view(view)

    def reopen(self) -> None:
        self.candidates.search()
        self.trip.refresh()

