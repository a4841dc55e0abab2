"""`bench reports`: each season report end to end as the F8 dashboard builds it, beside the
report's main aggregate query run alone (the raw-SQL floor), and the F8 window itself.

Nothing is written: every connection of the bench refuses writes, the window is opened
offscreen on the given database. Figures (JSON on stdout):

- `reports.<name>.build_ms`: `build_report` (what the dashboard's worker runs, after the
  start-up objects are frozen as the desk does), p50/p95/max
  over `--repeat` runs after one warm-up;
- `reports.<name>.floor_ms`: the report's main aggregate statement, the SQL the report
  sends, run alone through the driver; `ratio` = build p50 / floor p50;
- `reports.<name>.tab_ms`: choosing the tab in the open dashboard until its figures are on
  screen, and the longest GUI-thread stall meanwhile (`bench/stall_meter.py`);
- `window`: F8 (the dashboard opened for the current season) until the first tab is
  painted, with its longest stall; then the bench season chosen until the first tab shows it.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from bench.machine import emit

EXIT_REFUSED = 2
GOAL_MS = 1000.0
GOAL_STALL_MS = 50.0
# the statement each report waits longest for, by the repository method that sends it
MAIN_QUERY = {"complaints": "order_groups", "satisfaction": "unresolved_complaints"}


def register_reports_bench(kinds: argparse._SubParsersAction) -> None:
    parser = kinds.add_parser(
        "reports", help="season report timings on an existing data set (JSON)",
        description="Time every season report as the dashboard builds it, its main "
                    "aggregate query alone, and opening the F8 dashboard, on a database "
                    "that already holds data (nothing is written).")
    parser.add_argument("--db", dest="reports_db_url", help="database URL (read only)")
    parser.add_argument("--season", default=None,
                        help="e.g. 2025-2026 (default: the season of the latest work order)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-window", action="store_true", help="skip the F8 window")
    parser.set_defaults(func=run)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    url = args.reports_db_url or getattr(args, "db", None)
    if not url or args.repeat < 1:
        print("give a database with data (--db URL) and a positive --repeat",
              file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = run_reports_bench(url, season=args.season, repeat=args.repeat,
                                   window=not args.no_window)
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_REFUSED
    emit(result)
    return 0


def _summary(seconds: list[float]) -> dict[str, float]:
    from bench.stats import percentile

    return {"p50": round(percentile(seconds, 0.5) * 1000, 1),
            "p95": round(percentile(seconds, 0.95) * 1000, 1),
            "max": round(max(seconds) * 1000, 1)}


def _timed(action: Callable[[], Any], repeat: int) -> list[float]:
    action()  # warm-up: connections, imports, the database's cache
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        out.append(time.perf_counter() - started)
    return out


def _latest_season(desk: Any) -> str:
    from sqlalchemy import func, select

    from app.models.ticket import Ticket
    from app.workflows.reports.season import season_of

    with desk.uow() as uow:
        latest = uow.session.scalar(select(func.max(Ticket.received_at)))
    if latest is None:
        raise RuntimeError("the database holds no work orders")
    return season_of(desk.local(latest).date()).label


def _season_counts(desk: Any, label: str) -> dict[str, int]:
    """How much the season holds, so a figure can be read against its data."""
    from sqlalchemy import func, select

    from app.models.contact import Contact
    from app.models.survey import SurveyForm
    from app.models.ticket import Ticket
    from app.models.ticket_steps import TicketCallback
    from app.workflows.reports.export import load_season
    from app.workflows.settings import load_settings

    season = load_season(desk.uow(), label)
    with desk.uow() as uow:
        begin, end = season.bounds(load_settings(uow).zone)
        s = uow.session
        return {
            "contacts": s.scalar(select(func.count()).select_from(Contact).where(
                Contact.created_at >= begin, Contact.created_at < end)) or 0,
            "orders": s.scalar(select(func.count()).select_from(Ticket).where(
                Ticket.received_at >= begin, Ticket.received_at < end)) or 0,
            "callbacks": s.scalar(select(func.count()).select_from(TicketCallback).where(
                TicketCallback.called_at >= begin, TicketCallback.called_at < end)) or 0,
            "survey_forms": s.scalar(select(func.count()).select_from(SurveyForm).where(
                SurveyForm.season == label)) or 0,
        }


def _main_statement(desk: Any, name: str, label: str) -> tuple[str, Any] | None:
    """The SQL and parameters of the report's main aggregate, caught as the report sends it."""
    from sqlalchemy import event

    from app.repositories.statistics import StatisticsRepository
    from app.workflows.reports.export import build_report

    method = MAIN_QUERY.get(name)
    if method is None:
        return None
    caught: list[tuple[str, Any]] = []
    original = getattr(StatisticsRepository, method)
    inside: set[int] = set()  # the threads inside the method (a report runs units in two)

    def wrapped(self: Any, *a: Any, **kw: Any) -> Any:
        inside.add(threading.get_ident())
        try:
            return original(self, *a, **kw)
        finally:
            inside.discard(threading.get_ident())

    def grab(_conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if threading.get_ident() in inside and statement.lstrip()[:6].upper() in (
                "SELECT", "WITH A"):
            caught.append((statement, params))

    engine = desk.db.engine
    event.listen(engine, "before_cursor_execute", grab)
    setattr(StatisticsRepository, method, wrapped)
    try:
        build_report(desk, name, label)
    finally:
        setattr(StatisticsRepository, method, original)
        event.remove(engine, "before_cursor_execute", grab)
    return caught[0] if caught else None


def _floor(desk: Any, statement: tuple[str, Any], repeat: int) -> list[float]:
    sql, params = statement
    with desk.db.engine.connect() as conn:
        return _timed(lambda: conn.exec_driver_sql(sql, params).fetchall(), repeat)


def run_reports_bench(url: str, *, season: str | None = None, repeat: int = 5,
                      window: bool = True) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("HEATDESK_DATA_DIR", tempfile.mkdtemp(prefix="heatdesk-bench-rep-"))
    from app.db.database import Database
    from app.workflows.desk import Desk
    from app.workflows.reports.export import build_report
    from app.workflows.reports.registry import reports
    from bench.pop_mix import read_only

    db = Database(url)
    read_only(db)  # every connection refuses writes: the data stays as it was
    desk = Desk(db=db)
    try:
        label = season or _latest_season(desk)
        _log(f"season {label}")
        result: dict[str, Any] = {
            "bench": "reports", "backend": db.engine.dialect.name, "season": label,
            "repeat": repeat, "goal_ms": GOAL_MS, "goal_stall_ms": GOAL_STALL_MS,
            "data": _season_counts(desk, label), "reports": {},
        }
        # the desk freezes what start-up made once it is shown, before any F8 (app/ui/
        # memory.py): without it each full collection here walked every SQLAlchemy and
        # app object, 0.2-0.6 s of a season's satisfaction report
        from app.ui.memory import settle_after_start

        settle_after_start()
        for report in reports():
            _log(f"{report.name}: building")
            builds = _timed(partial(build_report, desk, report.name, label), repeat)
            figure: dict[str, Any] = {"build_ms": _summary(builds)}
            statement = _main_statement(desk, report.name, label)
            if statement is not None:
                floors = _floor(desk, statement, repeat)
                figure["floor_query"] = MAIN_QUERY[report.name]
                figure["floor_ms"] = _summary(floors)
                figure["ratio"] = round(figure["build_ms"]["p50"]
                                        / max(figure["floor_ms"]["p50"], 0.001), 2)
            result["reports"][report.name] = figure
        if window:
            _log("F8 dashboard")
            result["window"] = _window(desk, label, repeat, result["reports"])
        result["goal_met"] = all(f["build_ms"]["p95"] <= GOAL_MS
                                 for f in result["reports"].values())
        return result
    finally:
        db.dispose()



def _window(desk: Any, label: str, repeat: int, figures: dict[str, Any]) -> dict[str, Any]:
    from app.ui.application import create_application
    from app.ui.memory import settle_after_start
    from app.ui.reports.dashboard import DashboardWindow
    from bench.gui_stall import _idle, _spin_until
    from bench.ring_to_card import _keep_none_alive
    from bench.stall_meter import StallMeter

    _keep_none_alive()  # PySide6 6.12 on CPython 3.11 loses references to None
    create_application()
    settle_after_start()  # as the desk does once it is shown (F8 opens from a desk)
    meter = StallMeter()
    opened: list[Any] = []
    try:
        def open_window() -> None:
            w = DashboardWindow(desk)
            opened.append(w)
            w.show()

        def first_tab() -> bool:
            return bool(opened) and _painted(opened[-1], opened[-1].names[0])

        runs = []
        for _ in range(repeat):
            runs.append(meter.measure(open_window, first_tab))
            opened[-1].close()
            opened[-1].deleteLater()
            _spin_until(_idle)
        out: dict[str, Any] = {"open_current_season": _stalls(runs)}
        w = DashboardWindow(desk)
        w.show()
        _spin_until(lambda: _idle() and bool(w.built))
        w.season.setEditText(label)
        switched = meter.measure(w.refresh, lambda: w.shown_season == label
                                 and _painted(w, w.names[w.tabs.currentIndex()]))
        out["choose_season"] = _stalls([switched])
        for i, name in enumerate(w.names):
            if i == w.tabs.currentIndex():
                continue
            figures[name]["tab_ms"] = _stalls(
                [_show_tab(w, meter, i, name) for _ in range(repeat)])
        w.close()
        w.deleteLater()
        _spin_until(_idle)
        return out
    finally:
        meter.close()


def _show_tab(w: Any, meter: Any, index: int, name: str) -> Any:
    """Another tab first, then this one with its figures forgotten: it is built afresh."""

    w.tabs.setCurrentIndex(0 if index else 1)
    w.built.pop(name, None)
    return meter.measure(lambda: w.tabs.setCurrentIndex(index), lambda: _painted(w, name))


def _painted(w: Any, name: str) -> bool:
    """The report's figures are all on its page (added in small steps, one per event-loop
    turn) and nothing is left to run."""
    from bench.gui_stall import _idle

    return bool(w.complete(name)) and _idle()


def _stalls(runs: list[Any]) -> dict[str, Any]:
    from bench.stats import percentile

    waits = [m.result_ms for m in runs if m.result_ms is not None]
    stalls = [m.stall_ms for m in runs]
    worst = max(runs, key=lambda m: m.stall_ms)
    return {
        "result_ms": {"p50": percentile(waits, 0.5), "p95": percentile(waits, 0.95),
                      "max": max(waits)} if waits else None,
        "timed_out": len(runs) - len(waits),
        "stall_ms": {"p50": percentile(stalls, 0.5), "max": max(stalls)},
        "worst_stall_in": worst.where,
    }
