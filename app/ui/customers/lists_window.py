"""The leaders' season lists: who has not signed for the coming season (rule 3.1.3) and the
stop/resume list per estate for the field units; each to PDF (Ctrl+P) or Excel (Ctrl+E)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.customers.messages import archive_explain, archive_field_errors
from app.ui.customers.names import application_status_names, contract_status_names, kind_names
from app.ui.field_errors import FieldError
from app.ui.file_dialogs import save_file_name
from app.ui.ops import Op, OpRunner
from app.ui.quality.tables import fill, make_table
from app.ui.screen_fit import fit_to_screen
from app.workflows.customers.checklist import Checklist, checklist_estates, season_checklist
from app.workflows.customers.lists_export import export_checklist, export_stop_list
from app.workflows.customers.season import season_label
from app.workflows.customers.stop_list import StopList, stop_list
from app.workflows.desk import Desk
from app.workflows.reports.export import write_atomically


class _ListTab(QWidget):
    """A season, an estate, counts, a table and the two exports."""

    def __init__(self, desk: Desk, ops: OpRunner, headers: list[str], name: str) -> None:
        super().__init__()
        self.desk = desk
        self.ops = ops
        self.name = name
        self.general = FieldError()
        self.errors = archive_field_errors(general=self.general)
        self.season = QComboBox()
        self.estate = QComboBox()
        self.estate.addItem(self.tr("All estates"), "")
        self.counts = QLabel()
        self.counts.setObjectName("archiveCounts")
        self.table = make_table(headers)
        self.pdf_button = QPushButton(self.tr("&Print to PDF (Ctrl+P)"))
        self.xlsx_button = QPushButton(self.tr("&Export to Excel (Ctrl+E)"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.export("pdf"))
        QShortcut(QKeySequence("Ctrl+E"), self, lambda: self.export("xlsx"))
        top = QHBoxLayout()
        season_label_ = QLabel(self.tr("&Season"))
        season_label_.setBuddy(self.season)
        estate_label = QLabel(self.tr("E&state"))
        estate_label.setBuddy(self.estate)
        for widget in (season_label_, self.season, estate_label, self.estate):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.counts)
        layout.addWidget(self.general)
        layout.addWidget(self.table, 1)
        self.season.currentIndexChanged.connect(lambda _i: self.refresh())
        self.estate.currentIndexChanged.connect(lambda _i: self.refresh())

    def season_value(self) -> int:
        return int(self.season.currentData())

    def set_seasons(self, chosen: int) -> None:
        """The chosen season with the two before and the one after; no refresh."""
        self.season.blockSignals(True)
        self.season.clear()
        for season in range(chosen + 1, chosen - 3, -1):
            self.season.addItem(season_label(season), season)
        self.season.setCurrentIndex(1)
        self.season.blockSignals(False)

    def set_estates(self, estates: list[str] | tuple[str, ...]) -> None:
        current = self.estate.currentData()
        self.estate.blockSignals(True)
        while self.estate.count() > 1:
            self.estate.removeItem(1)
        for estate in estates:
            self.estate.addItem(estate, estate)
        self.estate.setCurrentIndex(max(0, self.estate.findData(current)))
        self.estate.blockSignals(False)

    def refresh(self) -> None:
        raise NotImplementedError

    def bytes_for(self, fmt: str) -> Callable[[], bytes]:
        raise NotImplementedError

    def export(self, fmt: str, path: str | None = None) -> bool:
        if path is None:
            suggested = f"{self.name}-{season_label(self.season_value())}.{fmt}"
            filters = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
            path = save_file_name(self, self.tr("Save the list"), suggested, filters)
            if not path:
                return False
        make, target = self.bytes_for(fmt), path

        def write() -> str:
            data = make()
            try:
                write_atomically(target, data)
            except OSError as exc:
                return str(exc)
            return ""

        return self.ops.run(Op(write, done=lambda problem: self._written(target, problem),
                               errors=self.errors, long=True, key=f"archive.list.{self.name}",
                               disable=(self.pdf_button, self.xlsx_button),
                               label=self.tr("Writing the list…")))

    def _written(self, target: str, problem: str) -> None:
        if problem:
            self.general.show_text(problem)
        else:
            self.general.clear()
            self.counts.setToolTip(self.tr("Saved to %1").replace("%1", target))


class ChecklistTab(_ListTab):
    def __init__(self, desk: Desk, ops: OpRunner) -> None:
        super().__init__(desk, ops, [
            self.tr("Account"), self.tr("Name"), self.tr("Estate"), self.tr("Building"),
            self.tr("Unit"), self.tr("Room"), self.tr("Phone"), self.tr("Contract"),
            self.tr("Last signed")], "contract-checklist")
        self.table.setObjectName("archiveChecklist")

    def refresh(self) -> None:
        desk, season, estate = self.desk, self.season_value(), str(self.estate.currentData())
        self.ops.run(Op(lambda: season_checklist(desk.uow(), season, estate), done=self.show_list,
                        errors=self.errors, latest=True, long=True, key="archive.checklist"))

    def show_list(self, checklist: Checklist) -> None:
        names = contract_status_names()
        self.counts.setText(self.tr(
            "%1 customers have not signed for the %2 season: %3 without a contract, "
            "%4 not yet renewed, %5 in arrears.").replace("%1", str(checklist.total)).replace(
            "%2", checklist.label).replace("%3", str(checklist.counts.get("none", 0))).replace(
            "%4", str(checklist.counts.get("not_renewed", 0))).replace(
            "%5", str(checklist.counts.get("arrears", 0))))
        if checklist.total > len(checklist.lines):
            self.counts.setText(self.counts.text() + " " + self.tr(
                "The first %1 are shown; the export has them all.").replace(
                "%1", str(len(checklist.lines))))
        fill(self.table, [[line.account_number, line.name, line.estate, line.building,
                           line.entrance, line.room, line.phone, names[line.status],
                           season_label(line.last_season) if line.last_season else ""]
                          for line in checklist.lines])

    def bytes_for(self, fmt: str) -> Callable[[], bytes]:
        desk, season, estate = self.desk, self.season_value(), str(self.estate.currentData())
        return lambda: export_checklist(desk, season, estate, fmt)


class StopListTab(_ListTab):
    def __init__(self, desk: Desk, ops: OpRunner) -> None:
        super().__init__(desk, ops, [
            self.tr("Estate"), self.tr("Building"), self.tr("Unit"), self.tr("Room"),
            self.tr("Account"), self.tr("Name"), self.tr("Application"), self.tr("Status"),
            self.tr("Work order"), self.tr("Applied")], "stop-list")
        self.table.setObjectName("archiveStopList")

    def refresh(self) -> None:
        desk, season, estate = self.desk, self.season_value(), str(self.estate.currentData())
        self.ops.run(Op(lambda: stop_list(desk.uow(), season, estate), done=self.show_list,
                        errors=self.errors, latest=True, long=True, key="archive.stoplist"))

    def show_list(self, stops: StopList) -> None:
        self.set_estates(stops.estates)
        counts = stops.counts()
        self.counts.setText(self.tr(
            "%1 season: %2 stops (%3 waiting for the field check), %4 resumes (%5 waiting)."
        ).replace("%1", stops.label).replace(
            "%2", str(counts[("stop", "pending")] + counts[("stop", "done")])).replace(
            "%3", str(counts[("stop", "pending")])).replace(
            "%4", str(counts[("resume", "pending")] + counts[("resume", "done")])).replace(
            "%5", str(counts[("resume", "pending")])))
        kinds, statuses = kind_names(), application_status_names()
        fill(self.table, [[line.estate, line.building, line.entrance, line.room,
                           line.account_number, line.name, kinds[line.kind],
                           statuses[line.status], line.ticket_number or "",
                           line.applied_at.date().isoformat()] for line in stops.lines])

    def bytes_for(self, fmt: str) -> Callable[[], bytes]:
        desk, season, estate = self.desk, self.season_value(), str(self.estate.currentData())
        return lambda: export_stop_list(desk, season, estate, fmt)


class ListsWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.ops.explain_with(archive_explain)
        self.setWindowTitle(self.tr("Season lists"))
        fit_to_screen(self, 1100, 680)
        self.checklist = ChecklistTab(desk, self.ops)
        self.stops = StopListTab(desk, self.ops)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.checklist, self.tr("&1 Contracts not signed"))
        self.tabs.addTab(self.stops, self.tr("&2 Stop/resume per estate"))
        for number in range(2):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      lambda n=number: self.tabs.setCurrentIndex(n))
        QShortcut(QKeySequence("F5"), self, self.refresh)
        self.setCentralWidget(self.tabs)
        self.ops.run(Op(lambda: checklist_estates(desk.uow()), done=self._start,
                        errors=self.checklist.errors, key="archive.lists.start"))

    def refresh(self) -> None:
        (self.checklist, self.stops)[self.tabs.currentIndex()].refresh()

    def _start(self, loaded: tuple[int, list[str]]) -> None:
        coming, estates = loaded
        self.checklist.set_estates(estates)
        self.checklist.set_seasons(coming)
        self.checklist.refresh()
        desk = self.desk
        self.ops.run(Op(lambda: stop_list(desk.uow()), done=self._first_stops,
                        errors=self.stops.errors, long=True, key="archive.lists.stops"))

    def _first_stops(self, stops: StopList) -> None:
        """The stop list opens on the season applications are being taken for."""
        self.stops.set_seasons(stops.season)
        self.stops.show_list(stops)
