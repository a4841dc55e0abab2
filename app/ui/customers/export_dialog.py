"""Exporting a filtered customer list to Excel (the import's columns, so it re-imports).

Estate (as typed in the search: 幸福苑, xfy, xingfuyuan; empty for all), class and special
mark; Save as… asks where, then the list is written off the GUI thread. Leaders and
administrators (the workflow refuses others, saying why).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.ui import file_dialogs
from app.ui.customers import hooks
from app.ui.customers.import_labels import field_label
from app.ui.ops import Op, OpRunner
from app.workflows.customers.export import ExportFilter, export_customers
from app.workflows.desk import Desk

CLASS_CHOICES = ("residential", "commercial", "public")
MARK_CHOICES = ("important", "hospital", "school", "kindergarten", "elderly_home",
                "vulnerable")


class ExportDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerExport")
        self.desk = desk
        self.ops = OpRunner(self, desk)
        self.written: int | None = None
        self.setWindowTitle(self.tr("Export customers to Excel"))
        self.estate = QLineEdit()
        self.estate.setObjectName("exportEstate")
        self.estate.setPlaceholderText(self.tr("all estates; or a name, its beginning or its pinyin (xfy)"))
        self.customer_class = QComboBox()
        self.customer_class.addItem(self.tr("Any"), "")
        for value, text in zip(CLASS_CHOICES, (self.tr("Residential"), self.tr("Commercial"),
                                               self.tr("Public institution")), strict=True):
            self.customer_class.addItem(text, value)
        self.mark = QComboBox()
        self.mark.addItem(self.tr("Any"), "")
        for value, text in zip(MARK_CHOICES, (
                self.tr("Important customer"), self.tr("Hospital"), self.tr("School"),
                self.tr("Kindergarten"), self.tr("Elderly home"),
                self.tr("Disabled or elderly living alone")), strict=True):
            self.mark.addItem(text, value)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("exportSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(field_label("estate") + "：", self.estate)
        form.addRow(field_label("customer_class") + "：", self.customer_class)
        form.addRow(field_label("marks") + "：", self.mark)
        form.addRow(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        row.addWidget(self.save_button)
        form.addRow(row)

    def wanted(self) -> ExportFilter:
        return ExportFilter(estate=self.estate.text().strip(),
                            customer_class=self.customer_class.currentData(),
                            mark=self.mark.currentData())

    def _save(self) -> None:
        path = file_dialogs.save_file_name(self, self.tr("Export customers"),
                                           self.tr("customers.xlsx"),
                                           self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        wanted = self.wanted()
        self.status.setText(self.tr("Writing…"))
        self.ops.run(Op(lambda: export_customers(self.desk.uow(), path, wanted),
                        done=lambda n: self._written(n, path), long=True, key="export",
                        disable=[self.save_button], label=self.tr("Exporting…"),
                        failed=lambda _e: self.status.setText("")))

    def _written(self, count: int, path: str) -> None:
        self.written = count
        self.status.setText(self.tr("%1 customers written to %2").replace(
            "%1", f"{count:,}").replace("%2", path))


hooks.EXPORT_DIALOG = ExportDialog
