"""Hot-water supply readings (rule 5.1.3): the entry form beside the season's readings."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from app.ui.ops import Op, OpRunner
from app.ui.quality.entry_form import EntryForm
from app.ui.quality.tables import fill, make_table
from app.workflows.desk import Desk
from app.workflows.quality.rates import Judged, season_hot_water


class HotWaterTab(QWidget):
    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ops = ops
        self.season = ""
        self._asked = 0  # only the newest of overlapping reads is shown
        self.form = EntryForm(desk, ops, hot_water=True)
        self.form.saved.connect(lambda _r: self.refresh())
        self.table = make_table([self.tr("Date"), self.tr("Account"), self.tr("Name"),
                                 self.tr("°C"), self.tr("Qualified range °C"),
                                 self.tr("Qualified")])
        layout = QHBoxLayout(self)
        layout.addWidget(self.form, 2)
        layout.addWidget(self.table, 3)

    def set_season(self, label: str) -> None:
        self.season = label
        self.refresh()

    def refresh(self) -> None:
        self._asked += 1
        asked, desk, season = self._asked, self.desk, self.season
        self.ops.run(Op(lambda: season_hot_water(desk.uow(), season)[0],
                        done=lambda judged: self._show(asked, judged),
                        errors=self.form.errors, key=f"quality.hot_water.{asked}"))

    def _show(self, asked: int, judged: list[Judged]) -> None:
        if asked != self._asked:
            return
        yes, no, contract = self.tr("yes"), self.tr("no"), self.tr(" (contract)")
        fill(self.table, [[j.row.day.isoformat(), j.row.account_number, j.row.name,
                           j.row.temperature,
                           f"{j.range.low}–{j.range.high}" + (contract if j.range.contract else ""),
                           yes if j.qualified else no] for j in reversed(judged)],
             failed=[not j.qualified for j in reversed(judged)])
