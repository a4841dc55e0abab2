"""The phone system's figures beside the etiquette figures (rule 5.4): per agent and shift,
calls offered, answered, answered within the ring limit (rule 4.4), abandoned, missed, the
mean time to answer and the calls dialled out, all from the PBX's own times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.ops import Op, OpRunner
from app.ui.telephony.messages import message_for
from app.workflows.desk import Desk
from app.workflows.permissions import Permission, allowed
from app.workflows.telephony.figures import PbxFigures, pbx_figures


def may_see(desk: Desk) -> bool:
    return desk.actor is not None and allowed(desk.actor.role, Permission.TELEPHONY_FIGURES)


class PbxFiguresTable(QWidget):
    def __init__(self, desk: Desk, shift_text: Callable[[Any], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pbxFigures")
        self.desk = desk
        self.shift_text = shift_text
        self.rows: list[PbxFigures] = []
        self.ops = OpRunner(self, desk)
        self.title = QLabel(self.tr("From the phone system (PBX times)"))
        self.title.setProperty("role", "heading")
        self.error = FieldError()
        self.errors = FieldErrors(self.error, translate=message_for)
        self.table = QTableWidget(0, 9)
        self.table.setObjectName("pbxFiguresTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "caption")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.error, self.table, self.note):
            box.addWidget(widget)

    def _headers(self, max_rings: int | None) -> list[str]:
        within = (self.tr("Answered in time") if max_rings is None else
                  self.tr("Answered within %1 rings").replace("%1", str(max_rings)))
        return [self.tr("Agent"), self.tr("Shift"), self.tr("Calls offered"),
                self.tr("Answered"), within,
                self.tr("Abandoned while ringing"), self.tr("Missed"),
                self.tr("Mean time to answer"), self.tr("Dialled out")]

    def load(self, first: date, last: date, by_shift: bool) -> None:
        desk = self.desk
        self.errors.clear()
        self.ops.run(Op(lambda: pbx_figures(desk.uow(), first, last, by_shift),
                        done=self.show_rows, errors=self.errors, long=True, latest=True,
                        key="telephony.figures", label=self.tr("Counting…")))

    def show_rows(self, rows: list[PbxFigures]) -> None:
        self.rows = rows
        self.table.setHorizontalHeaderLabels(self._headers(rows[0].max_rings if rows else None))
        self.table.setRowCount(0)
        for row in rows:
            share = row.within_limit_share
            within = f"{row.within_limit}" + ("" if share is None else f" ({share * 100:.0f} %)")
            mean = ("—" if row.mean_answer_seconds is None
                    else self.tr("%1 s").replace("%1", f"{row.mean_answer_seconds:.1f}"))
            cells = [f"{row.agent_job_number} {row.agent_name}", self.shift_text(row),
                     str(row.offered), str(row.answered), within, str(row.abandoned),
                     str(row.missed), mean, str(row.outbound)]
            index = self.table.rowCount()
            self.table.insertRow(index)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, col, item)
        self.note.setText(self.tr(
            "Counted from the calls the PBX reported at each desk, with the PBX's own ring and "
            "answer times. No calls from the PBX in these days.") if not rows else self.tr(
            "Counted from the calls the PBX reported at each desk, with the PBX's own ring and "
            "answer times; a ring lasts as long as set for rule 4.4."))
