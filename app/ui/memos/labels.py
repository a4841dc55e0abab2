"""How a message reads in a list line and in the detail pane (context MemoLabels)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui import timefmt
from app.workflows.memos.inbox import MemoView


def _t(text: str) -> str:
    return QCoreApplication.translate("MemoLabels", text)


def recipient_text(m: MemoView) -> str:
    return m.recipient_name or (_t("unit %1").replace("%1", m.unit_name) if m.unit_name
                                else "")


def state_text(m: MemoView) -> str:
    if m.ticket_number:
        return _t("Work order %1").replace("%1", m.ticket_number)
    if m.replied_at:
        return _t("Answered")
    if m.done_at:
        return _t("Done")
    return _t("Unread") if m.read_at is None else _t("Read")


def detail_text(m: MemoView) -> str:
    lines = [_t("From %1 at %2 for %3").replace("%1", m.author_name).replace(
        "%2", timefmt.fmt(m.created_at)).replace("%3", recipient_text(m))]
    if m.handed_from_name:
        lines.append(_t("Passed on at the handover by %1").replace("%1", m.handed_from_name))
    if m.caller or m.phone:
        lines.append(_t("Caller: %1 %2").replace("%1", m.caller).replace("%2", m.phone))
    if m.call_back:
        lines.append(_t("Call back: %1").replace("%1", m.call_back))
    lines += ["", m.about]
    if m.reply:
        lines += ["", _t("Reply: %1").replace("%1", m.reply)]
    return "\n".join(lines)
