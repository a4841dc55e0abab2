"""Importing the customer archive: file -> columns -> preview with errors -> import -> report.

Leaders and administrators only (the archive window shows the button to them; the workflow
refuses anyone else). The wizard is the shared one (app/ui/tabular/import_wizard.py): each
step runs through the operation runner off the GUI thread, the preview writes nothing, the
import writes in one transaction with a progress bar and Cancel. The columns' mapping is
remembered for next month's file. Keys: Ctrl+O choose a file, Enter the default button of
each step, Esc cancels.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QWidget

from app.ui.customers import hooks
from app.ui.customers.import_labels import changed_fields, field_label, figures
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.tabular.import_spec import ImportSpec
from app.ui.tabular.import_wizard import FILE, MAPPING, PREVIEW, PROGRESS, REPORT, ImportWizard
from app.workflows.customers.import_fields import FIELDS
from app.workflows.customers.importing import (
    customer_mapping_problems,
    open_import,
    preview_import,
    run_import,
)

__all__ = ["FILE", "MAPPING", "PREVIEW", "PROGRESS", "REPORT", "ImportDialog"]

SPEC = ImportSpec(
    context="ImportDialog",
    object_name="customerImport",
    title=QT_TRANSLATE_NOOP("ImportDialog", "Import the customer archive"),
    browse_title=QT_TRANSLATE_NOOP("ImportDialog", "Customer archive"),
    hint=QT_TRANSLATE_NOOP(
        "ImportDialog",
        "Choose the archive exported from billing or kept in a spreadsheet. Rows are "
        "matched by account number: new accounts are added, known ones updated where a "
        "cell differs; an empty cell keeps what is stored. Nothing is written before "
        "you have seen the preview."),
    size=(1100, 680),
    fields=[(f.name, f.required or f.name == "estate") for f in FIELDS],
    field_label=field_label,
    figures=figures,
    changes=changed_fields,
    mapping_problems=customer_mapping_problems,
    open_import=open_import,
    preview_import=preview_import,
    run_import=run_import,
    key="import",
    file_label=True,
    names={"path": "importPath", "next": "importNext", "preview": "importPreview",
           "run": "importRun", "figures": "importPreviewFigures",
           "report": "importReportTitle"},
)


class ImportDialog(ImportWizard):
    spec = SPEC

    def option_widget(self) -> QWidget:
        self.new_estates = QCheckBox(self.t("Accept &estates the archive does not know yet"))
        self.new_estates.setObjectName("importNewEstates")
        return self.new_estates

    def options(self) -> dict[str, Any]:
        return {"new_estates": self.new_estates.isChecked()}


hooks.IMPORT_DIALOG = ImportDialog
