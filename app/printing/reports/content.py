"""What a report shows, as plain data: figures made of tables, charts and notes.

The reports' workflows build these and the PDF and Excel exporters and the dashboard draw
them, so the types live here, below the workflows, where every drawer may import them.
Titles, column names and notes are the printed text (Chinese, like the other printed
sheets); table cells are str, int, float or None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Cell = str | int | float | None
ChartKind = Literal["bar", "line", "pie"]


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[Cell]]
    title: str = ""


@dataclass(frozen=True)
class Chart:
    """`series` maps a legend name to one value per category (a pie uses the first series).
    `target`: the name of the series holding a target; the other series' bars are then
    judged against it per category (met or below target), not told apart by colour."""

    kind: ChartKind
    title: str
    categories: list[str]
    series: dict[str, list[float]]
    target: str = ""


@dataclass(frozen=True)
class Figure:
    title: str
    subtitle: str = ""
    tables: list[Table] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
