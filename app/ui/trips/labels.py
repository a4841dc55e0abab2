"""The words the trip screens show for the trip vocabulary (stop kinds, phone results,
outcomes), translated in context TripLabels."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("TripLabels", text)


def kinds() -> dict[str, str]:
    return {"order": _t("Work order"), "visit": _t("Announced visit"),
            "sampling": _t("Temperature sample")}


def appointments() -> dict[str, str]:
    return {"not_called": _t("Not phoned"), "agreed": _t("Time agreed"),
            "not_reached": _t("Not reached")}


def outcomes() -> dict[str, str]:
    return {"pending": _t("Not entered"), "resolved": _t("Resolved on site"),
            "needs_part": _t("Needs a part"), "nobody_home": _t("Nobody home"),
            "inspected": _t("Looked at"), "follow_up": _t("Follow-up order")}


def minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours:
        return _t("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))
    return _t("%1 min").replace("%1", str(rest))
