"""Each data row as values, or as the reasons it is refused: per row, per field.

A row is refused when a required field is empty, a cell cannot be read (`FieldProblem`),
the target's own check says no (an unknown estate), or its key repeats an earlier row of
the file (`key.duplicate`; the first row with that key stands, the error names it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from app.workflows.tabular.fields import Field, FieldProblem
from app.workflows.tabular.mapping import Mapping
from app.workflows.tabular.source import Sheet

REQUIRED = "required"
DUPLICATE = "key.duplicate"
Check = Callable[[dict[str, Any]], dict[str, str]]


@dataclass(frozen=True)
class RowError:
    row: int  # the spreadsheet row number
    field: str
    code: str
    value: str = ""
    detail: str = ""  # e.g. the row number a duplicate repeats


@dataclass(frozen=True)
class ParsedRow:
    row: int
    values: dict[str, Any]  # a multiple field holds a list


def read_rows(sheet: Sheet, mapping: Mapping, fields: Sequence[Field], key: str,
              check: Check | None = None) -> Iterator[ParsedRow | list[RowError]]:
    by_name = {f.name: f for f in fields}
    columns = [(col, name, by_name[name].parse, by_name[name].multiple)
               for col, name in sorted(mapping.items())]
    first_col: dict[str, int] = {}
    for col, name, _, _ in columns:
        first_col.setdefault(name, col)
    required = [f.name for f in fields if f.required]
    seen: dict[str, int] = {}
    for number, cells in sheet.rows():  # every row as wide as the header
        values: dict[str, Any] = {}
        errors: list[RowError] = []
        for col, name, parse, multiple in columns:
            text = cells[col]
            if not text:
                continue
            try:
                value = parse(text)
            except FieldProblem as problem:
                errors.append(RowError(number, name, problem.code, text))
                continue
            if multiple:
                values.setdefault(name, []).append(value)
            else:
                values[name] = value
        for name in required:
            if name not in values and not any(e.field == name for e in errors):
                errors.append(RowError(number, name, REQUIRED, ""))
        if not errors and check is not None:
            errors.extend(RowError(number, name, code,
                                   cells[first_col[name]] if name in first_col else "")
                          for name, code in check(values).items())
        keyed = values.get(key)
        if isinstance(keyed, str) and keyed:
            first = seen.setdefault(keyed, number)
            if first != number:
                errors.append(RowError(number, key, DUPLICATE, keyed, str(first)))
        yield errors if errors else ParsedRow(number, values)
