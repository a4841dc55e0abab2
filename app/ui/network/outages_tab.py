"""The outages of the chosen node (or all): declare (Ctrl+D), restore, print the posting
notices of every covered building in one job (rule 3.8.2), export the phones for the SMS
gateway (.xlsx or .csv, streamed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import timefmt
from app.ui.field_errors import FieldError
from app.ui.file_dialogs import save_file_name
from app.ui.network import labels
from app.ui.ops import Op, OpRunner
from app.ui.printing.preview_dialog import PreviewDialog
from app.workflows.desk import Desk
from app.workflows.network.notices import outage_notices, record_outage_notice
from app.workflows.network.outages import outages, restore_outage
from app.workflows.network.phones import export_phones
from app.workflows.network.vocab import NodeView, OutageView
from app.workflows.notices import PreparedNotice
from app.workflows.permissions import Permission, allowed


class OutagesTab(QWidget):
    declare_requested = Signal()
    changed = Signal()

    def __init__(self, desk: Desk, ops: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.ops = desk, ops
        self.rows: list[OutageView] = []
        self.substation_id: int | None = None
        role = desk.actor.role if desk.actor else None
        box = QVBoxLayout(self)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("outageTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Starts"), self.tr("Covers"), self.tr("Kind"), self.tr("Reason"),
            self.tr("Expected end"), self.tr("Households"), self.tr("Notified"),
            self.tr("Restored")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.currentCellChanged.connect(lambda *_: self._enable())
        box.addWidget(self.table)
        buttons = QHBoxLayout()
        self.declare = QPushButton(self.tr("Declare outage… (Ctrl+D)"))
        self.declare.setShortcut("Ctrl+D")
        self.declare.clicked.connect(self.declare_requested)
        self.restore = QPushButton(self.tr("Heat restored…"))
        self.restore.clicked.connect(self.restore_selected)
        self.notices = QPushButton(self.tr("Print notices for all buildings…"))
        self.notices.clicked.connect(self.print_notices)
        self.export = QPushButton(self.tr("Export phones for SMS…"))
        self.export.clicked.connect(self.export_phones)
        for button in (self.declare, self.restore, self.notices, self.export):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        may_declare = allowed(role, Permission.NETWORK_OUTAGE)
        for button in (self.declare, self.restore, self.notices):
            button.setVisible(may_declare)
        self.export.setVisible(allowed(role, Permission.NETWORK_EXPORT))
        self.general = FieldError()
        self.errors = labels.network_errors(self.general)
        box.addWidget(self.general)
        self.note = QLabel()
        self.note.setObjectName("outageNote")
        box.addWidget(self.note)
        self.preview: PreviewDialog | None = None
        self._enable()

    def show_for(self, node: NodeView | None) -> None:
        """Outages touching the substation (of the node), or all when a source is chosen."""
        self.substation_id = node.id if node is not None and node.kind == "substation" else (
            node.parent_id if node is not None and node.kind == "building" else None)
        self.reload()

    def reload(self) -> None:
        desk, substation_id = self.desk, self.substation_id
        self.ops.run(Op(lambda: outages(desk.uow(), substation_id=substation_id),
                        done=self._show, key="network.outages", latest=True))

    def _show(self, rows: list[OutageView]) -> None:
        self.rows = rows
        kinds = labels.outage_kinds()
        self.table.setRowCount(len(rows))
        for row, o in enumerate(rows):
            cells = [timefmt.fmt(o.starts_at, timefmt.SHORT), o.title, kinds.get(o.kind, o.kind),
                     o.reason, timefmt.fmt(o.expected_end_at, timefmt.SHORT), str(o.households),
                     timefmt.fmt(o.notified_at, timefmt.SHORT, "—"),
                     timefmt.fmt(o.restored_at, timefmt.SHORT, self.tr("No heat"))]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if o.active:
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(row, col, item)
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self._enable()

    def current(self) -> OutageView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _enable(self) -> None:
        outage = self.current()
        active = outage is not None and outage.active
        self.restore.setEnabled(active)
        self.notices.setEnabled(outage is not None)
        self.export.setEnabled(outage is not None)

    def restore_selected(self, resolution: str | None = None) -> None:
        outage = self.current()
        if outage is None or not outage.active:
            return
        if not isinstance(resolution, str):
            text, ok = QInputDialog.getText(
                self, self.tr("Heat restored"),
                self.tr("How was it resolved? (closes the incident and queues the callbacks)"),
                text=self.tr("Repaired; heating restored"))
            if not ok:
                return
            resolution = text
        desk, outage_id, version, said = self.desk, outage.id, outage.version, resolution

        def done(_view: OutageView) -> None:
            self.changed.emit()
            self.reload()

        self.ops.run(Op(lambda: restore_outage(desk.uow(), outage_id, said, version),
                        done=done, errors=self.errors, key="network.restore",
                        disable=(self.restore,), label=self.tr("Restoring…")))

    def print_notices(self) -> None:
        outage = self.current()
        if outage is None:
            return
        desk, outage_id = self.desk, outage.id

        def show(prepared: PreparedNotice) -> None:
            def record() -> str:
                result = record_outage_notice(desk.uow(), outage_id, prepared)
                self.changed.emit()
                return self.tr("%1 household(s) recorded as notified.").replace(
                    "%1", str(result.households))

            self.preview = PreviewDialog(prepared.job, self, on_delivered=record,
                                         file_name=f"outage-{outage_id}.pdf", desk=desk)
            self.preview.open()

        self.ops.run(Op(lambda: outage_notices(desk.uow(), outage_id), done=show,
                        errors=self.errors, long=True, key="network.notices",
                        label=self.tr("Preparing the notices…")))

    def export_phones(self, path: str | None = None) -> None:
        outage = self.current()
        if outage is None:
            return
        if not path:
            path = save_file_name(self, self.tr("Export phones for the SMS gateway"),
                                  f"outage-{outage.id}-phones.xlsx",
                                  self.tr("Excel (*.xlsx);;CSV (*.csv)"))
            if not path:
                return
        desk, outage_id, target = self.desk, outage.id, Path(path)

        def done(count: int) -> None:
            self.note.setText(self.tr("%1 phone number(s) written to %2")
                                   .replace("%1", str(count)).replace("%2", target.name))

        self.ops.run(Op(lambda: export_phones(desk.uow(), outage_id, target), done=done,
                        errors=self.errors, long=True, key="network.export",
                        disable=(self.export,), label=self.tr("Exporting…")))
