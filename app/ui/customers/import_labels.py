"""The customer archive's fields as the import dialog names them (and summary sentences)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.workflows.tabular.engine import ImportReport

CONTEXT = "CustomerImport"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate finds)
    return text


FIELDS: dict[str, str] = {
    "account_number": QT_TRANSLATE_NOOP("CustomerImport", "Account number"),
    "name": QT_TRANSLATE_NOOP("CustomerImport", "Name"),
    "phones": QT_TRANSLATE_NOOP("CustomerImport", "Phone"),
    "district": QT_TRANSLATE_NOOP("CustomerImport", "District"),
    "estate": QT_TRANSLATE_NOOP("CustomerImport", "Estate"),
    "address": QT_TRANSLATE_NOOP("CustomerImport", "Address (estate, building, unit, room)"),
    "building": QT_TRANSLATE_NOOP("CustomerImport", "Building"),
    "entrance": QT_TRANSLATE_NOOP("CustomerImport", "Unit"),
    "room": QT_TRANSLATE_NOOP("CustomerImport", "Room"),
    "heated_area": QT_TRANSLATE_NOOP("CustomerImport", "Heated area"),
    "services": QT_TRANSLATE_NOOP("CustomerImport", "Services"),
    "heating": QT_TRANSLATE_NOOP("CustomerImport", "Space heating"),
    "hot_water": QT_TRANSLATE_NOOP("CustomerImport", "Hot water"),
    "steam": QT_TRANSLATE_NOOP("CustomerImport", "Steam"),
    "customer_class": QT_TRANSLATE_NOOP("CustomerImport", "Class"),
    "marks": QT_TRANSLATE_NOOP("CustomerImport", "Special marks"),
    "notes": QT_TRANSLATE_NOOP("CustomerImport", "Notes"),
    "important": QT_TRANSLATE_NOOP("CustomerImport", "Important customer"),
    "contract_status": QT_TRANSLATE_NOOP("CustomerImport", "Contract status"),
    "contract_season": QT_TRANSLATE_NOOP("CustomerImport", "Heating season"),
    "signed_on": QT_TRANSLATE_NOOP("CustomerImport", "Signed on"),
}


def field_label(name: str) -> str:
    source = FIELDS.get(name)
    return QCoreApplication.translate(CONTEXT, source) if source else name


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def figures(report: ImportReport) -> str:
    """"10,000 rows: 9,800 new, 50 updated, 100 unchanged, 50 refused"."""
    return (_tr("%1 rows: %2 new, %3 updated, %4 unchanged, %5 refused")
            .replace("%1", f"{report.rows:,}").replace("%2", f"{report.new:,}")
            .replace("%3", f"{report.updated:,}").replace("%4", f"{report.unchanged:,}")
            .replace("%5", f"{report.refused:,}"))


def changed_fields(report: ImportReport) -> str:
    if not report.field_changes:
        return _tr("No stored value changes.") if report.unchanged else ""
    return _tr("Changes by field: %1").replace("%1", "，".join(
        f"{field_label(f)} {n:,}" for f, n in report.field_changes.most_common()))
