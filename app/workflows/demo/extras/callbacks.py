"""Last days' and last season's resolved orders called back and closed (rule 2.5).

The bulk rows leave a few orders at "resolved" however old they are; a real centre calls
each back within a day or two and a satisfied answer closes it, so an order resolved
months ago never tops 全部未结工单. Orders received within `RECENT` of `now` stay awaiting
their callback: the 待回访 queue keeps its recent ones.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from app.workflows.demo.extras.roster import team_at
from app.workflows.demo.extras.stage import Stage
from app.workflows.tickets.callback import record_callback
from app.workflows.tickets.queues import QueueFilters, QueueRow, queue_page

RECENT = timedelta(days=2)
# Each callback is a unit of work of its own, as at the desk; a 1,000,000-customer bench
# data set leaves about 1,400 old resolved orders (14 s of its build). The newest this many
# are called back; a first-start demo has a handful, all called back.
MAX_CALLBACKS = 300
WORDS = ("暖气热了，满意", "处理很及时", "师傅很负责，谢谢", "基本解决了")
LEVELS = ("satisfied", "satisfied", "satisfied", "basically_satisfied")


def plan_callbacks(stage: Stage) -> int:
    """Schedule a satisfied callback for every resolved order older than RECENT (the newest
    MAX_CALLBACKS of them); returns how many. Called before the stories run, so it sees
    only the bulk rows."""
    rng = stage.rng("callbacks")
    reader = stage.uow(_anyone(stage), stage.now)
    rows: list[QueueRow] = []
    cursor: str | None = None
    while True:
        page = queue_page(reader, "callback", QueueFilters(status="resolved"), cursor)
        rows.extend(page.rows)
        cursor = page.cursor
        if cursor is None:
            break
    planned = 0
    old = [row for row in sorted(rows, key=lambda r: r.id)
           if row.received_at < stage.now - RECENT]
    for row in old[-MAX_CALLBACKS:]:
        # resolved before its deadline (rows.py): called back within a day or two of it
        at = min(row.due_at + timedelta(minutes=rng.randint(120, 2 * 24 * 60)),
                 stage.now - timedelta(hours=1))
        pick = rng.randrange(len(LEVELS))
        stage.at(at, _callback(stage, row.id, at, LEVELS[pick], WORDS[pick]))
        planned += 1
    return planned


def _callback(stage: Stage, ticket_id: int, at: datetime, level: str,
              words: str) -> Callable[[], object]:
    """The agent on duty at `at` calls the customer back."""
    return lambda: record_callback(stage.uow(team_at(stage, at)[0], at), ticket_id,
                                   reached=True, satisfaction=level, words=words)


def _anyone(stage: Stage) -> str:
    return "2001" if "2001" in stage.staff else next(iter(stage.staff))
