"""The screen pop's incident line: a caller's building is hit by a known incident.

The agent should see at once that the caller's problem is already known (a burst pipe,
a substation fault) and when it is expected to end, before taking a new order.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui import timefmt
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.workflows.tickets.incidents import IncidentView

CONTEXT = "Incidents"
KINDS = {
    "burst_pipe": QT_TRANSLATE_NOOP("Incidents", "Burst pipe"),
    "substation_fault": QT_TRANSLATE_NOOP("Incidents", "Substation fault"),
    "supply_interruption": QT_TRANSLATE_NOOP("Incidents", "Supply interruption"),
    "other": QT_TRANSLATE_NOOP("Incidents", "Incident"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, KINDS.get(kind, KINDS["other"]))


def incident_text(incident: IncidentView | None) -> str:
    """E.g. "Known incident here (Burst pipe): Pipe burst in buildings 3 and 4 — expected
    to end 2026-11-26 13:30"; empty when no open incident covers the building."""
    if incident is None:
        return ""
    text = QCoreApplication.translate(CONTEXT, "Known incident here (%1): %2")
    text = text.replace("%1", kind_label(incident.kind)).replace("%2", incident.title)
    if incident.expected_end_at is not None:
        until = QCoreApplication.translate(CONTEXT, "expected to end %1")
        text += " — " + until.replace("%1", timefmt.fmt(incident.expected_end_at))
    return text
