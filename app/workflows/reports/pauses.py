"""Rule 5.2.2 compliance with pauses shown: the on-time figures against the original
deadline and against the paused one side by side, and every pause listed.

A pause (waiting for the customer) moves an order's deadline later by the paused time, so
the complaints report's on-time count (`done_at <= due_at`) is against the paused deadline.
The original deadline is that deadline less every ended pause (received + the level's
hours, whatever the hours were then). An order not paused has one deadline; only paused
orders can differ, so the original-deadline figures are the paused ones corrected by them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from app.models.ticket import format_ticket_number
from app.printing.reports.content import Cell, Figure, Table
from app.repositories.pause_report import PauseReportRepository, PauseRow
from app.repositories.uow import UnitOfWork


@dataclass(frozen=True)
class PausedOrder:
    ticket_id: int
    level: int
    original_due: datetime  # rule 5.2.2: received + the level's hours
    paused_due: datetime  # the order's deadline now: moved later by every ended pause
    done_at: datetime | None
    pauses: tuple[PauseRow, ...]


@dataclass(frozen=True)
class SideBySide:
    """One level's compliance against both deadlines (rule 5.2.2)."""

    level: int
    paused_orders: int
    pauses: int
    on_time_paused: int
    judged_paused: int
    on_time_original: int
    judged_original: int

    @staticmethod
    def _percent(on_time: int, judged: int) -> float | None:
        return round(100 * on_time / judged, 2) if judged else None

    @property
    def percent_paused(self) -> float | None:
        return self._percent(self.on_time_paused, self.judged_paused)

    @property
    def percent_original(self) -> float | None:
        return self._percent(self.on_time_original, self.judged_original)


def paused_orders(uow: UnitOfWork, begin: datetime, end: datetime) -> list[PausedOrder]:
    """Inside an open unit of work: the orders received in [begin, end) that were paused."""
    by_order: dict[int, list[PauseRow]] = defaultdict(list)
    for row in uow.repo(PauseReportRepository).pauses(begin, end):
        by_order[row.ticket_id].append(row)
    out = []
    for rows in by_order.values():
        first = rows[0]
        ended = sum((p.resumed_at - p.paused_at for p in rows if p.resumed_at is not None),
                    timedelta(0))
        out.append(PausedOrder(first.ticket_id, first.level, first.due_at - ended,
                               first.due_at, first.done_at, tuple(rows)))
    return out


def side_by_side(level: int, on_time: int, late: int, open_overdue: int,
                 paused: list[PausedOrder], period_end: datetime) -> SideBySide:
    """The complaints report's counts for `level` (against the effective deadline,
    `done_at <= due_at`) beside the same counts against the original deadline."""
    mine = [o for o in paused if o.level == level]
    saved = waiting = 0
    for o in mine:
        if o.done_at is not None and o.done_at < period_end:
            # on time only thanks to a pause: late against the original deadline
            saved += o.original_due < o.done_at <= o.paused_due
        elif o.original_due < period_end <= o.paused_due:
            waiting += 1  # still open, not due after the pauses, past the original one
    judged = on_time + late + open_overdue
    return SideBySide(level, len(mine), sum(len(o.pauses) for o in mine),
                      on_time, judged, on_time - saved, judged + waiting)


def _hours(value: float) -> float:
    return round(value, 2)


def pause_figure(comp: list[tuple[int, int, int, int]], paused: list[PausedOrder],
                 period_end: datetime, zone: timezone, subtitle: str) -> Figure:
    """`comp`: (level, on time, late, open overdue) as the deadline figure counts them."""
    def at(moment: datetime | None) -> str:
        return moment.astimezone(zone).strftime("%m-%d %H:%M") if moment else "—"  # one season

    rows: list[list[Cell]] = []
    for level, on_time, late, overdue in comp:
        s = side_by_side(level, on_time, late, overdue, paused, period_end)
        rows.append([f"{level}级", s.paused_orders, s.pauses, s.on_time_paused,
                     s.percent_paused, s.on_time_original, s.percent_original])
    listing: list[list[Cell]] = []
    for order in paused:
        for p in order.pauses:
            hours = ((p.resumed_at or period_end) - p.paused_at).total_seconds() / 3600
            listing.append([
                format_ticket_number(order.ticket_id), f"{order.level}级", p.reason,
                p.paused_by or "—", at(p.paused_at), at(p.resumed_at), _hours(hours),
                at(order.original_due), at(order.paused_due), at(order.done_at),
                _on_time(order.done_at, order.original_due, period_end),
                _on_time(order.done_at, order.paused_due, period_end)])
    return Figure("时限与暂停", subtitle, [
        Table(["级别", "暂停工单", "暂停次数", "按时（暂停后时限）", "按时率 %（暂停后）",
               "按时（原时限）", "按时率 %（原时限）"], rows, "按级别对照"),
        Table(["工单", "级别", "暂停原因", "暂停人", "暂停", "恢复", "暂停小时", "原时限",
               "暂停后时限", "完成", "按原时限", "按暂停后时限"], listing, "每次暂停"),
    ], notes=["规则 5.2.2：暂停（等待客户）顺延时限；原时限 = 受理时间 + 级别时限，"
              "暂停后时限 = 原时限 + 已暂停时间。两种按时率并列，每次暂停逐条列出。"])


def _on_time(done: datetime | None, due: datetime, period_end: datetime) -> str:
    if done is None or done >= period_end:
        return "超时未完成" if due < period_end else "处理中"
    return "按时" if done <= due else "超时"
