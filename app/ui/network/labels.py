"""Words of the network screens: equipment kinds and states, outage kinds and origins,
and the sentences for the network's validation codes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.field_errors import FieldError, FieldErrors
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import message_for

CONTEXT = "NetworkLabels"

KINDS = {
    "pump": QT_TRANSLATE_NOOP("NetworkLabels", "Pump"),
    "heat_exchanger": QT_TRANSLATE_NOOP("NetworkLabels", "Heat exchanger"),
    "valve": QT_TRANSLATE_NOOP("NetworkLabels", "Valve"),
    "meter": QT_TRANSLATE_NOOP("NetworkLabels", "Meter"),
    "controller": QT_TRANSLATE_NOOP("NetworkLabels", "Controller"),
}
STATUSES = {
    "intact": QT_TRANSLATE_NOOP("NetworkLabels", "Intact"),
    "faulty": QT_TRANSLATE_NOOP("NetworkLabels", "Faulty"),
    "under_repair": QT_TRANSLATE_NOOP("NetworkLabels", "Under repair"),
    "retired": QT_TRANSLATE_NOOP("NetworkLabels", "Retired"),
}
OUTAGE_KINDS = {
    "unplanned": QT_TRANSLATE_NOOP("NetworkLabels", "Fault"),
    "planned": QT_TRANSLATE_NOOP("NetworkLabels", "Planned maintenance"),
}
ORIGINS = {
    "leader": QT_TRANSLATE_NOOP("NetworkLabels", "Declared by the shift leader"),
    "dispatch": QT_TRANSLATE_NOOP("NetworkLabels", "Reported by the dispatch centre"),
    "planned": QT_TRANSLATE_NOOP("NetworkLabels", "Maintenance plan"),
}
_MESSAGES = {
    "network.name_taken": QT_TRANSLATE_NOOP("NetworkLabels", "Another node has this name."),
    "network.building_taken": QT_TRANSLATE_NOOP(
        "NetworkLabels", "This building already hangs on a substation."),
    "network.unknown_node": QT_TRANSLATE_NOOP(
        "NetworkLabels", "Choose a node of the network tree."),
    "network.node_not_empty": QT_TRANSLATE_NOOP(
        "NetworkLabels", "Move or remove what hangs below this node first."),
    "network.status_unchanged": QT_TRANSLATE_NOOP(
        "NetworkLabels", "The unit already has this status."),
    "network.origin_mismatch": QT_TRANSLATE_NOOP(
        "NetworkLabels", "A planned outage comes from the maintenance plan; a fault from "
        "the dispatch centre or the shift leader."),
    "network.no_buildings": QT_TRANSLATE_NOOP(
        "NetworkLabels", "No building hangs below the chosen nodes."),
    "network.already_restored": QT_TRANSLATE_NOOP(
        "NetworkLabels", "This outage is already restored."),
    "network.end_needed": QT_TRANSLATE_NOOP(
        "NetworkLabels", "A notice needs the expected end of the outage."),
    "network.no_households": QT_TRANSLATE_NOOP(
        "NetworkLabels", "No household lives in the covered buildings."),
    "network.export_format": QT_TRANSLATE_NOOP(
        "NetworkLabels", "Save the list as .xlsx or .csv."),
    "network.proposal_decided": QT_TRANSLATE_NOOP(
        "NetworkLabels", "Another desk has decided this proposal already."),
    "time.end_before_start": QT_TRANSLATE_NOOP(
        "NetworkLabels", "The expected end must come after the start."),
    "incident.not_open": QT_TRANSLATE_NOOP(
        "NetworkLabels", "This incident is no longer open."),
}


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kinds() -> dict[str, str]:
    return {k: _t(v) for k, v in KINDS.items()}


def statuses() -> dict[str, str]:
    return {k: _t(v) for k, v in STATUSES.items()}


def outage_kinds() -> dict[str, str]:
    return {k: _t(v) for k, v in OUTAGE_KINDS.items()}


def origins() -> dict[str, str]:
    return {k: _t(v) for k, v in ORIGINS.items()}


def network_message(code: str) -> str:
    source = _MESSAGES.get(code)
    return _t(source) if source else message_for(code)


def network_errors(general: FieldError | None = None) -> FieldErrors:
    return FieldErrors(general, translate=network_message)
