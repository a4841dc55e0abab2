"""The report registry: every service-quality report of section 5 under one name.

A report is a function `build(uow, season) -> list[Figure]`. Like every workflow it gets an
unopened UnitOfWork and opens it itself (`with uow:`; read only, no commit); it computes and
returns plain data; the dashboard (app/ui/reports), the PDF and Excel
exporters (app/printing/reports/export_pdf.py, export_xlsx.py) and `python main.py report <name>`
all draw the same figures, so a number is computed once and shown identically everywhere.

Register a report once, at import time of its module::

    from app.printing.reports.content import Chart, Figure, Table
    from app.workflows.reports.registry import register_report

    def build(uow: UnitOfWork, season: Season) -> list[Figure]:
        with uow:
            ...
        return [Figure(title="室温合格率", subtitle=season.label,
                       tables=[Table(columns=["月份", "合格率 %"], rows=[["11", 98.0]])],
                       charts=[Chart("bar", "合格率", ["11"], {"合格率": [98.0]})],
                       notes=["rule 5.1.2: target 97.5 %"])]

    register_report("temperature", "室温抽检", build)

and add the module to `REPORT_MODULES` below so `reports()` finds it without the caller
importing it. The figures' types live in app/printing/reports/content.py, beside the
exporters that draw them; they are re-exported here for the dashboard.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.printing.reports.content import Cell, Chart, Figure, Table

if TYPE_CHECKING:
    from app.repositories.uow import UnitOfWork
    from app.workflows.reports.season import Season

__all__ = ["Cell", "Chart", "Figure", "Report", "Table", "get_report", "register_report",
           "reports"]

# Modules that register reports when imported; a feature adds its own line.
REPORT_MODULES: list[str] = [
    "app.workflows.reports.satisfaction",
    "app.workflows.reports.complaints",
    "app.workflows.quality.reports",
    "app.workflows.network.report",
    "app.workflows.customers.analysis",
    "app.workflows.visitors.summary",
]


Build = Callable[["UnitOfWork", "Season"], list[Figure]]


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    build: Build


_REPORTS: dict[str, Report] = {}


def register_report(name: str, title: str, build: Build) -> Report:
    """Add (or replace, on re-import) the report called `name`."""
    report = Report(name, title, build)
    _REPORTS[name] = report
    return report


def _load() -> None:
    for module in REPORT_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:  # a feature not merged yet registers nothing
            if exc.name is None or not module.startswith(exc.name):
                raise


def reports() -> list[Report]:
    """Every registered report: first those of REPORT_MODULES in that module order, then any
    other in registration order. Import order (which a test or a command may change) never
    reorders the dashboard's tabs."""
    _load()
    modules = {name: i for i, name in enumerate(REPORT_MODULES)}
    order = list(_REPORTS)
    return sorted(_REPORTS.values(), key=lambda r: (
        modules.get(r.build.__module__, len(modules)), order.index(r.name)))


def get_report(name: str) -> Report:
    """The report called `name`; KeyError if there is none (the CLI lists the names)."""
    _load()
    return _REPORTS[name]
