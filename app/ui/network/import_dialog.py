"""Importing the network from a spreadsheet (issue 16), the customer archive's flow with
the shared wizard of app/ui/tabular: file -> columns -> preview with the refused rows ->
import -> what changed. Each step runs through the operation runner off the GUI thread;
the preview writes nothing, the import writes in one transaction with a progress bar and
Cancel. Leaders and admins only (the window shows the button to them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal

from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.tabular.import_spec import ImportSpec
from app.ui.tabular.import_wizard import ImportWizard
from app.workflows.network.importing import (
    FIELDS,
    open_import,
    preview_import,
    run_import,
)
from app.workflows.tabular.engine import ImportReport
from app.workflows.tabular.mapping import mapping_problems

CONTEXT = "NetworkImport"
LABELS = {
    "source": QT_TRANSLATE_NOOP("NetworkImport", "Heat source"),
    "substation": QT_TRANSLATE_NOOP("NetworkImport", "Substation"),
    "estate": QT_TRANSLATE_NOOP("NetworkImport", "Estate"),
    "building": QT_TRANSLATE_NOOP("NetworkImport", "Building"),
    "source_address": QT_TRANSLATE_NOOP("NetworkImport", "Source address"),
    "substation_address": QT_TRANSLATE_NOOP("NetworkImport", "Substation address"),
}

PROBLEMS = {"network.place_twice": QT_TRANSLATE_NOOP(
    "ImportWords", "the same building is in an earlier row")}


def field_label(name: str) -> str:
    source = LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


def figures(report: ImportReport) -> str:
    return (QCoreApplication.translate(
        CONTEXT, "%1 rows: %2 new buildings, %3 changed, %4 unchanged, %5 refused")
        .replace("%1", f"{report.rows:,}").replace("%2", f"{report.new:,}")
        .replace("%3", f"{report.updated:,}").replace("%4", f"{report.unchanged:,}")
        .replace("%5", f"{report.refused:,}"))


SPEC = ImportSpec(
    context="NetworkImportDialog",
    object_name="networkImport",
    title=QT_TRANSLATE_NOOP("NetworkImportDialog", "Import the heating network"),
    browse_title=QT_TRANSLATE_NOOP("NetworkImportDialog", "Heating network"),
    hint=QT_TRANSLATE_NOOP(
        "NetworkImportDialog",
        "One row per building: heat source, substation, estate and building number "
        "(the addresses of source and substation if you have them). New sources and "
        "substations are created, a building under another substation moves; nothing "
        "is removed. Nothing is written before you have seen the preview."),
    size=(1000, 640),
    fields=[(f.name, f.required) for f in FIELDS],
    field_label=field_label,
    figures=figures,
    mapping_problems=lambda mapping: mapping_problems(mapping, FIELDS),
    open_import=open_import,
    preview_import=preview_import,
    run_import=run_import,
    key="network.import",
    problems=PROBLEMS,
    names={"figures": "networkImportFigures", "report": "networkImportReport"},
)


class NetworkImportDialog(ImportWizard):
    imported = Signal()
    spec = SPEC

    def after_import(self, report: ImportReport) -> None:
        self.imported.emit()
