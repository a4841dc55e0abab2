"""`bench queues` window open: from the F6 action to the first page painted in a real queues
window (offscreen), with the longest GUI-thread stall, beside the first page's own
statements replayed through the driver (the raw-SQL floor).

"first" is the desk's first F6 of a session on a desk that prepares nothing (the window
built at once; the estates are not read yet: they are read off the GUI thread after the
page); "again" is every later F6, when the desk keeps them; "prepared" is the first F6 on a
desk that was idle after login long enough to build the window hidden, piece by piece, with
the longest GUI-thread stall of that build (`window_prepare_stall_ms`); "login" is F6
pressed right after login, in the turn the preparation begins (the desk's first paint),
so every piece is still to build (app/ui/tickets/install.py `QueuePreparer.hurry`).
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
    """True once the table has painted rows after the window opened. A window F6 found
    still being built makes its table some turns later: the check (every heartbeat) hooks
    it then, long before the window is shown (an application-wide filter would put a
    Python call on every event of the build and slow what it measures)."""
    from PySide6.QtCore import QEvent, QObject

    seen = {"painted": False, "hooked": False}

    class Watch(QObject):
        def eventFilter(self, watched: Any, ev: Any) -> bool:  # noqa: N802 (Qt override)
            if ev.type() == QEvent.Type.Paint and window.model.rowCount():
                seen["painted"] = True
            return False

    watch = Watch(window)

    def check() -> bool:
        if not seen["hooked"] and getattr(window, "table", None) is not None:
            window.table.viewport().installEventFilter(watch)
            seen["hooked"] = True
        return seen["painted"]

    check()
    return check


KINDS = ("first", "again", "prepared", "login")


def window_open_figures(desk: Desk, samples: int) -> dict[str, object]:
    """F6 to the first page painted: "first" on a desk that builds the window at once,
    "again" after closing it, "prepared" on a desk that was idle after login long enough
    to build it (app/ui/tickets/install.py QueuePreparer), with the longest stall of that
    idle build beside it, "login" on a desk whose preparation has just begun."""
    from PySide6.QtWidgets import QApplication, QWidget

    from app.ui import features
    from app.ui.application import create_application
    from app.ui.memory import settle_after_start
    from app.ui.ops import active_operations
    from app.ui.slots import FeatureSlots
    from app.ui.tickets import install
    from bench.stall_meter import StallMeter

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    create_application()
    settle_after_start()  # as the desk's start-up does once it is shown (F6 is pressed on it)
    entry = next(a for a in features.registered() if a.key == "queues.window")
    meter = StallMeter()
    opened: dict[str, list[float]] = {kind: [] for kind in KINDS}
    stalls: dict[str, list[float]] = {kind: [] for kind in (*KINDS, "prepare")}
    estates_s: list[float] = []
    worst: dict[str, tuple[float, list[str]]] = {kind: (0.0, []) for kind in
                                                 (*KINDS, "prepare")}
    estates = 0

    def note(kind: str, run: int, m: Any, result: bool = True) -> None:
        if not run:
            return  # the first run of each desk warms statement caches
        if result and m.result_ms is not None:
            opened[kind].append(m.result_ms / 1000)
        stalls[kind].append(m.stall_ms / 1000)
        if m.stall_ms > worst[kind][0]:
            worst[kind] = (m.stall_ms, m.where)

    try:
        for run in range(samples + 1):
            hosts = []
            for kind in KINDS:
                if kind != "again":  # a desk just signed in; "again" reuses the first's
                    host = QWidget()
                    host.slots = FeatureSlots()  # type: ignore[attr-defined]  # as the desk's
                    hosts.append(host)
                if kind == "prepared":  # the desk idle after login builds the window
                    prep: list[install.QueuePreparer] = []

                    def login(prep: list[install.QueuePreparer] = prep,
                              host: QWidget = host) -> None:
                        prep.append(install.QueuePreparer(host, desk, 0))  # type: ignore[arg-type]

                    def built(prep: list[install.QueuePreparer] = prep) -> bool:
                        return bool(prep) and prep[0].done

                    note("prepare", run, meter.measure(login, built), result=False)
                state: dict[str, Any] = {}

                def f6(state: dict[str, Any] = state, host: QWidget = host,
                       kind: str = kind) -> None:
                    if kind == "login":  # as at the desk's first paint, F6 in that turn
                        host.slots.put(install.QUEUE_PREPARER,  # type: ignore[attr-defined]
                                       install.QueuePreparer(host, desk, 0))  # type: ignore[arg-type]
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
                note(kind, run, m)
                window.close()
            for host in hosts:
                host.deleteLater()
            QApplication.processEvents()
    finally:
        meter.close()
    floor = summary_ms(_floor(desk, samples))
    result: dict[str, object] = {"estates": estates, "window_open_floor_ms": floor}
    for kind in KINDS:
        times = summary_ms(opened[kind])
        result[f"window_open_{kind}_ms"] = times
        result[f"window_open_{kind}_stall_ms"] = summary_ms(stalls[kind])
        result[f"window_open_{kind}_worst_stall_in"] = worst[kind][1]
        result[f"window_open_{kind}_ratio_p95"] = round(times["p95"] / floor["p95"], 1) \
            if floor["p95"] else None
    result["window_prepare_stall_ms"] = summary_ms(stalls["prepare"])
    result["window_prepare_worst_stall_in"] = worst["prepare"][1]
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
