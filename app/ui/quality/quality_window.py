"""The heating-quality window: season, its rates, and the tabs a technician works in.

Tabs (Alt+1..4): measurements (the day's sampling plan beside the entry form), outdoor
temperatures, hot water, unqualified homes. The header shows the season's room rate against
97.5 % (rule 5.1.2, exempt samples apart) and the hot-water rate against 95 % (rule 5.1.3).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.entry_form import EntryForm
from app.ui.quality.hot_water_tab import HotWaterTab
from app.ui.quality.messages import quality_explain, quality_field_errors
from app.ui.quality.outdoor_tab import OutdoorTab
from app.ui.quality.plan_tab import PlanTab
from app.ui.quality.unqualified_tab import UnqualifiedTab
from app.ui.screen_fit import fit_to_screen
from app.workflows.desk import Desk
from app.workflows.quality.rates import HotWaterRate, RoomRate, room_rate, season_hot_water
from app.workflows.quality.season import SeasonView, season_view


def _earlier(label: str, years: int) -> str:
    first = int(label[:4]) - years
    return f"{first}-{first + 1}"


class QualityWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = OpRunner(self, desk)  # every tab runs its work here
        self.ops.explain_with(quality_explain)
        self._asked = 0  # only the newest of overlapping reads is shown
        self.setWindowTitle(self.tr("Heating quality"))
        fit_to_screen(self, 1180, 720)  # never larger than a 1366×768 screen
        self.seasons = QComboBox()
        self.rates = QLabel()
        self.rates.setObjectName("qualityRates")
        self.rates.setTextFormat(Qt.TextFormat.RichText)
        self.season_error = FieldError()
        self.errors = quality_field_errors(general=self.season_error)
        self.plan = PlanTab(desk, self.ops)
        self.entry = EntryForm(desk, self.ops)
        self.outdoor = OutdoorTab(desk, self.ops)
        self.hot_water = HotWaterTab(desk, self.ops)
        self.unqualified = UnqualifiedTab(desk, self.ops)
        self.plan.home_chosen.connect(self._start_home)
        self.plan.days.currentIndexChanged.connect(
            lambda _i: self.entry.set_day(self.plan.days.currentText()))
        self.entry.saved.connect(lambda _r: self.refresh_figures())
        self.hot_water.form.saved.connect(lambda _r: self.refresh_figures())
        self.outdoor.day_saved.connect(self.refresh_figures)
        self.unqualified.order_opened.connect(lambda _n: self.refresh_figures())

        measurements = QSplitter()
        measurements.addWidget(self.plan)
        measurements.addWidget(self.entry)
        measurements.setSizes([700, 480])
        self.tabs = QTabWidget()
        self.tabs.addTab(measurements, self.tr("&1 Measurements"))
        self.tabs.addTab(self.outdoor, self.tr("&2 Outdoor temperature"))
        self.tabs.addTab(self.hot_water, self.tr("&3 Hot water"))
        self.tabs.addTab(self.unqualified, self.tr("&4 Unqualified homes"))
        self.tabs.currentChanged.connect(self._tab_changed)
        for number in range(4):
            QShortcut(QKeySequence(f"Alt+{number + 1}"), self,
                      lambda n=number: self.tabs.setCurrentIndex(n))
        QShortcut(QKeySequence("F5"), self, self.refresh)

        top = QHBoxLayout()
        season_label = QLabel(self.tr("Heating &season"))
        season_label.setBuddy(self.seasons)
        top.addWidget(season_label)
        top.addWidget(self.seasons)
        top.addSpacing(16)
        top.addWidget(self.season_error)
        top.addWidget(self.rates, 1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)

        self.ops.run(Op(lambda: season_view(desk.uow()).label, done=self._seasons,
                        errors=self.errors, key="quality.seasons"))

    def _seasons(self, current: str) -> None:
        """The current season and the two before it; choosing one shows its figures."""
        for years in range(0, 3) if current else ():
            self.seasons.addItem(_earlier(current, years))
        self.seasons.currentTextChanged.connect(lambda _t: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        label = self.seasons.currentText()
        if not label:
            return
        desk = self.desk
        self.ops.run(Op(lambda: season_view(desk.uow(), label),
                        done=lambda season: self._season(label, season), errors=self.errors,
                        failed=lambda _exc: self.rates.clear(), key=f"quality.season.{label}"))

    def _season(self, label: str, season: SeasonView) -> None:
        if label != self.seasons.currentText():
            return  # another season was chosen meanwhile; its own answer follows
        self.errors.clear()
        self.plan.set_season(season)
        self.entry.set_day(self.plan.days.currentText())
        self.outdoor.set_season(season)
        self.hot_water.set_season(label)
        self.unqualified.set_season(label)
        self.refresh_figures()

    def refresh_figures(self) -> None:
        label = self.seasons.currentText()
        if not label:
            return
        self._asked += 1
        asked, desk = self._asked, self.desk

        def figures() -> tuple[RoomRate, HotWaterRate]:
            return room_rate(desk.uow(), label), season_hot_water(desk.uow(), label)[1]

        self.ops.run(Op(figures, done=lambda rates: self._figures(asked, *rates),
                        errors=self.errors, key=f"quality.figures.{asked}"))

    def _figures(self, asked: int, room: RoomRate, water: HotWaterRate) -> None:
        if asked != self._asked:
            return
        self.errors.clear()
        none = "—"  # no samples: no rate, and no verdict either
        below = self.tr(", below target")
        room_text = self.tr("Room temperature: %1 (%2 of %3 samples; target %4 %)").replace(
            "%1", f"{room.rate} %" if room.rate is not None else none).replace(
            "%2", str(room.qualified)).replace("%3", str(room.counted)).replace(
            "%4", str(room.target))
        exempt = self.tr("exempt, reported apart: %1").replace("%1", str(room.exempt))
        water_text = self.tr("Hot water: %1 (%2 of %3; target %4 %)").replace(
            "%1", f"{water.rate} %" if water.rate is not None else none).replace(
            "%2", str(water.qualified)).replace("%3", str(water.readings)).replace(
            "%4", str(water.target))
        room_text += _verdict(room.rate, room.meets_target, below)
        water_text += _verdict(water.rate, water.meets_target, below)
        colour = _colour(room.rate, room.meets_target)
        water_colour = _colour(water.rate, water.meets_target)
        self.rates.setText(f"<b style='color:{colour}'>{room_text}</b> · {exempt} · "
                           f"<b style='color:{water_colour}'>{water_text}</b>")
        if self.tabs.currentWidget() is self.unqualified:
            self.unqualified.refresh()
        self.plan.refresh()

    def _start_home(self, account: str, day: str) -> None:
        self.entry.set_day(day)
        self.entry.start_home(account)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.unqualified:
            self.unqualified.refresh()


def _verdict(rate: object, met: bool, below: str) -> str:
    """Below the target is said in words beside the red; no rate says nothing."""
    return below if rate is not None and not met else ""


def _colour(rate: object, met: bool) -> str:
    if rate is None:
        return "#555555"  # no samples: neither passed nor failed
    return "#1b7f3b" if met else "#b3261e"
