"""The sampling plan of one sampling day: its homes and the ‰ of the heated area reached.

Rule 5.1.2: at least 1.0 ‰ of the total heated area, homes across estates. Enter on a home
starts entering its measurements.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.field_errors import FieldError
from app.ui.ops import Op, OpRunner
from app.ui.quality.messages import quality_field_errors
from app.ui.quality.tables import fill, make_table
from app.workflows.desk import Desk
from app.workflows.quality.sampled_area import DayArea, day_area
from app.workflows.quality.sampling_plan import PlanView, make_plan, may_plan, plan_for
from app.workflows.quality.season import SeasonView


class PlanTab(QWidget):
    home_chosen = Signal(str, str)  # account number, day (YYYY-MM-DD)

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self._asked = 0  # only the newest of overlapping reads is shown
        self.days = QComboBox()
        self.days.currentIndexChanged.connect(lambda _i: self.refresh())
        self.make_button = QPushButton(self.tr("&Make plan"))
        self.make_button.clicked.connect(self.make)
        self.may_plan = may_plan(desk.actor)  # the UI hides what the workflow refuses
        self.make_button.setVisible(self.may_plan)
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.measured = QLabel()  # rule 5.1.2: the area actually measured, beside the plan's
        self.measured.setObjectName("measuredSummary")
        self.error = FieldError()
        self.errors = quality_field_errors(general=self.error)
        self.table = make_table([self.tr("Account"), self.tr("Name"), self.tr("Estate"),
                                 self.tr("Heated area m²"), self.tr("Samples"),
                                 self.tr("Address")])
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        day_label = QLabel(self.tr("Sampling &day"))
        day_label.setBuddy(self.days)
        top.addWidget(day_label)
        top.addWidget(self.days)
        top.addWidget(self.make_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.measured)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        self.plan: PlanView | None = None
        self.area: DayArea | None = None

    def set_season(self, season: SeasonView) -> None:
        self.days.blockSignals(True)
        self.days.clear()
        for day in season.sampling_dates:
            self.days.addItem(day.isoformat(), day)
        index = self.days.findData(season.default_day())
        self.days.setCurrentIndex(max(index, 0))
        self.days.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        day = self.days.currentData()
        self.error.clear()
        self._asked += 1
        asked, desk = self._asked, self.desk
        self.ops.run(Op(lambda: (plan_for(desk.uow(), day), day_area(desk.uow(), day))
                        if day else (None, None),
                        done=lambda got: self._loaded(asked, *got), errors=self.errors,
                        key=f"quality.plan.{asked}"))

    def _loaded(self, asked: int, plan: PlanView | None, area: DayArea | None) -> None:
        if asked != self._asked:
            return
        self.plan = plan
        self.area = area
        self._show()

    def make(self) -> None:
        """Choose the day's homes in the background (rule 5.1.2); a big city takes a while."""
        day = self.days.currentData()
        if day is None:
            return
        desk = self.desk
        self.ops.run(Op(lambda: make_plan(desk.uow(), day), done=self._made,
                        errors=self.errors, long=True, disable=(self.make_button,),
                        key="quality.plan.make", label=self.tr("Making the sampling plan…")))

    def _made(self, plan: PlanView) -> None:
        self.error.clear()
        if plan.day != self.days.currentData():  # another day was chosen meanwhile
            self.refresh()
            return
        self._asked += 1  # a read still under way would show the day without its plan
        self.plan = plan
        self._show()
        self.table.setFocus()
        self.refresh()  # the measured line beside the new plan

    def _show_measured(self) -> None:
        """Rule 5.1.2: measured homes, m² and ‰ of the total; below the target in words."""
        area = self.area
        if area is None:
            self.measured.clear()
            return
        if not area.due:
            state = self.tr("the day has not come yet")
        elif area.below_target:
            state = self.tr("BELOW %1 ‰: measure more homes").replace(
                "%1", str(area.target_permille))
        else:
            state = self.tr("target reached")
        self.measured.setText(
            self.tr("Measured: %1 homes, %2 m² of %3 m² = %4 ‰ (target %5 ‰, %6).")
            .replace("%1", str(area.measured_homes)).replace("%2", str(area.measured_area))
            .replace("%3", str(area.total_area)).replace("%4", str(area.measured_permille))
            .replace("%5", str(area.target_permille)).replace("%6", state))
        self.measured.setStyleSheet("color: #b3261e; font-weight: bold;"
                                    if area.below_target else "")

    def _show(self) -> None:
        self._show_measured()
        plan = self.plan
        # made once per day: with the day's plan shown the button goes (not a grey one)
        self.make_button.setVisible(self.may_plan and plan is None)
        if plan is None:
            self.summary.setText(self.tr("No plan for this day yet: press Make plan (Alt+M).")
                                 if self.may_plan else self.tr(
                                     "No plan for this day yet: the technical section makes "
                                     "it."))
            fill(self.table, [])
            return
        state = self.tr("target reached") if plan.reaches_target else self.tr("BELOW target")
        self.summary.setText(
            self.tr("%1 homes in %2 estates: %3 m² of %4 m² = %5 ‰ (target %6 ‰, %7).")
            .replace("%1", str(len(plan.homes))).replace("%2", str(plan.estates))
            .replace("%3", str(plan.sampled_area)).replace("%4", str(plan.total_area))
            .replace("%5", str(plan.permille)).replace("%6", str(plan.target_permille))
            .replace("%7", state))
        fill(self.table, [[h.account_number, h.name, h.estate, h.heated_area, h.samples,
                           h.address] for h in plan.homes])

    def _activated(self, index) -> None:  # noqa: ANN001 (QModelIndex)
        if self.plan is not None:
            home = self.plan.homes[index.row()]
            self.home_chosen.emit(home.account_number, self.plan.day.isoformat())
