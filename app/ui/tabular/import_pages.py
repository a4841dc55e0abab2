"""The pages of the import wizard (app/ui/tabular/import_wizard.py): file, column mapping,
preview with the refused rows, and the report. Built on the wizard, which owns the steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.ui.tabular.errors_view import ErrorsView
from app.ui.tabular.mapping_table import MappingTable

if TYPE_CHECKING:
    from app.ui.tabular.import_wizard import ImportWizard

FILE, MAPPING, PREVIEW, PROGRESS, REPORT = range(5)


def file_page(w: ImportWizard) -> QWidget:
    page = QWidget()
    w.path = QLineEdit()
    _name(w, w.path, "path")
    w.path.setPlaceholderText(w.t("an .xlsx or .csv file (UTF-8 or GBK)"))
    browse = QPushButton(w.t("&Browse…"))
    browse.clicked.connect(w._browse)
    w.file_problem = _label(w, wrap=True, name="fieldError")
    w.next_button = QPushButton(w.t("&Next"))
    _name(w, w.next_button, "next")
    w.next_button.clicked.connect(w._open)
    row = QHBoxLayout()
    row.addWidget(w.path, 1)
    row.addWidget(browse)
    hint = QLabel(w.t(w.spec.hint))
    hint.setWordWrap(True)
    layout = QVBoxLayout(page)
    layout.addWidget(hint)
    if w.spec.file_label:
        path_label = QLabel(w.t("&File:"))
        path_label.setBuddy(w.path)
        layout.addWidget(path_label)
    layout.addLayout(row)
    layout.addWidget(w.file_problem)
    layout.addStretch(1)
    layout.addLayout(buttons(cancel_button(w), w.next_button))
    return page


def mapping_page(w: ImportWizard) -> QWidget:
    page = QWidget()
    w.mapping_title = _label(w, wrap=True)
    w.table = MappingTable()
    option = w.option_widget()
    w.mapping_problem = _label(w, wrap=True, name="fieldError")
    back = QPushButton(w.t("&Back"))
    back.clicked.connect(lambda: w._show(FILE))
    w.preview_button = QPushButton(w.t("&Preview"))
    _name(w, w.preview_button, "preview")
    w.preview_button.clicked.connect(w._preview)
    layout = QVBoxLayout(page)
    layout.addWidget(w.mapping_title)
    layout.addWidget(w.table, 1)
    if option is not None:
        layout.addWidget(option)
    layout.addWidget(w.mapping_problem)
    layout.addLayout(buttons(cancel_button(w), back, w.preview_button))
    return page


def preview_page(w: ImportWizard) -> QWidget:
    page = QWidget()
    w.preview_figures = _label(w, "figures")
    w.preview_changes = _label(w, wrap=True)
    w.errors = ErrorsView(w.spec.field_label, extra=dict(w.spec.problems) or None)
    back = QPushButton(w.t("&Back"))
    back.clicked.connect(lambda: w._show(MAPPING))
    w.import_button = QPushButton()
    _name(w, w.import_button, "run")
    w.import_button.clicked.connect(w._import)
    layout = QVBoxLayout(page)
    layout.addWidget(w.preview_figures)
    if w.spec.changes is not None:
        layout.addWidget(w.preview_changes)
    layout.addWidget(w.errors, 1)
    layout.addLayout(buttons(cancel_button(w), back, w.import_button))
    return page


def report_page(w: ImportWizard) -> QWidget:
    page = QWidget()
    w.report_title = _label(w, "report")
    w.report_figures = _label(w)
    w.report_changes = _label(w, wrap=True)
    w.close_button = QPushButton(w.t("&Close"))
    w.close_button.clicked.connect(w.accept)
    layout = QVBoxLayout(page)
    layout.addWidget(w.report_title)
    layout.addWidget(w.report_figures)
    if w.spec.changes is not None:
        layout.addWidget(w.report_changes)
    layout.addStretch(1)
    layout.addLayout(buttons(w.close_button))
    return page


def cancel_button(w: ImportWizard) -> QPushButton:
    button = QPushButton(w.t("Cancel"))
    button.clicked.connect(w.reject)
    return button


def buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _label(w: ImportWizard, role: str = "", *, wrap: bool = False, name: str = "") -> QLabel:
    """An empty label named `name`, or as the spec names `role`."""
    label = QLabel()
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    _name(w, label, role)
    return label


def _name(w: ImportWizard, widget: QWidget, role: str) -> None:
    if role in w.spec.names:
        widget.setObjectName(w.spec.names[role])
