"""A handover as read-only rich text: what the incoming agent reads before signing and what
the history shows. Signed logs are never edited, so this is the only way they are shown."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtCore import QCoreApplication

from app.ui.shifts import labels
from app.workflows.shifts.handover_views import HandoverView

CONTEXT = "HandoverView"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _rows(cells: list[list[str]], header: list[str]) -> str:
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                   for row in cells)
    return (f"<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
            f"<tr style='background:#e8eef5'>{head}</tr>{body}</table>")


def handover_html(view: HandoverView, zone: tzinfo) -> str:
    states, status = labels.equipment_states(), labels.statuses()
    shift = f"{view.shift_date} {view.shift_name}".strip() or "—"
    parts = [
        f"<h3>{escape(_t('Handover log'))} #{view.id} · {escape(status.get(view.status, ''))}</h3>",
        "<p>" + escape(_t("Shift: %1 · outgoing: %2 · incoming: %3")
                       .replace("%1", shift).replace("%2", view.outgoing_name)
                       .replace("%3", view.incoming_name or "—")) + "<br/>"
        + escape(_t("Handed over %1 · completed %2")
                 .replace("%1", labels.when(view.handed_over_at, zone))
                 .replace("%2", labels.when(view.completed_at, zone))) + "</p>",
    ]
    if view.status == "overridden":
        parts.append("<p style='color:#8a4b00'>" + escape(
            _t("Released by shift leader %1: %2").replace("%1", view.override_by_name)
            .replace("%2", view.override_reason)) + "</p>")
    parts.append(f"<h4>{escape(_t('Equipment'))}</h4>")
    parts.append(_rows([[i.subject, states.get(i.state or "", ""), i.text]
                        for i in view.lines("equipment")],
                       [_t("Equipment"), _t("State"), _t("Note")]))
    cases = view.lines("difficult_case")
    parts.append(f"<h4>{escape(_t('Difficult cases'))}</h4>")
    parts.append(_rows([[i.ticket_number or "—", i.text] for i in cases],
                       [_t("Work order"), _t("Case")]) if cases else escape(_t("None")))
    staffing = view.lines("staffing")
    parts.append(f"<h4>{escape(_t('Staffing changes'))}</h4>")
    parts.append("<br/>".join(escape(i.text) for i in staffing) or escape(_t("None")))
    parts.append(f"<h4>{escape(_t('Notes'))}</h4><p>"
                 + (escape(view.notes).replace("\n", "<br/>") or escape(_t("None"))) + "</p>")
    reasons = labels.carry_reasons()
    parts.append(f"<h4>{escape(_t('Carried-over work orders'))}</h4>")
    parts.append(_rows([[c.number, reasons.get(c.reason, c.reason), labels.when(c.due_at, zone),
                         c.description, labels.when(c.acknowledged_at, zone)]
                        for c in view.carryovers],
                       [_t("Work order"), _t("Why"), _t("Due"), _t("Case"),
                        _t("Acknowledged")]) if view.carryovers else escape(_t("None")))
    corrections = view.lines("correction")
    if corrections:
        parts.append(f"<h4>{escape(_t('Corrections'))}</h4>")
        parts.append("<br/>".join(
            escape(f"{labels.when(i.created_at, zone)} {i.created_by_name}: {i.text}")
            for i in corrections))
    return "\n".join(parts)
