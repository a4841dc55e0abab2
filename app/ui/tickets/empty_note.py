"""Why a queue's list is empty and what to do: an empty list says so, never a blank table.

The sentences keep the queues window's translation context ("QueueWindow"), where they
were first written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.tickets import labels
from app.workflows.tickets.queues import QueueFilters


def empty_text(queue: str, filters: QueueFilters, all_orders: bool) -> str:
    """The sentence for an empty page of `queue` read with `filters`; `all_orders`: the
    search looked across every order (an order or phone number)."""
    if all_orders:
        return QCoreApplication.translate(
            "QueueWindow", "No order has this order or phone number. Check the number, "
            "or search by address or words.")
    if filters.search.strip() or filters != QueueFilters(
            search=filters.search, sort=filters.sort, descending=filters.descending):
        return QCoreApplication.translate(
            "QueueWindow", "No order in “%1” matches the search and filters. Clear the "
            "search (Esc) or set the filters back to “Any”.").replace(
            "%1", labels.queues()[queue])
    return _empty_queue_text(queue)


def _empty_queue_text(queue: str) -> str:
    all_open = labels.queues()["open"]
    tr = QCoreApplication.translate
    return {
        "mine": tr("QueueWindow", "No orders are assigned to you. Orders taken by agents "
                   "are in “%1” (Ctrl+3).").replace("%1", all_open),
        "unit": tr("QueueWindow", "No open orders for your unit (or you belong to no unit: "
                   "an administrator sets it). Every open order is in “%1” "
                   "(Ctrl+3).").replace("%1", all_open),
        "open": tr("QueueWindow", "No open orders. An order saved at any desk appears here "
                   "at once."),
        "due_soon": tr("QueueWindow", "No order falls due within the hour."),
        "overdue": tr("QueueWindow", "No order is overdue."),
        "callback": tr("QueueWindow", "No order awaits a callback. Orders appear here once "
                       "they are resolved."),
        "closed_today": tr("QueueWindow", "No order has been closed today."),
    }.get(queue, tr("QueueWindow", "No orders in this queue."))
