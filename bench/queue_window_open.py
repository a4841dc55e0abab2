"""`bench queues` window open: from the F6 action to the first page painted in a real queues
window (offscreen), with the longest GUI-thread stall, beside the first page's own
statements replayed through the driver (the raw-SQL floor).

"first" is the desk's first F6 of a session (the estates are not read yet: they are read
off the GUI thread after the page); "again" is every later F6, when the desk keeps them.
The window only reads, so any database can be measured as it is.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import event, text

from app.clock import system_clock
from app.db.database import Database
from app.repositories.uow import Actor
from app.workflows.desk import Desk
from app.workflows.tickets.queues import queue_page
from bench.stats import summary_ms


def _page_statements(desk: Desk) -> list[tuple[str, Any]]:
    """The statements the window's first page sends, as the driver receives them."""
    sent: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        sent.append((statement, parameters))

    event.listen(desk.db.engine, "before_cursor_execute", record)
    try:
        queue_page(desk.uow(), "open")
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", record)
    return [(s, p) for s, p in sent if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def _floor(desk: Desk, samples: int) -> list[float]:
    statements = _page_statements(desk)
    raw = desk.db.engine.raw_connection()
    try:
        cursor = raw.cursor()

        def replay() -> None:
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()

        replay()
        found = []
        for _ in range(samples):
            began = time.perf_counter()
            replay()
            found.append(time.perf_counter() - began)
        raw.rollback()
        return found
    finally:
        raw.close()


def _painted(window: Any) -> Callable[[], bool]:
    """True once the table has painted rows after the window opened."""
    from PySide6.QtCore import QEvent, QObject

    seen = {"painted": False}

    class Watch(QObject):
        def eventFilter(self, watched: Any, ev: Any) -> bool:  # noqa: N802 (Qt override)
            if ev.type() == QEvent.Type.Paint and window.model.rowCount():
                seen["painted"] = True
            return False

    watch = Watch(window)
    window.table.viewport().installEventFilter(watch)
    return lambda: seen["painted"]


def window_open_figures(desk: Desk, samples: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui import features
    from app.ui.application import create_application
    from app.ui.ops import active_operations
    from app.ui.slots import FeatureSlots
    from app.ui.tickets import install
    from bench.stall_meter import StallMeter

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    entry = next(a for a in features.registered() if a.key == "queues.window")
    meter = StallMeter()
    opened: dict[str, list[float]] = {"first": [], "again": []}
    stalls: dict[str, list[float]] = {"first": [], "again": []}
    estates_s: list[float] = []
    worst: dict[str, tuple[float, list[str]]] = {"first": (0.0, []), "again": (0.0, [])}
    estates = 0
    try:
        for run in range(samples + 1):  # the first run of each desk warms statement caches
            host = QWidget()
            host.slots = FeatureSlots()  # type: ignore[attr-defined]  # as the desk window has
            for kind in ("first", "again"):
                state: dict[str, Any] = {}

                def f6(state: dict[str, Any] = state, host: QWidget = host) -> None:
                    window = entry.open(host, desk)  # type: ignore[arg-type]
                    state["window"] = window
                    state["painted"] = _painted(window)

                def shown(state: dict[str, Any] = state) -> bool:
                    return "painted" in state and bool(state["painted"]())

                began = time.perf_counter()
                m = meter.measure(f6, shown)
                window = state["window"]
                cache = window.estates
                while cache.estates is None or active_operations():
                    QApplication.processEvents()
                    time.sleep(0.001)
                if kind == "first":
                    estates_s.append(time.perf_counter() - began)
                    estates = len(cache.estates)
                if run and m.result_ms is not None:
                    opened[kind].append(m.result_ms / 1000)
                    stalls[kind].append(m.stall_ms / 1000)
                    if m.stall_ms > worst[kind][0]:
                        worst[kind] = (m.stall_ms, m.where)
                window.close()
            host.deleteLater()
            QApplication.processEvents()
            _ = install  # registers F6 on import
    finally:
        meter.close()
    floor = summary_ms(_floor(desk, samples))
    result: dict[str, object] = {"estates": estates, "window_open_floor_ms": floor}
    for kind in ("first", "again"):
        times = summary_ms(opened[kind])
        result[f"window_open_{kind}_ms"] = times
        result[f"window_open_{kind}_stall_ms"] = summary_ms(stalls[kind])
        result[f"window_open_{kind}_worst_stall_in"] = worst[kind][1]
        result[f"window_open_{kind}_ratio_p95"] = round(times["p95"] / floor["p95"], 1) \
            if floor["p95"] else None
    result["estates_arrived_first_ms"] = summary_ms(estates_s[1:])
    return result


def run_window_open(url: str, samples: int) -> dict[str, object]:
    """Window open alone, on a database as it is (a demo or full-size set), as an agent."""
    db = Database(url)
    try:
        with db.engine.connect() as connection:
            row = connection.execute(text(
                "SELECT id, job_number, name, role FROM staff WHERE role = 'agent' "
                "ORDER BY id LIMIT 1")).one()
            customers = connection.execute(text("SELECT count(*) FROM customer")).scalar()
        desk = Desk(db=db, clock=system_clock, actor=Actor(*row))
        return {"backend": db.dialect, "database": db.engine.url.render_as_string(
                    hide_password=True), "customers": customers, "samples": samples,
                **window_open_figures(desk, samples)}
    finally:
        db.dispose()
