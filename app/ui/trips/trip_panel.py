"""One trip: its stops in walking order with the estimated time, the phone result and the
feedback of each stop, and its papers (route sheet with every visit notice; the report)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.printing.preview_dialog import PreviewDialog
from app.ui.quality.tables import make_table
from app.ui.trips.appointment_dialog import AppointmentDialog
from app.ui.trips.feedback_dialog import FeedbackDialog
from app.ui.trips.labels import appointments, kinds, minutes_text, outcomes
from app.ui.trips.messages import trip_field_errors
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.trips.papers import TripPapers, record_trip_printed, trip_papers
from app.workflows.trips.planning import TripView, list_trips, remove_stop, trip_view
from app.workflows.trips.report import trip_report_job

DAYS_LISTED = 14  # trips of the last two weeks and the week ahead are offered


class TripPanel(QWidget):
    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.view: TripView | None = None
        self.dialog: QWidget | None = None
        role = desk.actor.role if desk.actor else None
        self.trips = QComboBox()
        self.trips.setObjectName("tripChoice")
        self.trips.currentIndexChanged.connect(lambda _i: self.load())
        self.estimate = QLabel()
        self.estimate.setObjectName("tripEstimate")
        self.table = make_table([self.tr("No."), self.tr("Address"), self.tr("Floor"),
                                 self.tr("Type"), self.tr("Order"), self.tr("Customer"),
                                 self.tr("Phone"), self.tr("Phone result"),
                                 self.tr("Feedback")])
        self.table.setObjectName("tripStops")
        self.table.activated.connect(lambda _i: self.feedback())
        self.general = FieldError()
        self.errors = trip_field_errors(general=self.general)
        self.call_button = QPushButton(self.tr("&Phone result…"))
        self.call_button.clicked.connect(self.phone_result)
        self.feedback_button = QPushButton(self.tr("&Feedback… (Enter)"))
        self.feedback_button.clicked.connect(self.feedback)
        self.remove_button = QPushButton(self.tr("Remove stop (Del)"))
        self.remove_button.clicked.connect(self.remove)
        # Del in the stop list only: the candidates above and the fields keep their Del
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.remove,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.print_button = QPushButton(self.tr("&Print trip (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_trip)
        self.report_button = QPushButton(self.tr("Trip &report (Ctrl+R)"))
        self.report_button.setShortcut("Ctrl+R")
        self.report_button.clicked.connect(self.report)
        plans = allowed(role, Permission.TRIP_PLAN)
        feeds = self.may_feed = allowed(role, Permission.TRIP_FEEDBACK)
        self.call_button.setVisible(plans)
        self.remove_button.setVisible(plans)
        self.print_button.setVisible(plans)
        self.feedback_button.setVisible(feeds)
        self.report_button.setVisible(feeds)
        top = QHBoxLayout()
        caption = QLabel(self.tr("T&rip"))
        caption.setBuddy(self.trips)
        top.addWidget(caption)
        top.addWidget(self.trips, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.estimate, 1)
        for button in (self.call_button, self.remove_button, self.feedback_button,
                       self.print_button, self.report_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.general)
        layout.addLayout(buttons)

    def refresh(self, select: int | None = None) -> None:
        desk = self.desk
        today = desk.local(desk.clock()).date()
        first, last = today - timedelta(days=DAYS_LISTED), today + timedelta(days=7)
        self.ops.run(Op(lambda: list_trips(desk.uow(), first, last),
                        done=lambda heads: self._listed(heads, select), errors=self.errors,
                        key="trips.list", latest=True))

    def _listed(self, heads: list, select: int | None) -> None:
        keep = select or self.trips.currentData()
        self.trips.blockSignals(True)
        self.trips.clear()
        for h in heads:
            self.trips.addItem(self._head_text(h.trip_date, h.technician_name, h.estate,
                                               h.stops, h.status), h.id)
        index = self.trips.findData(keep) if keep else 0
        self.trips.setCurrentIndex(max(index, 0))
        self.trips.blockSignals(False)
        self.load()

    def _head_text(self, day: date, technician: str, estate: str, stops: int,
                   status: str) -> str:
        state = self.tr("reported") if status == "reported" else self.tr("planned")
        return self.tr("%1 %2 %3: %4 stops (%5)").replace("%1", day.isoformat()).replace(
            "%2", technician or "—").replace("%3", estate or self.tr("all estates")).replace(
            "%4", str(stops)).replace("%5", state)

    def load(self) -> None:
        trip_id = self.trips.currentData()
        if trip_id is None:
            self.show_view(None)
            return
        desk = self.desk
        self.ops.run(Op(lambda: trip_view(desk.uow(), trip_id), done=self.show_view,
                        errors=self.errors, key="trips.view", latest=True))

    def show_view(self, view: TripView | None) -> None:
        self.view = view
        stops = view.stops if view else ()
        names, calls, results = kinds(), appointments(), outcomes()
        self.table.setRowCount(len(stops))
        for r, s in enumerate(stops):
            call = calls.get(s.appointment, s.appointment)
            if s.appointment == "agreed" and s.agreed_at:
                call = f"{call} {timefmt.fmt(s.agreed_at, timefmt.TIME)} {s.reached_name}"
            result = results.get(s.outcome, s.outcome)
            if s.indoor_temperature is not None:
                result += f" {s.indoor_temperature} °C"
            if s.follow_up_number:
                result += f" → {s.follow_up_number}"
            place = f"{s.estate} {'-'.join(p for p in (s.building, s.entrance, s.room) if p)}"
            values = [str(s.position), place, str(s.floor or ""), names.get(s.kind, s.kind),
                      s.number, s.name, s.phone, call, result]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 8 and s.outcome == "pending":
                    font = QFont()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        if view is None:
            self.estimate.setText(self.tr("No trip yet: tick households above and press "
                                          "Create trip."))
        else:
            e = view.estimate
            self.estimate.setText(
                self.tr("%1 stops in %2 buildings of %3 estates, about %4.")
                .replace("%1", str(e.stops)).replace("%2", str(e.buildings))
                .replace("%3", str(e.estates)).replace("%4", minutes_text(e.minutes)))
        planned = view is not None and view.head.status == "planned"
        for button in (self.call_button, self.remove_button, self.feedback_button,
                       self.print_button):
            button.setEnabled(planned)
        self.report_button.setEnabled(view is not None)

    def _stop(self):  # noqa: ANN202 (the selected StopRow or None)
        if self.view is None or not self.view.stops:
            return None
        row = max(self.table.currentRow(), 0)
        return self.view.stops[min(row, len(self.view.stops) - 1)]

    def phone_result(self) -> None:
        stop = self._stop()
        if stop is not None and self.view is not None:
            self.dialog = AppointmentDialog(self.desk, stop, self.view.head.trip_date, self)
            self.dialog.saved.connect(self.show_view)
            self.dialog.open()

    def remove(self) -> None:
        """Take the selected stop off the planned trip; the rest keep their order."""
        stop = self._stop()
        if stop is None or self.view is None or self.view.head.status != "planned":
            return
        desk, stop_id = self.desk, stop.id
        self.ops.run(Op(lambda: remove_stop(desk.uow(), stop_id), done=self.show_view,
                        errors=self.errors, key="trips.remove"))

    def feedback(self) -> None:
        stop = self._stop()
        if stop is not None and self.view is not None and self.may_feed:
            self.dialog = FeedbackDialog(self.desk, stop, self.view, self)
            self.dialog.saved.connect(self.show_view)
            self.dialog.open()

    def print_trip(self) -> None:
        if self.view is None:
            return
        desk, trip_id = self.desk, self.view.head.id
        self.ops.run(Op(lambda: trip_papers(desk.uow(), trip_id), done=self._preview,
                        errors=self.errors, key="trips.papers", long=True,
                        disable=[self.print_button],
                        label=self.tr("Preparing the route sheet and the notices…")))

    def _preview(self, papers: TripPapers) -> None:
        desk = self.desk

        def record() -> str:
            done = record_trip_printed(desk.uow(), papers)
            return QCoreApplication.translate(
                "TripPanel", "%1 visit notice(s) recorded.").replace("%1", str(len(done)))

        self.dialog = PreviewDialog(papers.job, self, on_delivered=record,
                                    file_name=f"{papers.job.title}.pdf", desk=desk)
        self.dialog.open()

    def report(self) -> None:
        if self.view is None:
            return
        desk, trip_id = self.desk, self.view.head.id
        self.ops.run(Op(lambda: trip_report_job(desk.uow(), trip_id), done=self._report,
                        errors=self.errors, key="trips.report", long=True,
                        label=self.tr("Preparing the trip report…")))

    def _report(self, job) -> None:  # noqa: ANN001 (PrintJob)
        self.dialog = PreviewDialog(job, self, file_name=f"{job.title}.pdf", desk=self.desk)
        self.dialog.open()
