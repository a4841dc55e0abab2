"""What the handover screens call the stored values, in the user's language."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit

from app.ui import timefmt
from app.ui.intake import labels as intake_labels
from app.workflows.shifts.vocab import CarryReason, EquipmentState, HandoverStatus, LeaveStatus

CONTEXT = "HandoverLabels"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def equipment_states() -> dict[str, str]:
    return {EquipmentState.OK.value: _t("Working"),
            EquipmentState.FAULTY.value: _t("Faulty"),
            EquipmentState.OUT_OF_SERVICE.value: _t("Out of service")}


def statuses() -> dict[str, str]:
    return {HandoverStatus.DRAFT.value: _t("Draft"),
            HandoverStatus.HANDED_OVER.value: _t("Awaiting signature"),
            HandoverStatus.SIGNED.value: _t("Signed"),
            HandoverStatus.OVERRIDDEN.value: _t("Released by leader")}


def carry_reasons() -> dict[str, str]:
    return {CarryReason.OVERDUE.value: _t("Overdue"),
            CarryReason.CALLBACK.value: _t("Callback pending"),
            # still open: the incoming shift follows it up (rule 2.6), 待跟踪
            CarryReason.OPEN.value: _t("To follow up")}


def ticket_statuses() -> dict[str, str]:
    """A carried order's status, in the words every screen uses (one place)."""
    return intake_labels.statuses()


def leave_statuses() -> dict[str, str]:
    return {LeaveStatus.PENDING.value: _t("Pending"),
            LeaveStatus.APPROVED.value: _t("Approved"),
            LeaveStatus.REJECTED.value: _t("Rejected"),
            LeaveStatus.WITHDRAWN.value: _t("Withdrawn")}


def when(moment: datetime | None, zone: tzinfo, with_date: bool = True) -> str:
    """A handover time in the centre's zone; "—" while it has not happened."""
    return timefmt.fmt(moment, timefmt.DATE_TIME if with_date else timefmt.TIME, "—", zone)


def day(value: date) -> str:
    weekdays = [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")]
    return f"{timefmt.fmt_day(value)} {weekdays[value.weekday()]}"  # the year rule


def picked_day(edit: QDateEdit) -> date:
    """The day chosen in a date field, as a `date` (Qt's own conversion is untyped)."""
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
